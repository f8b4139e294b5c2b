import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { addUnit, approvedFlat, monthFromNow, MY_APARTMENT, people, testProject, type People } from './helpers.js';

let app: TestApp;
let p: People;
let project: string;
let colleague: GraphQLClient;
/** Waitlist entry ids of talents 0, 1 and 2, all for studios and not ready before their move-in month. */
const entries: string[] = [];

const OFFER = `mutation($input: OfferApartmentByHandInput!) { offerApartmentByHand(input: $input) {
  offer { id status byHand offerReason offeredBy { displayName } unit { id code } } errors { field code message } } }`;
const COUNTS = `{ apartmentWaitlistCounts { layout count } }`;
const QUEUE = `query($layout: UnitLayout!) { apartmentWaitlist(layout: $layout) { edges { node { id status talent { displayName }
  pendingOffer { id byHand offerReason offeredBy { displayName } unit { code } } } } } }`;

/** What a refused call must leave as it was. */
const snapshot = () => Promise.all([
  app.sql(`select id, unit_id, entry_id, status from apartment_offers order by id`),
  app.sql(`select id, status from apartment_units order by id`),
  app.sql(`select id, status from apartment_waitlist order by id`),
  app.sql(`select id from audit_entries where entity_type = 'ApartmentOffer' order by id`),
]);

beforeAll(async () => {
  app = await startTestApp();
  p = await people(app);
  project = await testProject(p);
  const [{ organisation_id: organisationId }] = await app.sql<{ organisation_id: string }>(`select organisation_id from users where email = 'coordinator@yuepu.example'`);
  const res = await p.admin.data(`mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { errors { code } } }`,
    { input: { email: 'coordinator-b@yuepu.example', password: 'Yuepu-2026-demo', displayName: '协调员乙', role: 'COORDINATOR', organisationId } });
  expect(res.createStaffAccount.errors).toEqual([]);
  colleague = await app.client();
  await colleague.signIn('coordinator-b@yuepu.example');
}, 120_000);
afterAll(async () => {
  await app.close();
});

describe('waitlist counts per layout', () => {
  it('lists every layout with how many are queued, so the page opens on the first one with people', async () => {
    expect((await p.coordinator.data(COUNTS)).apartmentWaitlistCounts).toEqual([
      { layout: 'STUDIO', count: 0 }, { layout: 'ONE_BEDROOM', count: 0 }, { layout: 'TWO_BEDROOM', count: 0 }, { layout: 'THREE_BEDROOM', count: 0 },
    ]);
    // Moving in four months from now: not ready, so a free studio stays free for a coordinator to offer by hand.
    for (const who of [0, 1, 2]) await approvedFlat(p, who, { layout: 'STUDIO', moveInMonth: monthFromNow(4) });
    entries.push(...(await app.sql<{ id: string }>(`select id from apartment_waitlist where layout = 'STUDIO' order by queued_at`)).map((r) => r.id));
    expect((await p.coordinator.data(COUNTS)).apartmentWaitlistCounts).toEqual([
      { layout: 'STUDIO', count: 3 }, { layout: 'ONE_BEDROOM', count: 0 }, { layout: 'TWO_BEDROOM', count: 0 }, { layout: 'THREE_BEDROOM', count: 0 },
    ]);
    expect((await p.talents[0].request(COUNTS)).body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('an offer made by hand', () => {
  let unit: string;

  it('goes to the person chosen, out of order, with who and why on the offer and in the audit log', async () => {
    unit = await addUnit(p, project, 'H-1', 'STUDIO', 1800, 30);
    expect((await app.sql<{ status: string }>(`select status from apartment_units where id = ?`, [unit]))[0].status).toBe('AVAILABLE');
    const res = await p.coordinator.data(OFFER, { input: { entryId: entries[1], unitId: unit, reason: '  家中突发变故，急需住房（镇领导批准）  ' } });
    expect(res.offerApartmentByHand.errors).toEqual([]);
    expect(res.offerApartmentByHand.offer).toMatchObject({ status: 'PENDING', byHand: true, offerReason: '家中突发变故，急需住房（镇领导批准）', unit: { code: 'H-1' } });

    // The coordinators' list shows who made it and why; the person chosen holds it; the first in line still waits.
    const rows = (await colleague.data(QUEUE, { layout: 'STUDIO' })).apartmentWaitlist.edges.map((e: any) => e.node);
    expect(rows.map((r: any) => r.status)).toEqual(['WAITING', 'OFFERED', 'WAITING']);
    expect(rows[1].pendingOffer).toMatchObject({ byHand: true, offerReason: '家中突发变故，急需住房（镇领导批准）', unit: { code: 'H-1' } });
    expect(rows[1].pendingOffer.offeredBy.displayName).toBeTruthy();
    const mine = (await p.talents[1].data(MY_APARTMENT)).myApartment;
    expect(mine.offers.map((o: any) => o.unit.code)).toEqual(['H-1']);
    expect(mine.waitlist[0].status).toBe('OFFERED');
    expect((await p.talents[0].data(MY_APARTMENT)).myApartment.offers).toEqual([]);

    const audit = (await p.admin.data(`query($id: UUID) { auditEntries(entityType: "ApartmentOffer", entityId: $id) { edges { node { action actor { email } summaryZh changes } } } }`,
      { id: res.offerApartmentByHand.offer.id })).auditEntries.edges.map((e: any) => e.node);
    expect(audit).toHaveLength(1);
    expect(audit[0].action).toBe('APARTMENT_OFFER_BY_HAND');
    expect(audit[0].actor.email).toBe('coordinator@yuepu.example');
    expect(audit[0].summaryZh).toContain('家中突发变故');
    // The talent is told of the offer like any other.
    expect(await app.sql(`select id from notifications where kind = 'apartment.offer.made' and recipient_id = (select talent_id from apartment_waitlist where id = ?)`, [entries[1]])).toHaveLength(1);
  });

  it('the talent does not see who made it or why', async () => {
    const res = await p.talents[1].request(`{ myApartment { offers { id byHand offerReason } } }`);
    expect(res.body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('is refused for someone not waiting (holding an offer, housed), a unit not free or of another layout, and leaves everything as it was', async () => {
    const other = await addUnit(p, project, 'H-2', 'STUDIO', 1800, 30);
    const big = await addUnit(p, project, 'H-3', 'TWO_BEDROOM', 3600, 70);
    const before = await snapshot();
    const refusals: [Record<string, string>, { field: string; code: string; message: string }][] = [
      [{ entryId: entries[1], unitId: other }, { field: 'input.entryId', code: 'INVALID_STATE', message: '此人已有一份待答复的配租通知（可能刚由其他工作人员发出），请刷新名单。' }],
      [{ entryId: entries[0], unitId: unit }, { field: 'input.unitId', code: 'INVALID_STATE', message: '这套房源现在不是空置可配（可能刚配给了别人），请刷新后另选。' }],
      [{ entryId: entries[0], unitId: big }, { field: 'input.unitId', code: 'INVALID', message: '此人轮候的是开间，这套是两室户。请选一套开间。' }],
      [{ entryId: entries[0], unitId: '00000000-0000-4000-8000-000000000000' }, { field: 'input.unitId', code: 'NOT_FOUND', message: '找不到这套房源。' }],
    ];
    for (const [ids, error] of refusals) {
      const res = await p.coordinator.data(OFFER, { input: { ...ids, reason: '测试' } });
      expect(res.offerApartmentByHand, JSON.stringify(ids)).toEqual({ offer: null, errors: [error] });
    }
    expect((await p.coordinator.request(OFFER, { input: { entryId: '00000000-0000-4000-8000-000000000000', unitId: other, reason: '测试' } })).body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });

  it('asks for a reason, and refuses hostile text and malformed ids without writing anything', async () => {
    const free = (await app.sql<{ id: string }>(`select id from apartment_units where code = 'H-2'`))[0].id;
    const before = await snapshot();
    const field = async (reason: string) => (await p.coordinator.data(OFFER, { input: { entryId: entries[0], unitId: free, reason } })).offerApartmentByHand;
    expect(await field('   ')).toEqual({ offer: null, errors: [{ field: 'input.reason', code: 'REQUIRED', message: '请写明为什么手动配租（例如：情况紧急、经领导批准）。' }] });
    expect((await field('急'.repeat(501))).errors).toEqual([{ field: 'input.reason', code: 'TOO_LONG', message: '理由最多 500 个字，请精简。' }]);
    expect((await field('a'.repeat(100_000))).errors[0]).toMatchObject({ field: 'input.reason', code: 'TOO_LONG' });
    expect((await field('理由\u0000')).errors[0]).toMatchObject({ field: 'input.reason', code: 'INVALID' });
    for (const [entryId, unitId] of [['not-a-uuid', free], [entries[0], `${free}'; drop table apartment_offers; --`], ['', free]]) {
      const res = await p.coordinator.request(OFFER, { input: { entryId, unitId, reason: '测试' } });
      expect(res.body.errors![0].extensions!.code, `${entryId} ${unitId}`).toBe('BAD_USER_INPUT');
    }
    // Only coordinators and administrators make offers.
    for (const client of [p.talents[0], p.reviewer]) {
      expect((await client.request(OFFER, { input: { entryId: entries[0], unitId: free, reason: '测试' } })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('two coordinators at once: offering one person two units, or one unit to two people, only one wins', async () => {
    const free = (await app.sql<{ id: string }>(`select id from apartment_units where code = 'H-2'`))[0].id;
    const another = await addUnit(p, project, 'H-4', 'STUDIO', 1800, 30);
    const [a, b] = await Promise.all([
      p.coordinator.data(OFFER, { input: { entryId: entries[0], unitId: free, reason: '甲：急需' } }),
      colleague.data(OFFER, { input: { entryId: entries[0], unitId: another, reason: '乙：急需' } }),
    ]);
    const outcomes = [a.offerApartmentByHand, b.offerApartmentByHand];
    expect(outcomes.filter((o) => o.offer)).toHaveLength(1);
    expect(outcomes.find((o) => !o.offer)!.errors[0]).toMatchObject({ field: 'input.entryId', code: 'INVALID_STATE' });
    expect(await app.sql(`select id from apartment_offers where entry_id = ? and status = 'PENDING'`, [entries[0]])).toHaveLength(1);
    expect(await app.sql(`select id from audit_entries where action = 'APARTMENT_OFFER_BY_HAND'`)).toHaveLength(2);
    const left = outcomes[0].offer ? another : free;
    expect((await app.sql<{ status: string }>(`select status from apartment_units where id = ?`, [left]))[0].status).toBe('AVAILABLE');

    // The unit left free, offered to the third person by both coordinators at once.
    const [c, d] = await Promise.all([
      p.coordinator.data(OFFER, { input: { entryId: entries[2], unitId: left, reason: '甲' } }),
      colleague.data(OFFER, { input: { entryId: entries[2], unitId: left, reason: '乙' } }),
    ]);
    expect([c, d].filter((r) => r.offerApartmentByHand.offer)).toHaveLength(1);
    expect(await app.sql(`select id from apartment_offers where unit_id = ? and status = 'PENDING'`, [left])).toHaveLength(1);
    expect(await app.sql(`select id from audit_entries where action = 'APARTMENT_OFFER_BY_HAND'`)).toHaveLength(3);
  });

  it('refuses someone already housed', async () => {
    const offered = (await p.talents[1].data(MY_APARTMENT)).myApartment.offers[0];
    const accepted = await p.talents[1].data(`mutation($input: ApartmentOfferAnswerInput!) { acceptApartmentOffer(input: $input) { errors { code } } }`, { input: { offerId: offered.id } });
    expect(accepted.acceptApartmentOffer.errors).toEqual([]);
    const spare = await addUnit(p, project, 'H-5', 'STUDIO', 1800, 30);
    const res = await p.coordinator.data(OFFER, { input: { entryId: entries[1], unitId: spare, reason: '测试' } });
    expect(res.offerApartmentByHand.errors).toEqual([{ field: 'input.entryId', code: 'INVALID_STATE', message: '此人已签约入住，不在轮候中。' }]);
  });
});
