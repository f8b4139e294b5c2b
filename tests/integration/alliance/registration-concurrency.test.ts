import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG } from '../../../seeds/ids.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { CANCEL, makeTalents, publishedEvent, REGISTER_SELF, type TestTalent } from './helpers.js';

const A = ORG.enterprises[0];
const B = ORG.enterprises[1];
const OTHERS = ORG.enterprises.slice(2);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

interface Row { id: string; person_id: string; organisation_id: string | null; status: string; seat: string | null; queue_number: number }

describe('50 people sign up at once for 20 seats, 4 kept for enterprise A and 4 for B', () => {
  let eventId: string;
  let people: TestTalent[];
  let answers: { person: TestTalent; registration: any; errors: any[] }[];
  let peakInFlight = 0;
  let elapsedMs = 0;

  beforeAll(async () => {
    eventId = await publishedEvent(app, { capacity: 20, quotas: [{ organisationId: A, seats: 4 }, { organisationId: B, seats: 4 }] });
    // 10 from A, 10 from B, 30 from the other ten enterprises, shuffled.
    const employers = [...Array(10).fill(A), ...Array(10).fill(B), ...Array.from({ length: 30 }, (_, i) => OTHERS[i % OTHERS.length])];
    employers.sort(() => Math.random() - 0.5);
    people = await makeTalents(app, employers);

    let inFlight = 0;
    const started = performance.now();
    answers = await Promise.all(people.map(async (person) => {
      inFlight++;
      peakInFlight = Math.max(peakInFlight, inFlight);
      const res = await person.client.request(REGISTER_SELF, { eventId });
      inFlight--;
      if (res.status !== 200 || res.body.errors) throw new Error(JSON.stringify(res.body));
      return { person, registration: res.body.data.registerForAllianceEvent.registration, errors: res.body.data.registerForAllianceEvent.errors };
    }));
    elapsedMs = performance.now() - started;
    console.log(`parallel sign-up: 50 requests, peak ${peakInFlight} in flight, ${elapsedMs.toFixed(0)} ms in all`);
  });

  const rows = () => app.sql<Row>('select id, person_id, organisation_id, status, seat, queue_number from alliance_event_registrations where event_id = ? order by queue_number', [eventId]);

  it('really ran the requests side by side', () => {
    expect(peakInFlight).toBe(50);
  });

  it('seats exactly 20 and waitlists 30, every answer agreeing with the database', async () => {
    expect(answers.every((a) => a.errors.length === 0)).toBe(true);
    expect(answers.filter((a) => a.registration.status === 'REGISTERED')).toHaveLength(20);
    expect(answers.filter((a) => a.registration.status === 'WAITLISTED')).toHaveLength(30);
    const all = await rows();
    expect(all).toHaveLength(50);
    expect(all.filter((r) => r.status === 'REGISTERED')).toHaveLength(20);
    for (const a of answers) expect(all.find((r) => r.id === a.registration.id)!.status).toBe(a.registration.status);
    // One queue number each, no gaps: the lock served them one at a time.
    expect(all.map((r) => r.queue_number)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('keeps each enterprise\'s reserved seats for it, and nobody else got more than the open seats', async () => {
    const seated = (await rows()).filter((r) => r.status === 'REGISTERED');
    expect(seated.filter((r) => r.seat === 'RESERVED' && r.organisation_id === A)).toHaveLength(4);
    expect(seated.filter((r) => r.seat === 'RESERVED' && r.organisation_id === B)).toHaveLength(4);
    expect(seated.filter((r) => r.seat === 'RESERVED' && r.organisation_id !== A && r.organisation_id !== B)).toHaveLength(0);
    expect(seated.filter((r) => r.seat === 'OPEN')).toHaveLength(12);
    expect(seated.filter((r) => r.organisation_id !== A && r.organisation_id !== B).length).toBeLessThanOrEqual(12);
  });

  it('waitlists in order of arrival: nobody was waitlisted while a seat they could take was free', async () => {
    const all = await rows();
    for (const waiting of all.filter((r) => r.status === 'WAITLISTED')) {
      const before = all.filter((r) => r.status === 'REGISTERED' && r.queue_number < waiting.queue_number);
      expect(before.filter((r) => r.seat === 'OPEN')).toHaveLength(12);
      if (waiting.organisation_id === A || waiting.organisation_id === B) {
        expect(before.filter((r) => r.seat === 'RESERVED' && r.organisation_id === waiting.organisation_id)).toHaveLength(4);
      }
    }
    const positions = answers.filter((a) => a.registration.status === 'WAITLISTED').map((a) => a.registration.waitlistPosition).sort((x, y) => x - y);
    expect(positions).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const waitingInQueueOrder = all.filter((r) => r.status === 'WAITLISTED').map((r) => r.id);
    for (const a of answers.filter((x) => x.registration.status === 'WAITLISTED')) {
      expect(waitingInQueueOrder.indexOf(a.registration.id) + 1).toBe(a.registration.waitlistPosition);
    }
  });

  it('gives a cancelled open seat to the first on the waitlist and tells them', async () => {
    const all = await rows();
    const leaving = all.find((r) => r.status === 'REGISTERED' && r.seat === 'OPEN')!;
    const first = all.find((r) => r.status === 'WAITLISTED')!;
    const second = all.filter((r) => r.status === 'WAITLISTED')[1];
    const leaver = people.find((p) => p.id === leaving.person_id)!;
    const res = await leaver.client.data(CANCEL, { id: leaving.id });
    expect(res.cancelAllianceRegistration).toMatchObject({ registration: { status: 'CANCELLED' }, errors: [] });

    const after = await rows();
    expect(after.find((r) => r.id === first.id)).toMatchObject({ status: 'REGISTERED', seat: 'OPEN' });
    expect(after.filter((r) => r.status === 'REGISTERED')).toHaveLength(20);
    expect(after.filter((r) => r.status === 'WAITLISTED')).toHaveLength(29);
    const promoted = people.find((p) => p.id === first.person_id)!;
    const inbox = await promoted.client.data(`{ unreadNotificationCount notifications(first: 5) { edges { node { kind title link read } } } }`);
    expect(inbox.unreadNotificationCount).toBe(1);
    expect(inbox.notifications.edges[0].node).toMatchObject({ kind: 'alliance.registration.promoted', link: `/alliance/events/${eventId}`, read: false });
    // The one behind moves up to first place.
    const next = people.find((p) => p.id === second.person_id)!;
    const mine = await next.client.data(`query($id: UUID!) { allianceEvent(id: $id) { viewerRegistration { status waitlistPosition } } }`, { id: eventId });
    expect(mine.allianceEvent.viewerRegistration).toEqual({ status: 'WAITLISTED', waitlistPosition: 1 });
  });

  it('the database itself refuses a row past the capacity, even when the service is bypassed', async () => {
    const waiting = (await rows()).find((r) => r.status === 'WAITLISTED')!;
    await expect(app.sql(`update alliance_event_registrations set status = 'REGISTERED', seat = 'OPEN' where id = ?`, [waiting.id])).rejects.toThrow(/capacity|open seats/);
    expect((await rows()).filter((r) => r.status === 'REGISTERED')).toHaveLength(20);
  });
});
