import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationService } from '../../../api/src/modules/notification/notification.service.js';
import { RegistrationService } from '../../../api/src/modules/alliance/registration.service.js';
import { ALLIANCE, ORG, USER } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { CANCEL, CREATE_EVENT, eventInput, makeTalents, publishedEvent, REGISTER_SELF, REGISTER_STAFF } from './helpers.js';

const A = ORG.enterprises[0];
const C = ORG.enterprises[2];

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const statusOf = async (id: string) => (await app.sql<{ status: string; seat: string | null }>('select status, seat from alliance_event_registrations where id = ?', [id]))[0];

describe('quotas, the waitlist and promotion, one step at a time', () => {
  it('serves the waitlist in order, keeps reserved seats for their enterprise, and moves people up', async () => {
    const eventId = await publishedEvent(app, { capacity: 3, quotas: [{ organisationId: A, seats: 1 }] });
    const [c1, c2, c3, a1, a2, c4] = await makeTalents(app, [C, C, C, A, A, C]);
    const reg = async (who: typeof c1) => (await who.client.data(REGISTER_SELF, { eventId })).registerForAllianceEvent.registration;
    const r1 = await reg(c1);
    const r2 = await reg(c2);
    const r3 = await reg(c3);
    const r4 = await reg(a1);
    const r5 = await reg(a2);
    const r6 = await reg(c4);
    expect([r1, r2, r3, r4, r5, r6].map((r) => [r.status, r.seat, r.waitlistPosition])).toEqual([
      ['REGISTERED', 'OPEN', null], ['REGISTERED', 'OPEN', null], ['WAITLISTED', null, 1],
      ['REGISTERED', 'RESERVED', null], ['WAITLISTED', null, 2], ['WAITLISTED', null, 3],
    ]);

    // An open seat frees up: the first in line (c3) takes it.
    await c1.client.data(CANCEL, { id: r1.id });
    expect(await statusOf(r3.id)).toEqual({ status: 'REGISTERED', seat: 'OPEN' });

    // A's reserved seat frees up: c4 cannot use it, so a2 (behind nobody else from A) gets it.
    await a1.client.data(CANCEL, { id: r4.id });
    expect(await statusOf(r5.id)).toEqual({ status: 'REGISTERED', seat: 'RESERVED' });
    expect(await statusOf(r6.id)).toEqual({ status: 'WAITLISTED', seat: null });
    const kinds = await app.sql<{ recipient_id: string; kind: string }>(`select recipient_id, kind from notifications where kind like 'alliance.registration.%' and recipient_id in (?, ?)`, [c3.id, a2.id]);
    expect(kinds.map((k) => k.kind).sort()).toEqual(['alliance.registration.promoted', 'alliance.registration.promoted']);

    // Signing up twice is refused; cancelling and coming back puts you at the end of the line.
    const again = await c4.client.data(REGISTER_SELF, { eventId });
    expect(again.registerForAllianceEvent.errors).toMatchObject([{ field: 'eventId', code: 'DUPLICATE' }]);
    await c1.client.data(REGISTER_SELF, { eventId });
    const line = await app.sql<{ person_id: string }>(`select person_id from alliance_event_registrations where event_id = ? and status = 'WAITLISTED' order by queue_number`, [eventId]);
    expect(line.map((l) => l.person_id)).toEqual([c4.id, c1.id]);
  });

  it('releases unused reserved seats to the waitlist at the set time', async () => {
    const eventId = await publishedEvent(app, { capacity: 2, quotas: [{ organisationId: A, seats: 1 }], reservedSeatsReleaseHours: 24 });
    const [c1, c2] = await makeTalents(app, [C, C]);
    await c1.client.data(REGISTER_SELF, { eventId });
    const waiting = (await c2.client.data(REGISTER_SELF, { eventId })).registerForAllianceEvent.registration;
    expect(waiting.status).toBe('WAITLISTED');

    const em = app.orm.em.fork();
    const sweeper = new RegistrationService(em, new NotificationService(em));
    expect(await sweeper.releaseDueReservedSeats()).not.toContain(eventId); // 72 h away, released 24 h before
    // Move the release time into the past, as the clock would.
    await app.sql('update alliance_events set reserved_seats_release_hours = 100 where id = ?', [eventId]);
    expect(await sweeper.releaseDueReservedSeats()).toContain(eventId);
    expect(await statusOf(waiting.id)).toEqual({ status: 'REGISTERED', seat: 'OPEN' });
    const ev = await app.sql<{ reserved_seats_released_at: Date | null }>('select reserved_seats_released_at from alliance_events where id = ?', [eventId]);
    expect(ev[0].reserved_seats_released_at).not.toBeNull();
  });

  it('lets HR sign up two of their staff in one go, and refuses a closed or draft event', async () => {
    const eventId = await publishedEvent(app, { capacity: 5 });
    const hr = await app.client('hr');
    const res = await hr.data(REGISTER_STAFF, { eventId, personIds: [USER.talent, USER.talents[0]] });
    expect(res.registerStaffForAllianceEvent.errors).toEqual([]);
    expect(res.registerStaffForAllianceEvent.registrations.map((r: any) => [r.status, r.organisation.id])).toEqual([['REGISTERED', A], ['REGISTERED', A]]);
    expect(res.registerStaffForAllianceEvent.registrations[0].checkInCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const closed = await publishedEvent(app, { registrationOpensAt: new Date(Date.now() + 3600_000).toISOString() });
    const early = await hr.data(REGISTER_STAFF, { eventId: closed, personIds: [USER.talent] });
    expect(early.registerStaffForAllianceEvent.errors).toMatchObject([{ field: 'eventId', code: 'INVALID_STATE' }]);
    const draft = await (await app.client('coordinator')).data(CREATE_EVENT, { input: eventInput() });
    const hidden = await hr.request(REGISTER_STAFF, { eventId: draft.createAllianceEvent.event.id, personIds: [USER.talent] });
    expect(hidden.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await app.sql('select id from alliance_event_registrations where event_id in (?, ?)', [closed, draft.createAllianceEvent.event.id])).toEqual([]);
  });
});

describe('access', () => {
  it('refuses the wrong roles and changes nothing', async () => {
    const before = await app.sql('select count(*)::int as n from alliance_events');
    for (const role of ['talent', 'hr', 'reviewer', 'bank'] as const) {
      const res = await (await app.client(role, 'en')).request(CREATE_EVENT, { input: eventInput() });
      expect(res.body.errors![0]).toMatchObject({ message: 'You do not have permission to do this.', extensions: { code: 'FORBIDDEN' } });
    }
    expect(await app.sql('select count(*)::int as n from alliance_events')).toEqual(before);

    const checkIn = `mutation { checkInAllianceRegistration(eventId: "${ALLIANCE.events[0]}", code: "ABCD-EFGH") { errors { code } } }`;
    expect((await (await app.client('hr')).request(checkIn)).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const staff = await (await app.client('talent')).request(REGISTER_STAFF, { eventId: ALLIANCE.events[0], personIds: [USER.talent] });
    expect(staff.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const anonymous = await (await app.client()).request(REGISTER_SELF, { eventId: ALLIANCE.events[0] });
    expect(anonymous.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(await app.sql(`select id from alliance_event_registrations where checked_in_at is not null and event_id = ?`, [ALLIANCE.events[0]])).toEqual([]);
  });

  it('answers another enterprise\'s HR about your staff exactly as if they did not exist', async () => {
    const eventId = await publishedEvent(app, { capacity: 10 });
    const hr2 = await app.client('hr2');
    const theirs = await hr2.request(REGISTER_STAFF, { eventId, personIds: [USER.talent] });
    const nobody = await hr2.request(REGISTER_STAFF, { eventId, personIds: ['00000000-0000-4000-8000-0000000fffff'] });
    expect(theirs.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(theirs.body.errors![0].message).toBe(nobody.body.errors![0].message);
    expect(await app.sql('select id from alliance_event_registrations where event_id = ?', [eventId])).toEqual([]);

    // The seeded registration of hr's staff member for event 1.
    const ownReg = ALLIANCE.registrations[1];
    const one = `query($id: UUID!) { allianceRegistration(id: $id) { id checkInCode } }`;
    const seen = await hr2.request(one, { id: ownReg });
    const missing = await hr2.request(one, { id: '00000000-0000-4000-8000-0000000eeeee' });
    expect(seen.body.errors![0]).toMatchObject({ message: missing.body.errors![0].message, extensions: { code: 'NOT_FOUND' } });
    expect((await (await app.client('hr')).data(one, { id: ownReg })).allianceRegistration.id).toBe(ownReg);

    const list = `query($id: UUID!) { allianceEvent(id: $id) { registeredCount registrations(first: 50) { totalCount edges { node { organisation { id } } } } } }`;
    const hr2List = (await hr2.data(list, { id: ALLIANCE.events[0] })).allianceEvent;
    expect(hr2List.registeredCount).toBe(3);
    expect(hr2List.registrations.edges.map((e: any) => e.node.organisation.id)).toEqual([ORG.enterprises[1]]);
    const record = await hr2.request(`query($u: UUID) { learningRecord(userId: $u) { attended { id } } }`, { u: USER.talent });
    expect(record.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    const cancel = await hr2.request(CANCEL, { id: ownReg });
    expect(cancel.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await statusOf(ownReg)).status).toBe('REGISTERED');
  });
});

describe('event list', () => {
  const LIST = `query($first: Int) { allianceEvents(first: $first) { totalCount edges { node {
    id title status registeredCount waitlistCount attendedCount seatsLeft registrationOpen
    hostOrganisation { nameZh } quotas { seats used organisation { nameZh } }
    viewerRegistration { status waitlistPosition } feedbackSummary { count average } } } } }`;

  it('costs the same number of SQL statements for 1 event as for 50', async () => {
    for (let i = 0; i < 3; i++) await publishedEvent(app, { capacity: 4, quotas: [{ organisationId: A, seats: 1 }] });
    for (const role of ['talent', 'coordinator'] as const) {
      const client = await app.client(role);
      const one = await client.request(LIST, { first: 1 });
      const many = await client.request(LIST, { first: 50 });
      expect(many.body.errors).toBeUndefined();
      expect(many.body.data.allianceEvents.edges.length).toBeGreaterThan(8);
      expect(many.sqlCount).toBe(one.sqlCount);
      console.log(`allianceEvents as ${role}: ${one.sqlCount} SQL statements for 1 event, ${many.sqlCount} for ${many.body.data.allianceEvents.edges.length}`);
    }
  });

  it('reads the counts with the page: each event\'s counts as the event itself tells them, and no statement more than the page without them', async () => {
    // An event with seated, waitlisted, checked-in, cancelled and rated registrations.
    const eventId = await publishedEvent(app, { capacity: 2, quotas: [{ organisationId: A, seats: 1 }] });
    const people = await makeTalents(app, [A, C, C, C, C]);
    for (const person of people) await person.client.data(REGISTER_SELF, { eventId });
    await app.sql(`update alliance_event_registrations set checked_in_at = now(), feedback_rating = 4 where event_id = ? and status = 'REGISTERED' and person_id = ?`, [eventId, people[0].id]);
    await app.sql(`update alliance_event_registrations set feedback_rating = 5 where event_id = ? and person_id = ?`, [eventId, people[4].id]);
    await app.sql(`update alliance_event_registrations set status = 'CANCELLED', seat = null where event_id = ? and person_id = ?`, [eventId, people[3].id]);
    const COUNTS = 'registeredCount waitlistCount attendedCount seatsLeft feedbackSummary { count average }';
    for (const role of ['talent', 'coordinator'] as const) {
      const client = await app.client(role);
      const page = (await client.data(`{ allianceEvents(first: 100) { edges { node { id ${COUNTS} } } } }`)).allianceEvents.edges.map((e: any) => e.node);
      expect(page.length).toBeGreaterThan(8);
      for (const node of page) {
        const own = (await client.data(`query($id: UUID!) { allianceEvent(id: $id) { id ${COUNTS} } }`, { id: node.id })).allianceEvent;
        expect(node).toEqual(own);
      }
      expect(page.find((n: any) => n.id === eventId)).toMatchObject({ registeredCount: 2, waitlistCount: 2, attendedCount: 1, feedbackSummary: { count: 2, average: 4.5 } });
      const bare = await client.request('{ allianceEvents(first: 50) { edges { node { id title } } } }');
      const counted = await client.request('{ allianceEvents(first: 50) { edges { node { id title registeredCount waitlistCount } } } }');
      expect(counted.body.errors).toBeUndefined();
      expect(counted.sqlCount).toBe(bare.sqlCount);
    }
  });

  it('hides drafts from everyone but coordinators', async () => {
    const ids = (body: any) => body.allianceEvents.edges.map((e: any) => e.node.id);
    expect(ids(await (await app.client('talent')).data(LIST, { first: 100 }))).not.toContain(ALLIANCE.events[6]);
    expect(ids(await (await app.client('coordinator')).data(LIST, { first: 100 }))).toContain(ALLIANCE.events[6]);
  });
});
