import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { makeTalents, publishedEvent, REGISTER_SELF, REGISTRATION_FIELDS } from './helpers.js';

// Issue 10 item 11: HR registering two staff for an event with capacity 3, 2 seats reserved for
// their enterprise and the release time past, got 系统出错了 (the open-seats trigger fired).

const A = ORG.enterprises[0]; // hr@yuepu.example
const B = ORG.enterprises[1]; // hr2@yuepu.example
const OTHER = ORG.enterprises[5];

const REGISTER_STAFF = `mutation($eventId: UUID!, $personIds: [UUID!]!) {
  registerStaffForAllianceEvent(eventId: $eventId, personIds: $personIds) {
    registrations { ${REGISTRATION_FIELDS} }
    waitlisted { id status waitlistPosition person { id } }
    errors { field code message }
  }
}`;

let app: TestApp;
let hrA: GraphQLClient;
let hrB: GraphQLClient;
beforeAll(async () => {
  app = await startTestApp();
  hrA = await app.client('hr');
  hrB = await app.client('hr2');
});
afterAll(async () => {
  await app.close();
});

interface Row { id: string; person_id: string; status: string; seat: string | null }
const rows = (eventId: string) => app.sql<Row>('select id, person_id, status, seat from alliance_event_registrations where event_id = ? order by queue_number', [eventId]);

/** Capacity 3, 2 seats kept for enterprise A; starts in 72 hours, reserved seats released 100 hours before: already past. */
const releasedEvent = () => publishedEvent(app, { capacity: 3, reservedSeatsReleaseHours: 100, quotas: [{ organisationId: A, seats: 2 }] });

async function registerStaff(hr: GraphQLClient, eventId: string, personIds: string[]) {
  const res = await hr.request(REGISTER_STAFF, { eventId, personIds });
  expect(res.status).toBe(200);
  expect(res.body.errors).toBeUndefined();
  return res.body.data.registerStaffForAllianceEvent;
}

describe('HR register staff after the reserved seats\' release time', () => {
  it('the reported case: two staff, capacity 3, 2 reserved for their enterprise, release past: both seated, no internal error', async () => {
    const eventId = await releasedEvent();
    const staff = await makeTalents(app, [A, A]);
    const payload = await registerStaff(hrA, eventId, staff.map((s) => s.id));
    expect(payload.errors).toEqual([]);
    expect(payload.registrations.map((r: any) => r.status)).toEqual(['REGISTERED', 'REGISTERED']);
    expect(payload.waitlisted).toEqual([]);
    // After the release only the total counts: the seats are open seats.
    expect((await rows(eventId)).map((r) => [r.status, r.seat])).toEqual([['REGISTERED', 'OPEN'], ['REGISTERED', 'OPEN']]);
    const [event] = await app.sql<{ released: boolean }>('select reserved_seats_released_at is not null as released from alliance_events where id = ?', [eventId]);
    expect(event.released).toBe(true);
  });

  it('more staff than seats: the ones beyond go on the waitlist, and the payload names them', async () => {
    const eventId = await releasedEvent();
    const staff = await makeTalents(app, [A, A, A, A, A]);
    const payload = await registerStaff(hrA, eventId, staff.map((s) => s.id));
    expect(payload.errors).toEqual([]);
    expect(payload.registrations.filter((r: any) => r.status === 'REGISTERED')).toHaveLength(3);
    expect(payload.waitlisted.map((r: any) => [r.person.id, r.status, r.waitlistPosition])).toEqual([
      [staff[3].id, 'WAITLISTED', 1],
      [staff[4].id, 'WAITLISTED', 2],
    ]);
    const db = await rows(eventId);
    expect(db.filter((r) => r.status === 'WAITLISTED').map((r) => r.person_id)).toEqual([staff[3].id, staff[4].id]);
  });

  it('an outsider already on the one open seat before the release: HR still seat two after it', async () => {
    const eventId = await publishedEvent(app, { capacity: 3, reservedSeatsReleaseHours: 24, quotas: [{ organisationId: A, seats: 2 }] });
    const [outsider] = await makeTalents(app, [OTHER]);
    const first = await outsider.client.data(REGISTER_SELF, { eventId });
    expect(first.registerForAllianceEvent.registration).toMatchObject({ status: 'REGISTERED', seat: 'OPEN' });
    // The release time passes (the sweeper has not run yet).
    await app.sql('update alliance_events set reserved_seats_release_hours = 100 where id = ?', [eventId]);
    const staff = await makeTalents(app, [A, A, A]);
    const payload = await registerStaff(hrA, eventId, staff.map((s) => s.id));
    expect(payload.errors).toEqual([]);
    expect(payload.registrations.map((r: any) => r.status)).toEqual(['REGISTERED', 'REGISTERED', 'WAITLISTED']);
    expect(payload.waitlisted.map((r: any) => r.person.id)).toEqual([staff[2].id]);
    expect((await rows(eventId)).filter((r) => r.status === 'REGISTERED')).toHaveLength(3);
  });

  it('before the release the same request uses the two reserved seats, and a third goes to the open seat', async () => {
    const eventId = await publishedEvent(app, { capacity: 3, reservedSeatsReleaseHours: 24, quotas: [{ organisationId: A, seats: 2 }] });
    const staff = await makeTalents(app, [A, A, A, A]);
    const payload = await registerStaff(hrA, eventId, staff.map((s) => s.id));
    expect(payload.registrations.map((r: any) => [r.status, r.seat])).toEqual([['REGISTERED', 'RESERVED'], ['REGISTERED', 'RESERVED'], ['REGISTERED', 'OPEN'], ['WAITLISTED', null]]);
    expect(payload.waitlisted.map((r: any) => r.person.id)).toEqual([staff[3].id]);
  });
});

describe('in parallel: two HR and a crowd sign up at once around the release', () => {
  it.each([
    ['after the release time', 100],
    ['before the release time', 24],
  ])('%s: exactly 3 seated, everyone else waitlisted, no internal error, every answer matching the database', async (_when, releaseHours) => {
    const eventId = await publishedEvent(app, { capacity: 3, reservedSeatsReleaseHours: releaseHours, quotas: [{ organisationId: A, seats: 2 }] });
    const staffA = await makeTalents(app, [A, A, A]);
    const staffB = await makeTalents(app, [B, B]);
    const crowd = await makeTalents(app, Array(15).fill(OTHER));
    const [a, b, ...selves] = await Promise.all([
      hrA.request(REGISTER_STAFF, { eventId, personIds: staffA.map((s) => s.id) }),
      hrB.request(REGISTER_STAFF, { eventId, personIds: staffB.map((s) => s.id) }),
      ...crowd.map((person) => person.client.request(REGISTER_SELF, { eventId })),
    ]);
    for (const res of [a, b, ...selves]) {
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
    }
    const hrPayloads = [a.body.data.registerStaffForAllianceEvent, b.body.data.registerStaffForAllianceEvent];
    for (const p of hrPayloads) expect(p.errors).toEqual([]);
    for (const s of selves) expect(s.body.data.registerForAllianceEvent.errors).toEqual([]);

    const db = await rows(eventId);
    expect(db).toHaveLength(20);
    expect(db.filter((r) => r.status === 'REGISTERED')).toHaveLength(3);
    const statusOf = new Map(db.map((r) => [r.id, r.status]));
    for (const p of hrPayloads) {
      for (const r of p.registrations) expect(statusOf.get(r.id)).toBe(r.status);
      expect(p.waitlisted.map((r: any) => r.id).sort()).toEqual(p.registrations.filter((r: any) => r.status === 'WAITLISTED').map((r: any) => r.id).sort());
    }
    if (releaseHours === 24) {
      // Before the release nobody else can take A's two kept seats.
      expect(db.filter((r) => r.status === 'REGISTERED' && r.seat === 'RESERVED')).toHaveLength(2);
      expect(db.filter((r) => r.status === 'REGISTERED' && staffA.some((s) => s.id === r.person_id)).length).toBeGreaterThanOrEqual(2);
    }
    expect(app.logs()).not.toMatch(/alliance_event_registrations_(open_seats|capacity|quota)/);
  });
});
