import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { M } from '../application/helpers.js';
import {
  ACCEPT, addUnit, approvedFlat, DECLINE, monthFromNow, MOVE_OUT, MY_APARTMENT, pendingOfferOf, people, testProject, WAITLIST, type People,
} from './helpers.js';

let app: TestApp;
let p: People;
let project: string;
const apps: { id: string; reference: string }[] = [];

beforeAll(async () => {
  app = await startTestApp();
  p = await people(app);
  project = await testProject(p);
});
afterAll(async () => {
  await app.close();
});

const positions = async () => Promise.all(p.talents.slice(0, 3).map(async (t) => (await t.data(MY_APARTMENT)).myApartment.waitlist[0]?.position ?? null));
const unitStatus = async (id: string) => (await app.sql<{ status: string }>('select status from apartment_units where id = ?', [id]))[0].status;

describe('applying for a flat through the application workflow', () => {
  it('needs a layout and a move-in month on submission, and refuses a layout that does not exist', async () => {
    const talent = p.talents[0];
    const bad = await talent.data(M.create, { input: { policyId: POLICY.talentApartment, answers: [{ key: 'layout', value: 'PENTHOUSE' }] } });
    expect(bad.createApplication.errors).toEqual([{ field: 'input.answers.layout', code: 'INVALID', message: '「希望的户型」应为：开间、一室户、两室户、三室户。' }]);
    const draft = (await talent.data(M.create, { input: { policyId: POLICY.talentApartment } })).createApplication.application;
    for (const documentId of p.wallets[0]) await talent.data(M.attach, { input: { applicationId: draft.id, documentId } });
    const submitted = await talent.data(M.submit, { input: { id: draft.id } });
    expect(submitted.submitApplication.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(['input.answers.layout:REQUIRED', 'input.answers.moveInMonth:REQUIRED']);
    expect((await app.sql<{ status: string }>('select status from applications where id = ?', [draft.id]))[0].status).toBe('DRAFT');
    await talent.data(M.withdraw, { input: { id: draft.id } });
  });
});

describe('the waitlist per layout, in approval order', () => {
  it('queues approved applicants in the order they were approved; each sees their place', async () => {
    for (const who of [0, 1, 2]) apps.push(await approvedFlat(p, who, { layout: 'ONE_BEDROOM' }));
    apps.push(await approvedFlat(p, 3, { layout: 'STUDIO' }));
    expect(await positions()).toEqual([1, 2, 3]);
    expect((await p.talents[3].data(MY_APARTMENT)).myApartment.waitlist[0]).toMatchObject({ layout: 'STUDIO', position: 1, status: 'WAITING' });

    const list = (await p.coordinator.data(WAITLIST, { layout: 'ONE_BEDROOM', first: 10 })).apartmentWaitlist;
    expect(list.totalCount).toBe(3);
    expect(list.edges.map((e: { node: { position: number; applicationReference: string; talent: { displayName: string } } }) => [e.node.position, e.node.applicationReference, e.node.talent.displayName]))
      .toEqual([[1, apps[0].reference, '王晓月'], [2, apps[1].reference, '刘博'], [3, apps[2].reference, '张雨桐']]);
    // The joining notice tells the place.
    const [note] = await app.sql<{ body_en: string }>(`select body_en from notifications where kind = 'apartment.waitlist.joined' and recipient_id = (select id from users where email = 'talent3@yuepu.example')`);
    expect(note.body_en).toBe('You are number 3 for one-bedroom units. We will tell you when a unit frees up.');
  });

  it('publishes how the list is ordered, with the rule data in force', async () => {
    const terms = (await (await app.client()).data(`{ apartmentTerms { maxSubsidyMonths offerResponseDays leaseTermMonths waitlistOrder tiers { category ratePercent monthlyCapYuan } ruleVersion { version effectiveFrom } } }`)).apartmentTerms;
    expect(terms).toMatchObject({ maxSubsidyMonths: 36, offerResponseDays: 7, leaseTermMonths: 12, ruleVersion: { version: 1, effectiveFrom: '2023-01-01' } });
    expect(terms.tiers).toEqual([{ category: 'STANDARD', ratePercent: 30, monthlyCapYuan: 1000 }, { category: 'OVERSEAS_EXCELLENT', ratePercent: 50, monthlyCapYuan: 2000 }]);
    expect(terms.waitlistOrder).toContain('先按申请获批的时间先后排序');
  });
});

describe('offers: to the first in line, with a deadline; declining or lapsing passes the unit on', () => {
  let u1: string;

  it('offers a freed unit to the first in line only, with the response deadline from the rules', async () => {
    u1 = await addUnit(p, project, 'T-101', 'ONE_BEDROOM');
    expect(await unitStatus(u1)).toBe('RESERVED');
    const offer = await pendingOfferOf(p.talents[0]);
    expect(offer).toMatchObject({ unit: { id: u1, code: 'T-101' } });
    const [row] = await app.sql<{ days: number }>(`select extract(epoch from respond_by - offered_at) / 86400 as days from apartment_offers where id = ?`, [offer!.id]);
    expect(Number(row.days)).toBe(7);
    expect(await pendingOfferOf(p.talents[1])).toBeNull();
    // Holding an offer keeps one's place until it is answered.
    expect(await positions()).toEqual([1, 2, 3]);
  });

  it('passes a declined unit to the next in line and sends the decliner to the back', async () => {
    const offer = (await pendingOfferOf(p.talents[0]))!;
    const res = await p.talents[0].data(DECLINE, { input: { offerId: offer.id, reason: '离单位太远' } });
    expect(res.declineApartmentOffer).toEqual({ offer: { id: offer.id, status: 'DECLINED' }, errors: [] });
    expect((await pendingOfferOf(p.talents[1]))!.unit.id).toBe(u1);
    expect(await positions()).toEqual([3, 1, 2]);
    const again = await p.talents[0].data(DECLINE, { input: { offerId: offer.id } });
    expect(again.declineApartmentOffer.errors[0]).toMatchObject({ field: 'input.offerId', code: 'INVALID_STATE' });
  });

  it('lets an unanswered offer lapse at its deadline and passes the unit on', async () => {
    const offer = (await pendingOfferOf(p.talents[1]))!;
    // Eight days ago: the deadline has passed.
    await app.sql(`update apartment_offers set offered_at = now() - interval '8 days', respond_by = now() - interval '1 day' where id = ?`, [offer.id]);
    const late = await p.talents[1].data(ACCEPT, { input: { offerId: offer.id } });
    expect(late.acceptApartmentOffer.errors[0]).toMatchObject({ field: 'input.offerId', code: 'INVALID_STATE' });
    expect(late.acceptApartmentOffer.errors[0].message).toContain('答复期限');
    expect((await p.coordinator.data(`mutation { passOnLapsedApartmentOffers }`)).passOnLapsedApartmentOffers).toBe(1);
    expect((await app.sql<{ status: string }>('select status from apartment_offers where id = ?', [offer.id]))[0].status).toBe('LAPSED');
    expect((await pendingOfferOf(p.talents[2]))!.unit.id).toBe(u1);
    expect(await positions()).toEqual([2, 3, 1]);
    expect((await app.sql(`select id from notifications where kind = 'apartment.offer.lapsed' and recipient_id = (select id from users where email = 'talent2@yuepu.example')`))).toHaveLength(1);
  });

  it('never offers a unit again to someone who declined it or let it lapse', async () => {
    const offer = (await pendingOfferOf(p.talents[2]))!;
    await p.talents[2].data(DECLINE, { input: { offerId: offer.id } });
    // Everyone in line has refused T-101: it waits for a newcomer.
    expect(await unitStatus(u1)).toBe('AVAILABLE');
    expect(await app.sql(`select id from apartment_offers where unit_id = ? and status = 'PENDING'`, [u1])).toEqual([]);
    // A new unit goes to the first in line again: talent 1 declined first, so is first now.
    await addUnit(p, project, 'T-102', 'ONE_BEDROOM', 2800, 52);
    expect((await pendingOfferOf(p.talents[0]))!.unit.code).toBe('T-102');
  });
});

describe('accepting: the lease, and the application moves to ALLOCATED through the workflow', () => {
  it('signs a whole-month lease from next month for the term in force, lets the unit and records the step', async () => {
    const offer = (await pendingOfferOf(p.talents[0]))!;
    const res = await p.talents[0].data(ACCEPT, { input: { offerId: offer.id } });
    expect(res.acceptApartmentOffer.errors).toEqual([]);
    const start = `${monthFromNow(1)}-01`;
    expect(res.acceptApartmentOffer.lease).toMatchObject({ startDate: start, monthlyRentYuan: 2800, status: 'ACTIVE' });
    expect(res.acceptApartmentOffer.lease.plannedEndDate.slice(0, 7)).toBe(monthFromNow(12));
    expect(await unitStatus(offer.unit.id)).toBe('OCCUPIED');

    const history = await app.sql<{ action: string; from_status: string; to_status: string; actor_id: string | null; data: { leaseId: string } }>(
      `select action, from_status, to_status, actor_id, data from application_events where application_id = ? order by at desc limit 1`, [apps[0].id]);
    expect(history[0]).toMatchObject({ action: 'ALLOCATE', from_status: 'APPROVED', to_status: 'ALLOCATED', actor_id: null, data: { leaseId: res.acceptApartmentOffer.lease.id } });
    const [application] = await app.sql<{ status: string; allocation_note: string; version: number }>('select status, allocation_note, version from applications where id = ?', [apps[0].id]);
    expect(application.status).toBe('ALLOCATED');
    expect(application.allocation_note).toContain('T-102');
    expect(await app.sql(`select id from notifications where kind = 'application.allocate' and recipient_id = (select id from users where email = 'talent@yuepu.example')`)).toHaveLength(1);

    const mine = (await p.talents[0].data(MY_APARTMENT)).myApartment;
    expect(mine.lease).toMatchObject({ startDate: start, subsidyRatePercent: 30, subsidyCapYuan: 1000, unit: { code: 'T-102' } });
    expect(mine.waitlist[0]).toMatchObject({ status: 'HOUSED', position: null });
    expect(mine.subsidy).toMatchObject({ maxMonths: 36, monthsUsed: 0, monthsPlanned: 12, monthsLeft: 36, paidYuan: 0 });
    expect(mine.subsidy.months[0]).toMatchObject({ month: monthFromNow(1), outcome: 'SUBSIDISED', subsidyYuan: 840, capped: false, ruleVersion: 1, settlement: null });
    // The others move up.
    expect(await positions()).toEqual([null, 1, 2]);
  });

  it('offers the unit on after a move-out', async () => {
    const leaseId = (await p.talents[0].data(MY_APARTMENT)).myApartment.lease.id;
    const moved = await p.coordinator.data(MOVE_OUT, { input: { leaseId, lastMonth: monthFromNow(0) } });
    expect(moved.recordApartmentMoveOut.lease).toMatchObject({ status: 'ENDED' });
    // T-101 has been free longer, but both still waiting refused it; T-102 goes to talent 2, first in line.
    expect((await pendingOfferOf(p.talents[1]))!.unit.code).toBe('T-102');
    expect(await pendingOfferOf(p.talents[2])).toBeNull();
  });
});

describe('roles: a wrong role is refused and nothing changes', () => {
  it('refuses inventory, waitlist, move-out and settlement to non-staff, and offers to anyone but their holder', async () => {
    const snapshot = () => app.sql(`select (select count(*) from apartment_units) as units, (select count(*) from apartment_offers) as offers,
      (select count(*) from apartment_leases) as leases, (select count(*) from apartment_settlement_batches) as batches,
      (select string_agg(status::text, ',' order by id) from apartment_units) as statuses, (select string_agg(status::text, ',' order by id) from apartment_offers) as offer_statuses`);
    const before = await snapshot();
    const hr = p.hrOf[0];
    const reviewer = p.reviewer;
    const talent = p.talents[3];
    const calls: [typeof hr, string, Record<string, unknown>][] = [
      [talent, `mutation($input: CreateApartmentUnitInput!) { createApartmentUnit(input: $input) { unit { id } } }`, { input: { projectId: project, code: 'X-1', layout: 'STUDIO', areaSqm: 30, monthlyRentYuan: 1800 } }],
      [reviewer, `mutation($input: SetApartmentUnitStatusInput!) { setApartmentUnitStatus(input: $input) { unit { id } } }`, { input: { id: (await app.sql<{ id: string }>('select id from apartment_units limit 1'))[0].id, status: 'AVAILABLE' } }],
      [hr, `mutation($input: ImportApartmentUnitsInput!) { importApartmentUnits(input: $input) { imported } }`, { input: { projectId: project, csv: 'code,layout,areaSqm,monthlyRentYuan\nX-2,STUDIO,30,1800' } }],
      [hr, WAITLIST, { layout: 'ONE_BEDROOM' }],
      [talent, `mutation { passOnLapsedApartmentOffers }`, {}],
      [p.talents[0], `mutation($input: CreateSettlementBatchInput!) { createSettlementBatch(input: $input) { batch { id } } }`, { input: { operatorId: '00000000-0000-4000-8000-000000007101', period: '2026-H1' } }],
      [p.coordinator, ACCEPT, { input: { offerId: '00000000-0000-4000-8000-00000000dead' } }],
    ];
    for (const [client, query, variables] of calls) {
      const res = await client.request(query, variables);
      expect(res.body.errors![0].extensions!.code, query).toBe('FORBIDDEN');
    }
    // Someone else's offer answers exactly like a missing one.
    const offer = await pendingOfferOf(p.talents[1]);
    const stranger = await talent.request(ACCEPT, { input: { offerId: offer!.id } });
    const missing = await talent.request(ACCEPT, { input: { offerId: '00000000-0000-4000-8000-00000000dead' } });
    expect(stranger.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(stranger.body.errors![0].message).toBe(missing.body.errors![0].message);
    // Payee accounts are for town staff.
    const pub = await (await app.client()).request(`{ apartmentProjects(first: 5) { edges { node { operator { nameZh payeeAccountNumber } } } } }`);
    expect(pub.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toEqual(before);
  });
});

describe('a reviewer recording an allocation by hand', () => {
  it('takes the application off the waitlist and passes its pending offer on', async () => {
    const offer = (await pendingOfferOf(p.talents[1]))!;
    const res = await p.reviewer.data(M.allocate, { input: { id: apps[1].id, allocationNote: '已在其他人才公寓安排住房' } });
    expect(res.recordAllocation.application.status).toBe('ALLOCATED');
    expect((await app.sql<{ status: string }>('select status from apartment_offers where id = ?', [offer.id]))[0].status).toBe('WITHDRAWN');
    expect((await app.sql<{ status: string }>('select status from apartment_waitlist where application_id = ?', [apps[1].id]))[0].status).toBe('LEFT');
    expect((await pendingOfferOf(p.talents[2]))!.unit.code).toBe('T-102');
  });
});
