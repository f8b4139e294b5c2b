import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLIANCE, ORG, USER } from '../../../seeds/ids.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../helpers/test-app.js';
import { CANCEL, eventInput, makeTalents, publishedEvent, REGISTER_SELF, REGISTER_STAFF } from './helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const CHECK_IN = `mutation($eventId: UUID!, $code: String!) { checkInAllianceRegistration(eventId: $eventId, code: $code) {
  registration { id checkedInAt person { id } } errors { field code message } } }`;
const ATTENDANCE = `query($id: UUID!) { allianceEvent(id: $id) { registeredCount attendedCount attendanceByEnterprise { organisation { id } registered attended } } }`;

async function fetchText(client: GraphQLClient | null, path: string): Promise<Response> {
  return fetch(`${app.url}${path}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });
}

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('check-in and attendance', () => {
  it('checks someone in once by the code from their registration, and counts attendance per enterprise', async () => {
    const eventId = await publishedEvent(app, { capacity: 5 }, 2);
    const hr = await app.client('hr');
    const regs = (await hr.data(REGISTER_STAFF, { eventId, personIds: [USER.talent, USER.talents[0]] })).registerStaffForAllianceEvent.registrations;
    const mine = await (await app.client('talent')).data(`query($id: UUID!) { allianceEvent(id: $id) { viewerRegistration { checkInCode checkInQr } } }`, { id: eventId });
    expect(mine.allianceEvent.viewerRegistration.checkInCode).toBe(regs[0].checkInCode);
    expect(mine.allianceEvent.viewerRegistration.checkInQr).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(mine.allianceEvent.viewerRegistration.checkInQr.split(',')[1], 'base64').toString()).toContain('<svg');

    const coordinator = await app.client('coordinator');
    // Typed sloppily: lower case, a space instead of the dash.
    const code = regs[0].checkInCode.toLowerCase().replace('-', ' ');
    const first = await coordinator.data(CHECK_IN, { eventId, code });
    expect(first.checkInAllianceRegistration.errors).toEqual([]);
    expect(first.checkInAllianceRegistration.registration.person.id).toBe(USER.talent);
    const twice = await coordinator.data(CHECK_IN, { eventId, code: regs[0].checkInCode });
    expect(twice.checkInAllianceRegistration.errors).toMatchObject([{ field: 'code', code: 'DUPLICATE' }]);
    const wrong = await coordinator.data(CHECK_IN, { eventId, code: 'ZZZZ-ZZZZ' });
    expect(wrong.checkInAllianceRegistration.errors).toMatchObject([{ field: 'code', code: 'NOT_FOUND' }]);
    expect(await app.sql(`select count(*)::int as n from alliance_event_registrations where event_id = ? and checked_in_at is not null`, [eventId])).toEqual([{ n: 1 }]);

    const report = (await coordinator.data(ATTENDANCE, { id: eventId })).allianceEvent;
    expect(report).toMatchObject({ registeredCount: 2, attendedCount: 1, attendanceByEnterprise: [{ organisation: { id: ORG.enterprises[0] }, registered: 2, attended: 1 }] });
    // Another enterprise's HR sees the totals but not the breakdown of someone else's staff.
    expect((await (await app.client('hr2')).data(ATTENDANCE, { id: eventId })).allianceEvent.attendanceByEnterprise).toEqual([]);
  });

  it('takes feedback from attendees once, 1 to 5', async () => {
    const talent = await app.client('talent');
    const give = `mutation($id: UUID!, $rating: Int!) { submitAllianceEventFeedback(registrationId: $id, rating: $rating, comment: "很好") { registration { feedbackRating } errors { field code } } }`;
    // Seeded: the talent attended the completed training (registration 4) and has not rated it... registration 3 is rated already.
    const rated = await talent.data(give, { id: ALLIANCE.registrations[3], rating: 4 });
    expect(rated.submitAllianceEventFeedback.errors).toMatchObject([{ code: 'DUPLICATE' }]);
    const t2 = await app.client();
    await t2.signIn('talent3@yuepu.example');
    const bad = await t2.data(give, { id: ALLIANCE.registrations[5], rating: 6 });
    expect(bad.submitAllianceEventFeedback.errors).toMatchObject([{ field: 'rating', code: 'OUT_OF_RANGE' }]);
    const ok = await t2.data(give, { id: ALLIANCE.registrations[5], rating: 3 });
    expect(ok.submitAllianceEventFeedback).toEqual({ registration: { feedbackRating: 3 }, errors: [] });
    // Not yours: as if it did not exist.
    const other = await talent.request(give, { id: ALLIANCE.registrations[5], rating: 1 });
    expect(other.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    const summary = await talent.data(`query($id: UUID!) { allianceEvent(id: $id) { feedbackSummary { count average } } }`, { id: ALLIANCE.events[4] });
    expect(summary.allianceEvent.feedbackSummary).toEqual({ count: 3, average: 4 });
  });
});

describe('editing and cancelling notify people', () => {
  it('tells registrants of a change, and everyone (with their HR) of a cancellation', async () => {
    const eventId = await publishedEvent(app, { capacity: 1 });
    const [seated, waiting] = await makeTalents(app, [ORG.enterprises[2], ORG.enterprises[3]]);
    await seated.client.data(REGISTER_SELF, { eventId });
    await waiting.client.data(REGISTER_SELF, { eventId });
    const coordinator = await app.client('coordinator');
    const update = `mutation($id: UUID!, $input: AllianceEventInput!) { updateAllianceEvent(id: $id, input: $input) { event { capacity registeredCount waitlistCount } errors { field code } } }`;
    const tooSmall = await coordinator.data(update, { id: eventId, input: eventInput({ capacity: 1, titleZh: '改期' }) });
    expect(tooSmall.updateAllianceEvent.errors).toEqual([]);
    const bigger = await coordinator.data(update, { id: eventId, input: eventInput({ capacity: 2 }) });
    expect(bigger.updateAllianceEvent.event).toEqual({ capacity: 2, registeredCount: 2, waitlistCount: 0 });

    const kinds = async (who: typeof seated) => (await who.client.data(`{ notifications(first: 10) { edges { node { kind } } } }`)).notifications.edges.map((e: any) => e.node.kind);
    expect(await kinds(seated)).toEqual(['alliance.event.updated', 'alliance.event.updated']);
    expect((await kinds(waiting)).sort()).toEqual(['alliance.event.updated', 'alliance.event.updated', 'alliance.registration.promoted'].sort());

    const shrink = await coordinator.data(update, { id: eventId, input: eventInput({ capacity: 1 }) });
    expect(shrink.updateAllianceEvent.errors).toMatchObject([{ field: 'input.capacity', code: 'OUT_OF_RANGE' }]);

    const hrEvent = await publishedEvent(app, { capacity: 3 });
    await (await app.client('hr')).data(REGISTER_STAFF, { eventId: hrEvent, personIds: [USER.talents[0]] });
    const cancel = `mutation($id: UUID!) { cancelAllianceEvent(id: $id, reason: "场地检修") { event { status } errors { code } } }`;
    expect((await coordinator.data(cancel, { id: hrEvent })).cancelAllianceEvent).toEqual({ event: { status: 'CANCELLED' }, errors: [] });
    const told = await app.sql<{ recipient_id: string }>(`select recipient_id from notifications where kind = 'alliance.event.cancelled' and link = ? order by recipient_id`, [`/alliance/events/${hrEvent}`]);
    expect(told.map((t) => t.recipient_id).sort()).toEqual([USER.hr, USER.talents[0]].sort());
    const late = await (await app.client('hr')).data(REGISTER_STAFF, { eventId: hrEvent, personIds: [USER.talent] });
    expect(late.registerStaffForAllianceEvent.errors).toMatchObject([{ code: 'INVALID_STATE' }]);
  });
});

describe('notifications', () => {
  it('lists only one\'s own, newest first, and marks them read', async () => {
    const [person] = await makeTalents(app, [null]);
    const eventId = await publishedEvent(app, { capacity: 1 });
    const [holder] = await makeTalents(app, [null]);
    await holder.client.data(REGISTER_SELF, { eventId });
    const waiting = (await person.client.data(REGISTER_SELF, { eventId })).registerForAllianceEvent.registration;
    expect(waiting.status).toBe('WAITLISTED');
    const holderReg = (await holder.client.data(`query($id: UUID!) { allianceEvent(id: $id) { viewerRegistration { id } } }`, { id: eventId })).allianceEvent.viewerRegistration.id;
    await holder.client.data(CANCEL, { id: holderReg });

    const inbox = await person.client.data(`{ unreadNotificationCount notifications(first: 10, unreadOnly: true) { totalCount edges { node { id title body read } } } }`);
    expect(inbox.unreadNotificationCount).toBe(1);
    expect(inbox.notifications.edges[0].node.title).toContain('候补成功');
    const id = inbox.notifications.edges[0].node.id;
    // Someone else cannot mark it read: their call changes nothing.
    expect((await holder.client.data(`mutation($ids: [UUID!]) { markNotificationsRead(ids: $ids) { markedCount } }`, { ids: [id] })).markNotificationsRead.markedCount).toBe(0);
    const marked = await person.client.data(`mutation($ids: [UUID!]) { markNotificationsRead(ids: $ids) { markedCount unreadCount errors { code } } }`, { ids: [id] });
    expect(marked.markNotificationsRead).toEqual({ markedCount: 1, unreadCount: 0, errors: [] });
    const en = await person.client.request(`{ notifications(first: 1) { edges { node { title read } } } }`, {}, { 'accept-language': 'en' });
    expect(en.body.data.notifications.edges[0].node).toMatchObject({ read: true });
    expect(en.body.data.notifications.edges[0].node.title).toMatch(/^You have a seat/);
    expect((await (await app.client()).request(`{ unreadNotificationCount }`)).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('calendars', () => {
  it('serves an .ics per event that a calendar parser reads, in Shanghai time', async () => {
    const res = await fetchText(null, `/calendar/events/${ALLIANCE.events[0]}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const [event] = parseCalendar(await res.text());
    expect(event.summary).toContain('理论宣讲进企业');
    expect(event.startDate.zone.tzid).toBe('Asia/Shanghai');
    const row = await app.sql<{ starts_at: Date }>('select starts_at from alliance_events where id = ?', [ALLIANCE.events[0]]);
    expect(event.startDate.toJSDate().getTime()).toBe(new Date(row[0].starts_at).getTime());
    expect(event.startDate.hour).toBe(14);
    // A draft is not there for the public.
    expect((await fetchText(null, `/calendar/events/${ALLIANCE.events[6]}.ics`)).status).toBe(404);
  });

  it('serves the public feed of published events', async () => {
    const events = parseCalendar(await (await fetchText(null, '/calendar/alliance.ics')).text());
    const uids = events.map((e) => e.uid);
    expect(uids).toContain(`alliance-event-${ALLIANCE.events[0]}@yuepu-hub`);
    expect(uids).not.toContain(`alliance-event-${ALLIANCE.events[6]}@yuepu-hub`);
  });

  it('gives each person a private feed of their events that they can revoke', async () => {
    const talent = await app.client('talent');
    expect((await talent.data(`{ calendarFeed { active } }`)).calendarFeed.active).toBe(false);
    const path = (await talent.data(`mutation { resetCalendarFeed { path errors { code } } }`)).resetCalendarFeed.path;
    expect(path).toMatch(/^\/calendar\/feeds\/[\w-]+\.ics$/);
    const feed = await fetchText(null, path);
    expect(feed.status).toBe(200);
    const events = parseCalendar(await feed.text());
    expect(events.map((e) => e.uid)).toContain(`alliance-event-${ALLIANCE.events[0]}@yuepu-hub`);
    expect(events.every((e) => e.startDate.zone.tzid === 'Asia/Shanghai')).toBe(true);

    // A new address replaces the old one; revoking stops both.
    const newer = (await talent.data(`mutation { resetCalendarFeed { path } }`)).resetCalendarFeed.path;
    expect((await fetchText(null, path)).status).toBe(404);
    expect((await fetchText(null, newer)).status).toBe(200);
    await talent.data(`mutation { revokeCalendarFeed { path errors { code } } }`);
    expect((await fetchText(null, newer)).status).toBe(404);
    expect((await talent.data(`{ calendarFeed { active } }`)).calendarFeed.active).toBe(false);
  });
});

describe('cadre exchange', () => {
  it('HR nominate their staff, the coordinator selects within the places, and completion is recorded', async () => {
    const coordinator = await app.client('coordinator');
    const created = await coordinator.data(`mutation { createCadreCohort(input: { year: 2026, themeZh: "复合型后备力量", themeEn: "Reserve cadres", places: 1, startsOn: "2026-03-01", endsOn: "2027-06-30" }) { cohort { id places partner { id } } errors { field code } } }`);
    const cohortId = created.createCadreCohort.cohort.id;
    expect(created.createCadreCohort.cohort.partner.id).toBe(ORG.shuMaterials);

    const nominate = `mutation($input: NominateCadreInput!) { nominateCadreCandidate(input: $input) { nomination { id status } errors { field code } } }`;
    const n1 = (await (await app.client('hr')).data(nominate, { input: { cohortId, personId: USER.talent, reason: '骨干' } })).nominateCadreCandidate.nomination;
    const n2 = (await (await app.client('hr2')).data(nominate, { input: { cohortId, personId: USER.talents[1] } })).nominateCadreCandidate.nomination;
    const notMine = await (await app.client('hr2')).request(nominate, { input: { cohortId, personId: USER.talents[0] } });
    expect(notMine.body.errors![0].extensions!.code).toBe('NOT_FOUND');

    const decide = `mutation($id: UUID!, $selected: Boolean!) { decideCadreNomination(id: $id, selected: $selected) { nomination { status } errors { code } } }`;
    expect((await coordinator.data(decide, { id: n1.id, selected: true })).decideCadreNomination.nomination.status).toBe('SELECTED');
    expect((await coordinator.data(decide, { id: n2.id, selected: true })).decideCadreNomination.errors).toMatchObject([{ code: 'OUT_OF_RANGE' }]);

    // A session is an event of the cohort: only the selected may register.
    const session = await publishedEvent(app, { cohortId, capacity: 5 });
    const talent3 = await app.client();
    await talent3.signIn('talent3@yuepu.example');
    expect((await talent3.data(REGISTER_SELF, { eventId: session })).registerForAllianceEvent.errors).toMatchObject([{ code: 'INVALID_STATE' }]);
    const talent = await app.client('talent');
    expect((await talent.data(REGISTER_SELF, { eventId: session })).registerForAllianceEvent.registration.status).toBe('REGISTERED');
    const schedule = await talent.data(`{ myCadreNominations { status cohort { id sessions { id } } } }`);
    expect(schedule.myCadreNominations.find((n: any) => n.cohort.id === cohortId)).toEqual({ status: 'SELECTED', cohort: { id: cohortId, sessions: [{ id: session }] } });

    const done = await coordinator.data(`mutation($id: UUID!) { recordCadreCompletion(id: $id, completed: true) { nomination { completedAt } errors { code } } }`, { id: n1.id });
    expect(done.recordCadreCompletion.nomination.completedAt).not.toBeNull();
    const record = await talent.data(`{ learningRecord { programmes { cohort { id } } attended { event { id } } csvPath } }`);
    expect(record.learningRecord.programmes.map((p: any) => p.cohort.id)).toContain(cohortId);
  });
});

describe('learning record and participation', () => {
  it('exports a person\'s record as CSV with a BOM, for them and their HR only', async () => {
    const talent = await app.client('talent');
    const record = (await talent.data(`{ learningRecord { attended { event { id } } csvPath } }`)).learningRecord;
    expect(record.attended.map((a: any) => a.event.id)).toEqual(expect.arrayContaining([ALLIANCE.events[4], ALLIANCE.events[5]]));
    const csv = await fetchText(talent, record.csvPath);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('数字化转型培训');
    expect((await fetchText(await app.client('hr'), record.csvPath)).status).toBe(200);
    expect((await fetchText(await app.client('hr2'), record.csvPath)).status).toBe(404);
    expect((await fetchText(null, record.csvPath)).status).toBe(401);
  });

  it('reports participation per enterprise and month for the coordinator', async () => {
    const coordinator = await app.client('coordinator');
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const q = `query($year: Int) { allianceParticipation(year: $year) { year csvPath byEnterprise { organisation { id } attended registrations noShows } byMonth { month attended organisation { id } } } }`;
    const report = (await coordinator.data(q, { year })).allianceParticipation;
    expect(report.byEnterprise.filter((r: any) => r.organisation).length).toBe(12);
    const total = report.byEnterprise.reduce((s: number, r: any) => s + r.attended, 0);
    expect(total).toBe(report.byMonth.reduce((s: number, r: any) => s + r.attended, 0));
    const bytes = new Uint8Array(await (await fetchText(coordinator, report.csvPath)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.trim().split('\r\n')).toHaveLength(1 + report.byEnterprise.length);
    expect((await (await app.client('hr')).request(q, { year })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('keeps the convener history', async () => {
    const coordinator = await app.client('coordinator');
    await coordinator.data(`mutation($o: UUID!) { setAllianceConvener(input: { year: 2030, organisationId: $o, note: "轮值" }) { term { year } errors { code } } }`, { o: ORG.enterprises[4] });
    const history = (await (await app.client()).data(`{ allianceConvenerHistory { year organisation { id } } allianceMembers { organisation { id } isConvener profile { field size } } allianceCoordinators { displayName } }`));
    expect(history.allianceConvenerHistory[0]).toEqual({ year: 2030, organisation: { id: ORG.enterprises[4] } });
    expect(history.allianceConvenerHistory.length).toBe(4);
    expect(history.allianceMembers).toHaveLength(12);
    expect(history.allianceMembers.filter((m: any) => m.isConvener)).toHaveLength(1);
    expect(history.allianceCoordinators.length).toBeGreaterThan(0);
  });
});
