import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNITY, MICROWISH, ORG, USER } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { PNG, upload } from '../application/helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const QINGAN = COMMUNITY.residentialAreas[0];

const PAYLOAD = `wish { id status version title description category handover place { id nameZh }
  recipient { name phone address note } delivery { handover address recipientSurname workerName place { nameZh } }
  claimant { kind organisation { id nameZh } } claim { kind personName phone note organisation { id } } photoUrl fulfilledOn fulfilmentNote
  viewerCan { claim release edit withdraw confirm } } errors { field code message }`;
const POST = `mutation($input: MicroWishInput!) { postMicroWish(input: $input) { ${PAYLOAD} } }`;
const UPDATE = `mutation($input: UpdateMicroWishInput!) { updateMicroWish(input: $input) { ${PAYLOAD} } }`;
const CLAIM = `mutation($input: ClaimMicroWishInput!) { claimMicroWish(input: $input) { ${PAYLOAD} } }`;
const RELEASE = `mutation($input: MicroWishReasonInput!) { releaseMicroWishClaim(input: $input) { ${PAYLOAD} } }`;
const WITHDRAW = `mutation($input: MicroWishReasonInput!) { withdrawMicroWish(input: $input) { ${PAYLOAD} } }`;
const CONFIRM = `mutation($input: ConfirmMicroWishInput!) { confirmMicroWishFulfilled(input: $input) { ${PAYLOAD} } }`;
const VOLUNTEER = `mutation($input: RegisterVolunteerInput!) { registerAsVolunteer(input: $input) { volunteer { partyMember phone } errors { field code message } } }`;
const ONE = `query($id: UUID!) { microWish(id: $id) { ${PAYLOAD.slice('wish { '.length, PAYLOAD.indexOf(' } errors'))} } }`;
const LIST = `query($status: WishStatus, $mine: Boolean, $first: Int) { microWishes(status: $status, mine: $mine, first: $first) {
  totalCount edges { node { id title status place { nameZh } claimant { kind organisation { nameZh } } recipient { name phone address } delivery { address } claim { personName phone } } } } }`;
const COUNTS = `query($year: Int) { microWishCounts(year: $year) { year open claimed fulfilled byYear { year posted fulfilled }
  byOrganisation { organisation { id } fulfilled claimed } byClaimantKind { kind fulfilled } } }`;

const RESIDENT = { name: '李桂芳', phone: '13912345678', address: '宝山区月浦镇庆安路 88 弄 5 号 302 室', note: '耳背，先打电话给女儿' };

function wishInput(over: Record<string, unknown> = {}) {
  return {
    title: '一台助听器', description: '一位 85 岁的老人听力下降，希望能有一台助听器。', category: 'ELDERLY', handover: 'HOME_VISIT',
    estimatedValueYuan: 800, dueOn: null, recipient: RESIDENT, ...over,
  };
}

async function post(worker: GraphQLClient, over: Record<string, unknown> = {}) {
  const res = (await worker.data(POST, { input: wishInput(over) })).postMicroWish;
  expect(res.errors).toEqual([]);
  return res.wish;
}

const counts = async () => (await app.sql<{ wishes: number; recipients: number; claims: number }>(
  `select (select count(*)::int from micro_wishes) as wishes, (select count(*)::int from micro_wish_recipients) as recipients, (select count(*)::int from micro_wish_claims) as claims`))[0];

/** Whether any of the resident's details appear anywhere in a response. */
function leaksResident(body: unknown, resident = RESIDENT): boolean {
  const text = JSON.stringify(body);
  return text.includes(resident.name) || text.includes(resident.phone) || text.includes(resident.address) || text.includes(resident.note) || text.includes(resident.name.slice(1));
}

describe('posting a micro-wish', () => {
  it('refuses bad, hostile and identifying input field by field, leaving the database unchanged', async () => {
    const worker = await app.client('community', 'en');
    const before = await counts();
    // Hostile text stops at the argument layer (core/graphql/input-guard.ts), before the service's own checks.
    const hostile = (await worker.data(POST, {
      input: wishInput({ title: 'x'.repeat(100_000), description: '李桂芳 needs it\u0000', recipient: { name: '李', phone: '13800138000', address: '一号', note: '\u0000' } }),
    })).postMicroWish;
    expect(hostile.wish).toBeNull();
    expect(hostile.errors.map((e: any) => [e.field, e.code]).sort()).toEqual([['input.description', 'INVALID'], ['input.recipient.note', 'INVALID'], ['input.title', 'TOO_LONG']].sort());
    const bad = (await worker.data(POST, {
      input: wishInput({ estimatedValueYuan: 0, dueOn: '2020-02-30', recipient: { name: ' ', phone: '12345', address: '' } }),
    })).postMicroWish;
    expect(bad.wish).toBeNull();
    expect(bad.errors.map((e: any) => [e.field, e.code]).sort()).toEqual([
      ['input.dueOn', 'INVALID'], ['input.estimatedValueYuan', 'OUT_OF_RANGE'], ['input.recipient.address', 'REQUIRED'],
      ['input.recipient.name', 'REQUIRED'], ['input.recipient.phone', 'INVALID'],
    ].sort());
    // In the request's language.
    for (const e of [...hostile.errors, ...bad.errors]) expect(e.message).toMatch(/^[\x20-\x7E]+$/);

    // The public description must not name the resident, give their phone or address.
    for (const description of ['送给李桂芳老人', `请打 139 1234 5678`, `住在${RESIDENT.address}`]) {
      const res = (await worker.data(POST, { input: wishInput({ description }) })).postMicroWish;
      expect(res.errors).toEqual([{ field: 'input.description', code: 'INVALID', message: expect.stringContaining('public') }]);
    }
    const zh = await app.client('community');
    const zhErrors = (await zh.data(POST, { input: wishInput({ title: '' }) })).postMicroWish.errors;
    expect(zhErrors).toEqual([{ field: 'input.title', code: 'REQUIRED', message: '请填写心愿。' }]);
    expect(await counts()).toEqual(before);
  });

  it('only community workers post, for their own place; the public sees the wish but never the resident', async () => {
    for (const who of ['hr', 'talent', 'coordinator'] as const) {
      const res = await (await app.client(who)).request(POST, { input: wishInput() });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const worker = await app.client('community');
    const wish = await post(worker);
    expect(wish).toMatchObject({ status: 'OPEN', place: { id: QINGAN, nameZh: '庆安四村' }, recipient: { ...RESIDENT }, claimant: null, viewerCan: { claim: false, edit: true, withdraw: true, confirm: false } });

    const anonymous = await app.client();
    const one = await anonymous.request(ONE, { id: wish.id });
    expect(one.body.data.microWish).toMatchObject({ title: '一台助听器', recipient: null, delivery: null, claim: null, viewerCan: { claim: false, edit: false } });
    const list = await anonymous.request(LIST, { first: 100 });
    expect(list.body.data.microWishes.edges.map((e: any) => e.node.id)).toContain(wish.id);
    for (const res of [one, list]) expect(leaksResident(res.body)).toBe(false);

    // Another village's worker and an HR see no more than the public.
    for (const who of ['community2', 'hr'] as const) {
      const res = await (await app.client(who)).request(ONE, { id: wish.id });
      expect(res.body.data.microWish.recipient).toBeNull();
      expect(leaksResident(res.body)).toBe(false);
    }
  });

  it('lets only the place\'s own worker correct or withdraw it, with the version they saw', async () => {
    const worker = await app.client('community');
    const wish = await post(worker, { title: '一本大字版字典' });
    const other = await app.client('community2');
    const foreign = await other.request(UPDATE, { input: { ...wishInput({ title: '改掉' }), wishId: wish.id, expectedVersion: wish.version } });
    expect(foreign.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const withdrawForeign = await other.request(WITHDRAW, { input: { wishId: wish.id, reason: '不需要' } });
    expect(withdrawForeign.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const updated = (await worker.data(UPDATE, { input: { ...wishInput({ title: '一本大字版新华字典' }), wishId: wish.id, expectedVersion: wish.version } })).updateMicroWish;
    expect(updated.wish).toMatchObject({ title: '一本大字版新华字典', version: wish.version + 1 });
    const stale = (await worker.data(UPDATE, { input: { ...wishInput({ title: '旧版本' }), wishId: wish.id, expectedVersion: wish.version } })).updateMicroWish;
    expect(stale.errors).toEqual([{ field: 'input.expectedVersion', code: 'CONFLICT', message: expect.any(String) }]);
    expect((await app.sql('select title from micro_wishes where id = ?', [wish.id]))[0]).toEqual({ title: '一本大字版新华字典' });

    const withdrawn = (await worker.data(WITHDRAW, { input: { wishId: wish.id, reason: '居民已搬走' } })).withdrawMicroWish;
    expect(withdrawn.wish.status).toBe('WITHDRAWN');
    // Gone from the public, still in the place's own list.
    expect((await (await app.client()).request(ONE, { id: wish.id })).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const own = (await worker.data(LIST, { mine: true, status: 'WITHDRAWN', first: 100 })).microWishes.edges.map((e: any) => e.node.id);
    expect(own).toContain(wish.id);
    expect((await (await app.client()).data(LIST, { status: 'WITHDRAWN' })).microWishes.totalCount).toBe(0);
  });
});

describe('claiming', () => {
  it('accepts exactly one of many parallel claims on one wish, and the database refuses a second standing claim', async () => {
    const worker = await app.client('community');
    const wish = await post(worker, { title: '一件过冬棉衣', handover: 'AT_PLACE_OFFICE' });
    // Twelve claimants at once: HR of two enterprises, eleven bank branches' liaisons would do; we
    // use every distinct claimant the sample data has, some of them twice from two sessions.
    const claimants: GraphQLClient[] = [];
    for (const who of ['hr', 'hr2', 'bank', 'bank2', 'talent2', 'hr', 'hr2', 'bank', 'bank2', 'talent2', 'hr', 'bank'] as const) claimants.push(await app.client(who));
    const results = await Promise.all(claimants.map((c, i) => c.request(CLAIM, { input: { wishId: wish.id, note: `第 ${i + 1} 位` } })));
    const payloads = results.map((r) => r.body.data.claimMicroWish);
    const won = payloads.filter((p) => p.errors.length === 0);
    expect(won).toHaveLength(1);
    expect(won[0].wish.status).toBe('CLAIMED');
    for (const lost of payloads.filter((p) => p.errors.length > 0)) expect(lost.errors).toEqual([{ field: null, code: 'CONFLICT', message: expect.any(String) }]);
    expect(await app.sql('select count(*)::int as n from micro_wish_claims where wish_id = ?', [wish.id])).toEqual([{ n: 1 }]);
    expect(await app.sql('select status from micro_wishes where id = ?', [wish.id])).toEqual([{ status: 'CLAIMED' }]);

    // Around the code: a second claim that has not been released cannot be stored.
    await expect(app.sql(
      `insert into micro_wish_claims (id, wish_id, claimant_kind, organisation_id, claimed_by_id) values (gen_random_uuid(), ?, 'ORGANISATION', ?, ?)`,
      [wish.id, ORG.enterprises[5], USER.hr],
    )).rejects.toThrow(/micro_wish_claims_one_standing/);
  });

  it('gives the claimant only what delivering needs, only while the claim stands', async () => {
    const worker = await app.client('community');
    const wish = await post(worker);
    const hr = await app.client('hr');
    const claimed = (await hr.data(CLAIM, { input: { wishId: wish.id, note: '周六上午送达' } })).claimMicroWish;
    expect(claimed.errors).toEqual([]);
    expect(claimed.wish.delivery).toEqual({ handover: 'HOME_VISIT', address: RESIDENT.address, recipientSurname: '李**', workerName: '社区工作者 吴芳', place: { nameZh: '庆安四村' } });
    expect(claimed.wish.recipient).toBeNull();
    const text = JSON.stringify(claimed);
    expect(text).not.toContain(RESIDENT.phone);
    expect(text).not.toContain(RESIDENT.name);
    expect(text).not.toContain(RESIDENT.note);

    // The worker sees who claimed, and the note; the public sees the organisation's name only.
    const seen = (await worker.data(ONE, { id: wish.id })).microWish;
    expect(seen.claim).toMatchObject({ kind: 'ORGANISATION', personName: '人事 李敏', phone: null, note: '周六上午送达', organisation: { id: ORG.enterprises[0] } });
    const pub = await (await app.client()).request(ONE, { id: wish.id });
    expect(pub.body.data.microWish.claimant).toMatchObject({ kind: 'ORGANISATION', organisation: { id: ORG.enterprises[0] } });
    expect(pub.body.data.microWish.claim).toBeNull();
    expect(leaksResident(pub.body)).toBe(false);
    // Another enterprise's HR is not the claimant.
    expect((await (await app.client('hr2')).data(ONE, { id: wish.id })).microWish.delivery).toBeNull();

    // Fulfilled: the address leaves the claimant's view.
    const done = (await worker.data(CONFIRM, { input: { wishId: wish.id, note: '已送到老人家中' } })).confirmMicroWishFulfilled;
    expect(done.errors).toEqual([]);
    expect((await hr.data(ONE, { id: wish.id })).microWish).toMatchObject({ status: 'FULFILLED', delivery: null, fulfilmentNote: '已送到老人家中' });
    const list = await hr.request(LIST, { mine: true, first: 100 });
    expect(leaksResident(list.body)).toBe(false);
  });

  it('asks individuals to register first, then records a Party member; the worker alone sees their phone', async () => {
    const worker = await app.client('community');
    const wish = await post(worker, { handover: 'AT_PLACE_OFFICE' });
    const talent = await app.client('talent', 'en');
    const before = await counts();
    const unregistered = (await talent.data(CLAIM, { input: { wishId: wish.id } })).claimMicroWish;
    expect(unregistered.errors).toEqual([{ field: null, code: 'INVALID_STATE', message: expect.stringContaining('Register as a volunteer') }]);
    const badPhone = (await talent.data(VOLUNTEER, { input: { phone: '139\u00001234', partyMember: true } })).registerAsVolunteer;
    expect(badPhone.errors).toEqual([{ field: 'input.phone', code: 'INVALID', message: expect.any(String) }]);
    expect(await counts()).toEqual(before);
    expect(await app.sql('select count(*)::int as n from community_volunteers where user_id = ?', [USER.talent])).toEqual([{ n: 0 }]);

    const registered = (await talent.data(VOLUNTEER, { input: { phone: '+86 138 0013 8001', partyMember: true } })).registerAsVolunteer;
    expect(registered).toEqual({ volunteer: { partyMember: true, phone: '13800138001' }, errors: [] });
    const claimed = (await talent.data(CLAIM, { input: { wishId: wish.id } })).claimMicroWish;
    expect(claimed.wish).toMatchObject({ status: 'CLAIMED', claimant: { kind: 'PARTY_MEMBER', organisation: null }, delivery: { handover: 'AT_PLACE_OFFICE', address: null, recipientSurname: null } });
    expect((await worker.data(ONE, { id: wish.id })).microWish.claim).toMatchObject({ kind: 'PARTY_MEMBER', personName: '王晓月', phone: '13800138001' });
    // Town staff oversee who claimed, but not their phone, and never the resident.
    const coordinator = await (await app.client('coordinator')).request(ONE, { id: wish.id });
    expect(coordinator.body.data.microWish.claim).toMatchObject({ personName: '王晓月', phone: null });
    expect(leaksResident(coordinator.body)).toBe(false);
    // The public learns only that a Party member took it.
    const pub = await (await app.client()).request(ONE, { id: wish.id });
    expect(JSON.stringify(pub.body)).not.toContain('王晓月');
    expect(JSON.stringify(pub.body)).not.toContain('13800138001');

    // The claimant gives it up: open again, and the place's worker is told.
    const released = (await talent.data(RELEASE, { input: { wishId: wish.id, reason: '临时出差' } })).releaseMicroWishClaim;
    expect(released.wish).toMatchObject({ status: 'OPEN', claimant: null, delivery: null });
    expect(await app.sql(`select count(*)::int as n from notifications where recipient_id = ? and kind = 'microwish.released'`, [COMMUNITY.workers[0]])).toEqual([{ n: 1 }]);
    // Someone who is not the claimant cannot release; a bank can now claim it.
    const again = (await (await app.client('bank')).data(CLAIM, { input: { wishId: wish.id } })).claimMicroWish;
    expect(again.errors).toEqual([]);
    const notTheirs = await talent.request(RELEASE, { input: { wishId: wish.id } });
    expect(notTheirs.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a malformed id, answers an unknown one like a missing wish, and refuses claims on a fulfilled one', async () => {
    const hr = await app.client('hr');
    // Malformed ids are refused by the UUID scalar (BAD_USER_INPUT); a well-formed unknown one is not found.
    for (const wishId of ['not-a-uuid', "'; drop table micro_wishes; --"]) {
      const res = await hr.request(CLAIM, { input: { wishId } });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await hr.request(CLAIM, { input: { wishId: '00000000-0000-4000-8000-000000099999' } })).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const fulfilled = (await hr.data(CLAIM, { input: { wishId: MICROWISH.wishes[3] } })).claimMicroWish;
    expect(fulfilled.errors.map((e: any) => e.code)).toEqual(['CONFLICT']);
  });
});

describe('fulfilment', () => {
  it('is confirmed by the place\'s worker with a photo that only the people involved can open', async () => {
    const worker = await app.client('community');
    const wish = await post(worker, { handover: 'AT_PLACE_OFFICE', title: '一台收音机' });
    const hr = await app.client('hr');
    await hr.data(CLAIM, { input: { wishId: wish.id } });

    const photo = await upload(app, worker, 'PHOTO', PNG, '送达.png');
    expect(photo.status).toBe(201);
    // A wallet kind is still refused to staff.
    expect((await upload(app, worker, 'ID_CARD', PNG, 'id.png')).status).toBe(403);
    // Someone else's file cannot be attached.
    const hrPhoto = await upload(app, hr, 'PHOTO', PNG, 'hr.png');
    const before = await app.sql('select status, version from micro_wishes where id = ?', [wish.id]);
    const foreign = (await worker.data(CONFIRM, { input: { wishId: wish.id, photoDocumentId: hrPhoto.body.document.id } })).confirmMicroWishFulfilled;
    expect(foreign.errors.map((e: any) => [e.field, e.code])).toEqual([['input.photoDocumentId', 'NOT_FOUND']]);
    const future = (await worker.data(CONFIRM, { input: { wishId: wish.id, fulfilledOn: '2999-01-01' } })).confirmMicroWishFulfilled;
    expect(future.errors.map((e: any) => [e.field, e.code])).toEqual([['input.fulfilledOn', 'OUT_OF_RANGE']]);
    const named = (await worker.data(CONFIRM, { input: { wishId: wish.id, note: `已送给${RESIDENT.name}` } })).confirmMicroWishFulfilled;
    expect(named.errors.map((e: any) => [e.field, e.code])).toEqual([['input.note', 'INVALID']]);
    expect(await app.sql('select status, version from micro_wishes where id = ?', [wish.id])).toEqual(before);
    // Only the place's worker confirms.
    expect((await hr.request(CONFIRM, { input: { wishId: wish.id } })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await (await app.client('community2')).request(CONFIRM, { input: { wishId: wish.id } })).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const done = (await worker.data(CONFIRM, { input: { wishId: wish.id, photoDocumentId: photo.body.document.id, note: '居委会转交' } })).confirmMicroWishFulfilled;
    expect(done.errors).toEqual([]);
    const url = `/files/${photo.body.document.id}`;
    expect(done.wish).toMatchObject({ status: 'FULFILLED', photoUrl: url, fulfilmentNote: '居委会转交', viewerCan: { confirm: false, release: false } });
    expect((await hr.data(ONE, { id: wish.id })).microWish.photoUrl).toBe(url);
    expect((await (await app.client()).data(ONE, { id: wish.id })).microWish.photoUrl).toBeNull();
    const status = async (client: GraphQLClient) => (await fetch(`${app.url}${url}`, { headers: client.sessionCookie ? { cookie: client.sessionCookie } : {} })).status;
    expect(await status(hr)).toBe(200);
    expect(await status(await app.client('coordinator'))).toBe(200);
    expect(await status(await app.client('hr2'))).toBe(404);
    expect(await status(await app.client('community2'))).toBe(404);
    expect(await status(await app.client())).toBe(401);
    // A second confirmation is refused.
    const twice = (await worker.data(CONFIRM, { input: { wishId: wish.id } })).confirmMicroWishFulfilled;
    expect(twice.errors.map((e: any) => e.code)).toEqual(['INVALID_STATE']);
  });
});

describe('running counts', () => {
  it('counts per year and per claiming organisation from the wishes themselves', async () => {
    const visitor = await app.client();
    const before = (await visitor.data(COUNTS, {})).microWishCounts;
    const expected = await app.sql<{ fulfilled: number }>(`select count(*)::int as fulfilled from micro_wishes where status = 'FULFILLED'`);
    expect(before.fulfilled).toBe(expected[0].fulfilled);
    const orgBefore = before.byOrganisation.find((r: any) => r.organisation.id === ORG.enterprises[1])?.fulfilled ?? 0;

    const worker = await app.client('community');
    const wish = await post(worker, { handover: 'AT_PLACE_OFFICE', title: '一盏台灯' });
    await (await app.client('hr2')).data(CLAIM, { input: { wishId: wish.id } });
    await worker.data(CONFIRM, { input: { wishId: wish.id } });
    const after = (await visitor.data(COUNTS, {})).microWishCounts;
    expect(after.fulfilled).toBe(before.fulfilled + 1);
    expect(after.byOrganisation.find((r: any) => r.organisation.id === ORG.enterprises[1]).fulfilled).toBe(orgBefore + 1);
    const thisYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
    const year = (await visitor.data(COUNTS, { year: thisYear })).microWishCounts;
    const inYear = await app.sql<{ n: number }>(`select count(*)::int as n from micro_wishes where status = 'FULFILLED' and extract(year from fulfilled_on) = ?`, [thisYear]);
    expect(year.fulfilled).toBe(inYear[0].n);
    expect(after.byYear.find((y: any) => y.year === thisYear).fulfilled).toBe(inYear[0].n);
    // The sample year 2025: one wheelchair, from bank branch 1.
    const y2025 = (await visitor.data(COUNTS, { year: 2025 })).microWishCounts;
    expect(y2025.fulfilled).toBe(1);
    expect(y2025.byOrganisation.map((r: any) => [r.organisation.id, r.fulfilled])).toEqual([[ORG.banks[0], 1]]);
    expect((await visitor.request(COUNTS, { year: 1800 })).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists wishes in a constant number of statements, however many are on the page', async () => {
    const visitor = await app.client('community');
    const q = `query($first: Int) { microWishes(first: $first) { edges { node { id place { nameZh } claimant { kind organisation { nameZh } } claim { personName phone } recipient { name } delivery { address } photoUrl viewerCan { claim } } } } }`;
    const one = await visitor.request(q, { first: 1 });
    const many = await visitor.request(q, { first: 100 });
    expect(many.body.data.microWishes.edges.length).toBeGreaterThan(5);
    expect(many.sqlCount).toBe(one.sqlCount);
  });
});
