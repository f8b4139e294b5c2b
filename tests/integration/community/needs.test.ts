import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNITY, ORG, USER } from '../../../seeds/ids.js';
import { GraphQLClient } from '../../helpers/test-app.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { PDF, PNG, upload } from '../application/helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const POST = `mutation($input: PostCommunityNeedInput!) {
  postCommunityNeed(input: $input) {
    need { id reference status title isPublic place { id } resources { id kind quantity claimed remaining } photos { id } residentContact { name phone address } }
    errors { field code message }
  }
}`;
const CLAIM = `mutation($input: ClaimCommunityNeedInput!) {
  claimCommunityNeed(input: $input) { need { id status resources { kind claimed remaining } project { id status } } claims { id quantity } errors { field code message } }
}`;
const NEED = `query($id: UUID!) { communityNeed(id: $id) { id status title residentContact { name phone address } claims { quantity organisation { id } resource { kind } } project { id status } } }`;
const NEEDS = `query($placeId: UUID, $status: NeedStatus, $matchingOurOffer: Boolean, $claimedByUs: Boolean, $first: Int) {
  communityNeeds(placeId: $placeId, status: $status, matchingOurOffer: $matchingOurOffer, claimedByUs: $claimedByUs, first: $first) {
    totalCount edges { node { id reference title status isPublic place { id nameZh } resources { kind quantity claimed remaining } claims { quantity } project { id } residentContact { phone } } }
  }
}`;

const QINGAN = COMMUNITY.residentialAreas[0];
const CHANGCHUN = COMMUNITY.villages[3];
const inAMonth = () => new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);

const needInput = (over: Record<string, unknown> = {}) => ({
  title: '重阳节慰问高龄老人',
  description: '为辖区 80 岁以上老人送上节日祝福和慰问品。',
  category: 'ELDERLY_CARE',
  peopleServed: 40,
  beneficiaries: '80岁以上老人',
  dueOn: inAMonth(),
  isPublic: true,
  resources: [{ kind: 'VOLUNTEERS', quantity: 5 }, { kind: 'GOODS', quantity: 40, description: '慰问品' }],
  residentName: '张阿婆',
  residentPhone: '13912345678',
  residentAddress: '庆安四村 12 号 301 室',
  ...over,
});

async function signedIn(email: string, locale = 'zh-CN'): Promise<GraphQLClient> {
  const client = new GraphQLClient(app.url, locale);
  await client.signIn(email);
  return client;
}

const count = async (table: string) => (await app.sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0].n;

describe('needs and claims (需求清单 → 认领清单)', () => {
  let needId: string;
  let volunteersId: string;
  let goodsId: string;

  it('a community worker posts a need of their own place with a photo and the resident\'s contact', async () => {
    const worker = await app.client('community');
    const photo = await upload(app, worker, 'PHOTO', PNG, 'old-people.png');
    expect(photo.status).toBe(201);
    // Other kinds stay talent-only.
    expect((await upload(app, worker, 'ID_CARD', PDF, 'id.pdf')).status).toBe(403);

    const { postCommunityNeed: res } = await worker.data(POST, { input: needInput({ photoIds: [photo.body.document.id] }) });
    expect(res.errors).toEqual([]);
    expect(res.need).toMatchObject({ status: 'OPEN', isPublic: true, place: { id: QINGAN }, residentContact: { name: '张阿婆', phone: '13912345678', address: '庆安四村 12 号 301 室' } });
    expect(res.need.reference).toMatch(/^XQ-\d{4}-\d{4}$/);
    expect(res.need.photos).toHaveLength(1);
    expect(res.need.resources.map((r: any) => [r.kind, r.quantity, r.claimed, r.remaining])).toEqual([['VOLUNTEERS', 5, 0, 5], ['GOODS', 40, 0, 40]]);
    needId = res.need.id;
    [volunteersId, goodsId] = res.need.resources.map((r: any) => r.id);
  });

  it('refuses bad needs with field errors in zh and en and keeps nothing', async () => {
    const before = [await count('community_needs'), await count('community_need_resources')];
    const worker = await app.client('community', 'en');
    const bad = (await worker.data(POST, { input: needInput({ title: ' ', dueOn: '2020-01-01', peopleServed: 0, resources: [{ kind: 'MONEY', quantity: -5 }], residentPhone: '123', photoIds: ['00000000-0000-4000-8000-000000000001'] }) })).postCommunityNeed;
    expect(bad.need).toBeNull();
    expect(bad.errors.map((e: any) => [e.field, e.code])).toEqual([
      ['input.title', 'REQUIRED'],
      ['input.peopleServed', 'OUT_OF_RANGE'],
      ['input.dueOn', 'OUT_OF_RANGE'],
      ['input.resources.0.quantity', 'OUT_OF_RANGE'],
      ['input.residentPhone', 'INVALID'],
      ['input.photoIds', 'NOT_FOUND'],
    ]);
    expect(bad.errors[0].message).toBe('Please enter the title.');
    // A NUL stops at the argument layer (core/graphql/input-guard.ts), before the service's checks.
    const nul = (await worker.data(POST, { input: needInput({ description: 'x\u0000y' }) })).postCommunityNeed;
    expect(nul.errors.map((e: any) => [e.field, e.code])).toEqual([['input.description', 'INVALID']]);
    const long = (await (await app.client('community')).data(POST, { input: needInput({ description: '长'.repeat(2001), resources: [] }) })).postCommunityNeed;
    expect(long.errors.map((e: any) => [e.field, e.code])).toEqual([['input.description', 'TOO_LONG'], ['input.resources', 'REQUIRED']]);
    expect(long.errors[0].message).toBe('需求说明最多 2000 个字。');
    const huge = (await (await app.client('community')).data(POST, { input: needInput({ description: '长'.repeat(100_000) }) })).postCommunityNeed;
    expect(huge.errors).toEqual([{ field: 'input.description', code: 'TOO_LONG', message: '最多 5000 个字符（现有 100000 个）。' }]);
    // Only community workers post needs.
    expect((await (await app.client('hr')).request(POST, { input: needInput() })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect([await count('community_needs'), await count('community_need_resources')]).toEqual(before);
  });

  it('30 parallel claims for one volunteer each on a need for 5 volunteers accept exactly 5', async () => {
    const emails = ['hr@yuepu.example', 'hr2@yuepu.example', 'bank@yuepu.example', ...Array.from({ length: 10 }, (_, i) => `bank${i + 2}@yuepu.example`)];
    const clients = await Promise.all(emails.map((e) => signedIn(e)));
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) =>
      clients[i % clients.length].data(CLAIM, { input: { needId, lines: [{ resourceId: volunteersId, quantity: 1 }] } })));
    const accepted = results.filter((r) => r.claimCommunityNeed.errors.length === 0);
    const refused = results.filter((r) => r.claimCommunityNeed.errors.length > 0);
    expect(accepted).toHaveLength(5);
    expect(refused).toHaveLength(25);
    for (const r of refused) {
      expect(r.claimCommunityNeed.claims).toEqual([]);
      expect(r.claimCommunityNeed.errors[0]).toMatchObject({ field: 'input.lines.0.quantity', code: 'CONFLICT', message: '志愿者（人）已被认领满。' });
    }
    const [{ n }] = await app.sql<{ n: number }>(`select sum(quantity)::int as n from community_need_claims where resource_id = ?`, [volunteersId]);
    expect(n).toBe(5);
    // One project, opened by the first claim; the need is still open for the goods.
    expect(await app.sql(`select count(*)::int as n from community_projects where need_id = ?`, [needId])).toEqual([{ n: 1 }]);
    const need = (await (await app.client('coordinator')).data(NEED, { id: needId })).communityNeed;
    expect(need.status).toBe('OPEN');
    expect(need.claims.reduce((s: number, c: any) => s + c.quantity, 0)).toBe(5);
  });

  it('claims in part, says how much is left, and closes the need when everything is claimed', async () => {
    const hr = await app.client('hr', 'en');
    const tooMuch = (await hr.data(CLAIM, { input: { needId, lines: [{ resourceId: goodsId, quantity: 41 }] } })).claimCommunityNeed;
    expect(tooMuch.errors).toEqual([{ field: 'input.lines.0.quantity', code: 'OUT_OF_RANGE', message: 'Only 40 left of goods (items); claim less.' }]);
    const part = (await hr.data(CLAIM, { input: { needId, lines: [{ resourceId: goodsId, quantity: 15 }], note: '捐赠慰问品' } })).claimCommunityNeed;
    expect(part.errors).toEqual([]);
    expect(part.need.resources.find((r: any) => r.kind === 'GOODS')).toEqual({ kind: 'GOODS', claimed: 15, remaining: 25 });
    const rest = (await (await app.client('hr2')).data(CLAIM, { input: { needId, lines: [{ resourceId: goodsId, quantity: 25 }] } })).claimCommunityNeed;
    expect(rest.need.status).toBe('CLAIMED');
    const late = (await (await app.client('bank')).data(CLAIM, { input: { needId, lines: [{ resourceId: goodsId, quantity: 1 }] } })).claimCommunityNeed;
    expect(late.errors).toEqual([{ field: null, code: 'CONFLICT', message: '该需求已被认领满。' }]);
    // The database refuses an over-claim written around the service.
    await expect(app.sql(`insert into community_need_claims (id, need_id, resource_id, organisation_id, claimed_by_id, quantity) values (?, ?, ?, ?, ?, 1)`,
      ['22222222-2222-4222-8222-222222222222', needId, goodsId, ORG.enterprises[0], USER.hr])).rejects.toThrow(/over its 40 wanted/);
    // Hostile claims are field errors, not crashes.
    const hostile = (await hr.data(CLAIM, { input: { needId, lines: [{ resourceId: goodsId, quantity: 1 }], note: '\u0000' } })).claimCommunityNeed;
    expect(hostile.errors.map((e: any) => e.field)).toEqual(['input.note']);
    // A 36-character id that is not a UUID is refused by the UUID scalar before any SQL.
    const malformed = await hr.request(CLAIM, { input: { needId, lines: [{ resourceId: 'x'.repeat(36), quantity: 1 }] } });
    expect([malformed.status, malformed.body.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('shows the resident\'s contact to the place\'s worker in full, masked to claimants, and to nobody else', async () => {
    const contact = async (who?: 'community' | 'hr' | 'hr2' | 'bank2' | 'community2' | 'talent') => (await (await app.client(who)).request(NEED, { id: needId })).body.data?.communityNeed?.residentContact;
    expect(await contact('community')).toEqual({ name: '张阿婆', phone: '13912345678', address: '庆安四村 12 号 301 室' });
    expect((await contact('hr')).phone).not.toBe('13912345678');
    expect((await contact('hr')).phone).toMatch(/\*/);
    // bank2 took part in the 30-way race, which five of the thirteen claimants win is chance.
    const [{ claimed }] = await app.sql<{ claimed: boolean }>(
      `select exists (select 1 from community_need_claims c join users u on u.organisation_id = c.organisation_id where c.need_id = ? and u.email = 'bank2@yuepu.example') as claimed`, [needId]);
    if (claimed) expect((await contact('bank2')).phone).toMatch(/\*/);
    else expect(await contact('bank2')).toBeNull();
    expect(await contact('talent')).toBeNull();
    expect(await contact()).toBeNull();
  });

  it('a community worker cannot see or change another village\'s needs', async () => {
    const other = await app.client('community2', 'en');
    expect((await other.data(NEED, { id: needId })).communityNeed).toBeNull();
    const list = (await other.data(NEEDS, { first: 100 })).communityNeeds;
    expect(list.edges.every((e: any) => e.node.place.id === CHANGCHUN)).toBe(true);
    expect((await other.data(NEEDS, { placeId: QINGAN })).communityNeeds.totalCount).toBe(0);
    const cancel = await other.request(`mutation($id: UUID!) { cancelCommunityNeed(id: $id, reason: "不是我的") { need { id } errors { code } } }`, { id: needId });
    expect(cancel.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    // Their own need stays theirs: the 庆安四村 worker cannot see it either.
    const own = (await other.data(POST, { input: needInput({ title: '长春村困难家庭米面粮油', category: 'HARDSHIP_RELIEF', isPublic: false, resources: [{ kind: 'GOODS', quantity: 10 }] }) })).postCommunityNeed;
    expect(own.errors).toEqual([]);
    expect((await (await app.client('community')).data(NEED, { id: own.need.id })).communityNeed).toBeNull();
    expect(await app.sql(`select status from community_needs where id = ?`, [needId])).toEqual([{ status: 'CLAIMED' }]);
  });

  it('answers anonymously with public needs only, and never with a resident\'s name, phone or address', async () => {
    const visitor = await app.client();
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ communityNeeds(first: 100) { totalCount edges { node { id title description beneficiaries isPublic residentContact { name phone address } photos { id } place { nameZh } claims { quantity organisation { nameZh } } project { owners { displayName } volunteers { displayName } } } } } }` }),
    });
    const raw = await res.text();
    expect(res.status).toBe(200);
    const body = JSON.parse(raw);
    expect(body.errors).toBeUndefined();
    expect(body.data.communityNeeds.edges.length).toBeGreaterThan(0);
    expect(body.data.communityNeeds.edges.every((e: any) => e.node.isPublic && e.node.residentContact === null && e.node.photos.length === 0)).toBe(true);
    for (const secret of ['张阿婆', '13912345678', '139****5678', '12 号 301', '长春村困难家庭']) expect(raw).not.toContain(secret);
    // The private need is not there, nor reachable by id.
    expect((await visitor.data(NEEDS, { first: 100 })).communityNeeds.edges.some((e: any) => e.node.title.includes('长春村'))).toBe(false);
  });

  it('shows member organisations the open needs that match what they offer', async () => {
    const hr = await app.client('hr2');
    const worker = await app.client('community');
    const money = (await worker.data(POST, { input: needInput({ title: '口袋公园座椅更新', category: 'MICRO_RENEWAL', resources: [{ kind: 'MONEY', quantity: 20000 }], residentName: null, residentPhone: null, residentAddress: null }) })).postCommunityNeed.need;
    const save = `mutation($input: CommunityOfferInput!) { saveCommunityOffer(input: $input) { offer { resourceKinds categories } errors { field code } } }`;
    expect((await hr.data(save, { input: { resourceKinds: [], categories: [] } })).saveCommunityOffer.errors).toEqual([{ field: 'input.resourceKinds', code: 'REQUIRED' }]);
    expect((await hr.data(save, { input: { resourceKinds: ['MONEY'], categories: ['MICRO_RENEWAL'] } })).saveCommunityOffer.errors).toEqual([]);
    const matching = (await hr.data(NEEDS, { matchingOurOffer: true, first: 100 })).communityNeeds.edges.map((e: any) => e.node.id);
    expect(matching).toContain(money.id);
    expect(matching).not.toContain(needId);
    const ours = (await hr.data(NEEDS, { claimedByUs: true, first: 100 })).communityNeeds.edges.map((e: any) => e.node.id);
    expect(ours).toEqual([needId]);
  });

  it('lists needs in a constant number of statements', async () => {
    const worker = await app.client('community');
    for (let i = 0; i < 5; i++) {
      const res = await worker.data(POST, { input: needInput({ title: `需求 ${i}` }) });
      expect(res.postCommunityNeed.errors).toEqual([]);
    }
    const coordinator = await app.client('coordinator');
    const one = await coordinator.request(NEEDS, { first: 1 });
    const all = await coordinator.request(NEEDS, { first: 100 });
    expect(all.body.data.communityNeeds.edges.length).toBeGreaterThan(6);
    expect(all.sqlCount).toBe(one.sqlCount);
  });
});
