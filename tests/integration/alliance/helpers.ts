import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { GraphQLClient, type TestApp } from '../../helpers/test-app.js';

export const EVENT_FIELDS = `id status capacity registeredCount waitlistCount attendedCount seatsLeft`;
export const REGISTRATION_FIELDS = `id status seat waitlistPosition checkInCode person { id } organisation { id }`;

export const CREATE_EVENT = `mutation($input: AllianceEventInput!) { createAllianceEvent(input: $input) { event { id status } errors { field code message } } }`;
export const PUBLISH_EVENT = `mutation($id: ID!) { publishAllianceEvent(id: $id) { event { id status } errors { field code } } }`;
export const REGISTER_SELF = `mutation($eventId: ID!) { registerForAllianceEvent(eventId: $eventId) { registration { ${REGISTRATION_FIELDS} } errors { field code message } } }`;
export const REGISTER_STAFF = `mutation($eventId: ID!, $personIds: [ID!]!) { registerStaffForAllianceEvent(eventId: $eventId, personIds: $personIds) { registrations { ${REGISTRATION_FIELDS} } errors { field code message } } }`;
export const CANCEL = `mutation($id: ID!) { cancelAllianceRegistration(id: $id) { registration { id status } errors { field code message } } }`;

const hour = 3600_000;

/** An event input starting `startsInHours` from now, registration open since an hour ago. */
export function eventInput(over: Record<string, unknown> = {}, startsInHours = 72): Record<string, unknown> {
  const start = Date.now() + startsInHours * hour;
  return {
    titleZh: '测试活动', titleEn: 'Test event', descriptionZh: '说明', descriptionEn: 'About',
    kind: 'LECTURE', capacity: 20,
    startsAt: new Date(start).toISOString(), endsAt: new Date(start + 2 * hour).toISOString(),
    registrationOpensAt: new Date(Date.now() - hour).toISOString(), registrationClosesAt: new Date(start - hour).toISOString(),
    reservedSeatsReleaseHours: 24,
    ...over,
  };
}

/** A coordinator creates and publishes an event; returns its id. */
export async function publishedEvent(app: TestApp, over: Record<string, unknown> = {}, startsInHours = 72): Promise<string> {
  const coordinator = await app.client('coordinator');
  const created = await coordinator.data(CREATE_EVENT, { input: eventInput(over, startsInHours) });
  if (created.createAllianceEvent.errors.length) throw new Error(JSON.stringify(created.createAllianceEvent.errors));
  const id = created.createAllianceEvent.event.id;
  await coordinator.data(PUBLISH_EVENT, { id });
  return id;
}

export interface TestTalent {
  id: string;
  employerId: string | null;
  client: GraphQLClient;
}

/**
 * Talent accounts made straight in the database, each with a live session, so dozens can act at
 * once without dozens of slow password checks.
 */
export async function makeTalents(app: TestApp, employers: (string | null)[]): Promise<TestTalent[]> {
  const people: TestTalent[] = [];
  for (const employerId of employers) {
    const id = randomUUID();
    const token = randomBytes(24).toString('base64url');
    people.push({ id, employerId, client: Object.assign(new GraphQLClient(app.url), { sessionCookie: `yp_session=${token}` }) });
    await app.sql(`insert into users (id, email, display_name, role, password_hash) values (?, ?, ?, 'TALENT', 'x')`, [id, `t-${id}@example.com`, `测试人才 ${people.length}`]);
    await app.sql(`insert into talent_profiles (id, user_id, legal_name, employer_id) values (?, ?, ?, ?)`, [randomUUID(), id, `测试人才 ${people.length}`, employerId]);
    await app.sql(`insert into sessions (id, token_hash, user_id, expires_at) values (?, ?, ?, now() + interval '1 day')`, [randomUUID(), createHash('sha256').update(token).digest('hex'), id]);
  }
  return people;
}
