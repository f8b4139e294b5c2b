import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNITY, ORG } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const QINGAN = COMMUNITY.residentialAreas[0]; // community@
const CHANGCHUN = COMMUNITY.villages[3]; // community2@

const CREATE = `mutation($input: CreatePairingAgreementInput!) {
  createPairingAgreement(input: $input) {
    agreement { id startsOn endsOn isActive place { nameZh } partner { id } commitments { id kind description } }
    errors { field code message }
  }
}`;
const REVIEW = `mutation($input: ReviewPairingAgreementInput!) {
  reviewPairingAgreement(input: $input) { review { id year rating summary reviewerName items { outcome commitment { kind } } } errors { field code message } }
}`;
const LIST = `query($placeId: UUID, $partnerId: UUID, $activeOn: String, $orderBy: PairingOrder, $first: Int) {
  pairingAgreements(placeId: $placeId, partnerId: $partnerId, activeOn: $activeOn, orderBy: $orderBy, first: $first) {
    totalCount
    edges { node { id startsOn place { id nameZh } partner { id nameZh } commitments { kind description } reviews { year rating items { outcome } } canReview } }
  }
}`;

const agreementInput = (over: Record<string, unknown> = {}) => ({
  placeId: QINGAN,
  partnerId: ORG.enterprises[0],
  startsOn: '2026-01-01',
  endsOn: '2027-12-31',
  note: '宝莲湖改造',
  commitments: [
    { kind: 'PRACTICAL_MATTER', description: '每年为社区办 2 件实事' },
    { kind: 'POST', description: '设立党员志愿服务岗位 3 个' },
  ],
  ...over,
});

const count = async (table: string) => (await app.sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0].n;

describe('pairing agreements (结对协议)', () => {
  let agreementId: string;
  let commitmentIds: string[];

  it('a community worker records one for their own place, with commitments from the four lists', async () => {
    const worker = await app.client('community');
    const { createPairingAgreement: res } = await worker.data(CREATE, { input: agreementInput() });
    expect(res.errors).toEqual([]);
    expect(res.agreement).toMatchObject({ startsOn: '2026-01-01', endsOn: '2027-12-31', place: { nameZh: '庆安四村' }, partner: { id: ORG.enterprises[0] } });
    expect(res.agreement.commitments.map((c: any) => c.kind)).toEqual(['PRACTICAL_MATTER', 'POST']);
    agreementId = res.agreement.id;
    commitmentIds = res.agreement.commitments.map((c: any) => c.id);
  });

  it('refuses another place, bad periods, wrong partners, no commitments and hostile text, in the request\'s language, changing nothing', async () => {
    const before = [await count('community_pairing_agreements'), await count('community_pairing_commitments')];
    const worker = await app.client('community', 'en');
    const other = (await worker.data(CREATE, { input: agreementInput({ placeId: CHANGCHUN }) })).createPairingAgreement;
    expect(other.agreement).toBeNull();
    expect(other.errors).toEqual([{ field: 'input.placeId', code: 'INVALID', message: 'A community worker records agreements for their own village or residential area only.' }]);

    const bad = (await worker.data(CREATE, { input: agreementInput({ partnerId: CHANGCHUN, startsOn: '2027-01-01', endsOn: '2026-01-01', commitments: [] }) })).createPairingAgreement;
    expect(bad.errors.map((e: any) => [e.field, e.code])).toEqual([
      ['input.endsOn', 'OUT_OF_RANGE'],
      ['input.commitments', 'REQUIRED'],
      ['input.partnerId', 'NOT_FOUND'],
    ]);

    // Hostile text stops at the argument layer (core/graphql/input-guard.ts), before the service's own checks.
    const hostile = (await worker.data(CREATE, { input: agreementInput({ note: 'a\u0000b', commitments: [{ kind: 'POST', description: 'x'.repeat(100_000) }] }) })).createPairingAgreement;
    expect(hostile.errors.map((e: any) => [e.field, e.code])).toEqual([
      ['input.note', 'INVALID'],
      ['input.commitments.0.description', 'TOO_LONG'],
    ]);
    const badDate = (await worker.data(CREATE, { input: agreementInput({ startsOn: '2026-02-30' }) })).createPairingAgreement;
    expect(badDate.errors.map((e: any) => [e.field, e.code])).toEqual([['input.startsOn', 'INVALID']]);
    // A malformed id is refused by the UUID scalar before anything runs.
    const malformed = await worker.request(CREATE, { input: agreementInput({ partnerId: 'not-an-id' }) });
    expect([malformed.status, malformed.body.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);

    const zh = await app.client('community');
    const overlap = (await zh.data(CREATE, { input: agreementInput({ startsOn: '2027-06-01', endsOn: '2028-05-31' }) })).createPairingAgreement;
    expect(overlap.errors).toEqual([{ field: 'input.partnerId', code: 'DUPLICATE', message: '该村居与该单位在这段时间内已有结对协议。' }]);

    // Only workers and town staff record agreements.
    const hr = await app.client('hr');
    expect((await hr.request(CREATE, { input: agreementInput() })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect([await count('community_pairing_agreements'), await count('community_pairing_commitments')]).toEqual(before);
  });

  it('lets one of ten simultaneous identical agreements through', async () => {
    const coordinator = await app.client('coordinator');
    const input = agreementInput({ placeId: CHANGCHUN, partnerId: ORG.banks[0], startsOn: '2026-03-01', endsOn: '2026-12-31' });
    const results = await Promise.all(Array.from({ length: 10 }, () => coordinator.data(CREATE, { input })));
    const ok = results.filter((r) => r.createPairingAgreement.errors.length === 0);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.createPairingAgreement.errors[0]?.code === 'DUPLICATE')).toHaveLength(9);
    expect((await app.sql(`select count(*)::int as n from community_pairing_agreements where place_id = ? and partner_id = ?`, [CHANGCHUN, ORG.banks[0]]))[0]).toEqual({ n: 1 });
  });

  it('the database itself refuses an overlapping agreement or a partner that is a village', async () => {
    const insert = (id: string, partner: string, starts: string, ends: string) => app.sql(
      `insert into community_pairing_agreements (id, place_id, partner_id, starts_on, ends_on, created_by_id) values (?, ?, ?, ?, ?, ?)`,
      [id, QINGAN, partner, starts, ends, COMMUNITY.workers[0]],
    );
    await expect(insert('11111111-1111-4111-8111-111111111111', ORG.enterprises[0], '2027-12-31', '2029-01-01')).rejects.toThrow(/community_pairing_overlap|already have an agreement/);
    await expect(insert('11111111-1111-4111-8111-111111111112', CHANGCHUN, '2030-01-01', '2030-12-31')).rejects.toThrow(/not a member organisation/);
    // Back to back is fine.
    await insert('11111111-1111-4111-8111-111111111113', ORG.enterprises[0], '2028-01-01', '2028-12-31');
  });

  it('records one yearly review per year, commitment by commitment, seen by the two parties and town staff only', async () => {
    const worker = await app.client('community', 'en');
    const missing = (await worker.data(REVIEW, { input: { agreementId, year: 2026, rating: 'GOOD', summary: '按期完成', outcomes: [{ commitmentId: commitmentIds[0], outcome: 'MET' }] } })).reviewPairingAgreement;
    expect(missing.errors).toEqual([{ field: 'input.outcomes', code: 'REQUIRED', message: 'Rate how far each commitment was kept.' }]);
    const future = (await worker.data(REVIEW, { input: { agreementId, year: 2031, rating: 'GOOD', summary: 'x', outcomes: [] } })).reviewPairingAgreement;
    expect(future.errors.map((e: any) => e.field)).toContain('input.year');
    expect(await count('community_pairing_reviews')).toBe(0);

    const input = { agreementId, year: 2026, rating: 'GOOD', summary: '实事两件均已完成，岗位设立 2 个', outcomes: [{ commitmentId: commitmentIds[0], outcome: 'MET' }, { commitmentId: commitmentIds[1], outcome: 'PARTLY_MET' }] };
    const both = await Promise.all([worker.data(REVIEW, { input }), (await app.client('coordinator')).data(REVIEW, { input })]);
    expect(both.map((r) => r.reviewPairingAgreement.errors.length).sort()).toEqual([0, 1]);
    const done = both.find((r) => r.reviewPairingAgreement.errors.length === 0)!.reviewPairingAgreement.review;
    expect(done.items.map((i: any) => [i.commitment.kind, i.outcome])).toEqual([['PRACTICAL_MATTER', 'MET'], ['POST', 'PARTLY_MET']]);

    // Another village's worker may not review it.
    const stranger = await app.client('community2');
    expect((await stranger.request(REVIEW, { input: { ...input, year: 2027 } })).body.errors![0].extensions!.code).toBe('FORBIDDEN');

    const reviewsSeenBy = async (who?: 'hr' | 'hr2' | 'coordinator' | 'community2') => {
      const client = await app.client(who);
      const list = (await client.data(LIST, { placeId: QINGAN, partnerId: ORG.enterprises[0] })).pairingAgreements;
      return list.edges.find((e: any) => e.node.id === agreementId).node.reviews.length;
    };
    expect(await reviewsSeenBy('hr')).toBe(1);
    expect(await reviewsSeenBy('coordinator')).toBe(1);
    expect(await reviewsSeenBy('hr2')).toBe(0);
    expect(await reviewsSeenBy('community2')).toBe(0);
    expect(await reviewsSeenBy()).toBe(0);
  });

  it('lists by place and by organisation, to anyone, in a constant number of statements', async () => {
    const visitor = await app.client();
    const byPartner = (await visitor.data(LIST, { partnerId: ORG.enterprises[0], orderBy: 'PARTNER' })).pairingAgreements;
    expect(byPartner.edges.every((e: any) => e.node.partner.id === ORG.enterprises[0])).toBe(true);
    const active = (await visitor.data(LIST, { activeOn: '2026-06-01', first: 100 })).pairingAgreements;
    expect(active.edges.every((e: any) => e.node.startsOn <= '2026-06-01')).toBe(true);
    expect((await visitor.request(LIST, { activeOn: 'yesterday' })).body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');

    // Enough agreements for a real page, each with a review, then the same statements for 1 row as for all of them.
    const coordinator = await app.client('coordinator');
    for (let i = 0; i < 6; i++) {
      const res = await coordinator.data(CREATE, { input: agreementInput({ placeId: COMMUNITY.villages[i], partnerId: ORG.enterprises[i + 2], commitments: [{ kind: 'PAIRING', description: `结对帮扶 ${i}` }] }) });
      expect(res.createPairingAgreement.errors).toEqual([]);
    }
    const FULL = `query($first: Int) { pairingAgreements(activeOn: "2026-06-01", first: $first) { edges { node { id commitments { id } reviews { year items { outcome commitment { kind } } } } } } }`;
    for (const { node } of (await coordinator.data(FULL, { first: 100 })).pairingAgreements.edges) {
      if (node.reviews.length) continue;
      const outcomes = node.commitments.map((c: any) => ({ commitmentId: c.id, outcome: 'MET' }));
      expect((await coordinator.data(REVIEW, { input: { agreementId: node.id, year: 2026, rating: 'EXCELLENT', summary: '完成', outcomes } })).reviewPairingAgreement.errors).toEqual([]);
    }
    const one = await coordinator.request(FULL, { first: 1 });
    const all = await coordinator.request(FULL, { first: 100 });
    expect(all.body.data.pairingAgreements.edges.length).toBeGreaterThan(6);
    expect(all.body.data.pairingAgreements.edges.every((e: any) => e.node.reviews.length === 1)).toBe(true);
    expect(all.sqlCount).toBe(one.sqlCount);
  });
});
