import type { TestApp } from '../../helpers/test-app.js';

export const EVENT_FIELDS = `id status capacity registeredCount waitlistCount attendedCount seatsLeft`;
export const REGISTRATION_FIELDS = `id status seat waitlistPosition checkInCode person { id } organisation { id }`;

export const CREATE_EVENT = `mutation($input: AllianceEventInput!) { createAllianceEvent(input: $input) { event { id status } errors { field code message } } }`;
export const PUBLISH_EVENT = `mutation($id: UUID!) { publishAllianceEvent(id: $id) { event { id status } errors { field code } } }`;
export const REGISTER_SELF = `mutation($eventId: UUID!) { registerForAllianceEvent(eventId: $eventId) { registration { ${REGISTRATION_FIELDS} } errors { field code message } } }`;
export const REGISTER_STAFF = `mutation($eventId: UUID!, $personIds: [UUID!]!) { registerStaffForAllianceEvent(eventId: $eventId, personIds: $personIds) { registrations { ${REGISTRATION_FIELDS} } errors { field code message } } }`;
export const CANCEL = `mutation($id: UUID!) { cancelAllianceRegistration(id: $id) { registration { id status } errors { field code message } } }`;

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

// Talent accounts made straight in the database live in the shared test helpers.
export { makeTalents, type TestTalent } from '../../helpers/people.js';
