/**
 * Alliance actions: each runs one mutation through `mutate` (errors through the funnel), then
 * refetches the queries on screen so counts, seats and waitlist places are current.
 */
import { client, mutate, type MutationOutcome } from '$lib/graphql/client';
import {
  CancelAllianceEventDocument,
  CompleteAllianceEventDocument,
  CreateCadreCohortDocument,
  DecideCadreNominationDocument,
  NominateCadreCandidateDocument,
  RecordCadreCompletionDocument,
  SaveAllianceMemberProfileDocument,
  SetAllianceConvenerDocument,
  WithdrawCadreNominationDocument,
  type AllianceMemberProfileInput,
  type CadreCohortInput,
  type CreateCadreCohortMutation,
  type NominateCadreInput,
  type SetConvenerInput,
  CancelAllianceRegistrationDocument,
  CheckInAllianceRegistrationDocument,
  CreateAllianceEventDocument,
  PublishAllianceEventDocument,
  RegisterForAllianceEventDocument,
  RegisterStaffForAllianceEventDocument,
  ResetCalendarFeedDocument,
  RevokeCalendarFeedDocument,
  SubmitAllianceEventFeedbackDocument,
  UpdateAllianceEventDocument,
  type AllianceEventInput,
  type CheckInAllianceRegistrationMutation,
  type CreateAllianceEventMutation,
  type RegisterForAllianceEventMutation,
  type RegisterStaffForAllianceEventMutation,
  type ResetCalendarFeedMutation,
} from '$lib/graphql/generated/graphql';

/** Editor fields that show their own errors. */
export const EVENT_FIELDS = [
  'titleZh', 'titleEn', 'descriptionZh', 'descriptionEn', 'kind', 'hostOrganisationId', 'venueZh', 'venueEn',
  'startsAt', 'endsAt', 'capacity', 'registrationOpensAt', 'registrationClosesAt', 'reservedSeatsReleaseHours', 'quotas', 'cohortId',
] as const;

async function refreshed<T extends { ok: boolean }>(outcome: T): Promise<T> {
  if (outcome.ok) {
    try {
      await client.refetchQueries({ include: 'active' });
    } catch {
      // Each query shows its own failure.
    }
  }
  return outcome;
}

export async function saveEvent(id: string | null, input: AllianceEventInput): Promise<MutationOutcome<CreateAllianceEventMutation['createAllianceEvent']>> {
  if (id) return refreshed(await mutate(UpdateAllianceEventDocument, { id, input }, { payload: (d) => d.updateAllianceEvent, fields: EVENT_FIELDS }));
  return refreshed(await mutate(CreateAllianceEventDocument, { input }, { payload: (d) => d.createAllianceEvent, fields: EVENT_FIELDS }));
}

export async function publishEvent(id: string) {
  return refreshed(await mutate(PublishAllianceEventDocument, { id }, { payload: (d) => d.publishAllianceEvent }));
}

export async function completeEvent(id: string) {
  return refreshed(await mutate(CompleteAllianceEventDocument, { id }, { payload: (d) => d.completeAllianceEvent }));
}

export async function cancelEvent(id: string, reason: string) {
  return refreshed(await mutate(CancelAllianceEventDocument, { id, reason: reason || null }, { payload: (d) => d.cancelAllianceEvent, fields: ['reason'] }));
}

export async function registerSelf(eventId: string): Promise<MutationOutcome<RegisterForAllianceEventMutation['registerForAllianceEvent']>> {
  return refreshed(await mutate(RegisterForAllianceEventDocument, { eventId }, { payload: (d) => d.registerForAllianceEvent }));
}

export async function registerStaff(eventId: string, personIds: string[]): Promise<MutationOutcome<RegisterStaffForAllianceEventMutation['registerStaffForAllianceEvent']>> {
  return refreshed(await mutate(RegisterStaffForAllianceEventDocument, { eventId, personIds }, { payload: (d) => d.registerStaffForAllianceEvent }));
}

export async function cancelRegistration(id: string) {
  return refreshed(await mutate(CancelAllianceRegistrationDocument, { id }, { payload: (d) => d.cancelAllianceRegistration }));
}

export async function checkIn(eventId: string, code: string): Promise<MutationOutcome<CheckInAllianceRegistrationMutation['checkInAllianceRegistration']>> {
  return refreshed(await mutate(CheckInAllianceRegistrationDocument, { eventId, code }, { payload: (d) => d.checkInAllianceRegistration, fields: ['code'] }));
}

export async function submitFeedback(registrationId: string, rating: number, comment: string) {
  return refreshed(await mutate(SubmitAllianceEventFeedbackDocument, { registrationId, rating, comment: comment || null }, { payload: (d) => d.submitAllianceEventFeedback, fields: ['rating', 'comment'] }));
}

export async function resetCalendarFeed(): Promise<MutationOutcome<ResetCalendarFeedMutation['resetCalendarFeed']>> {
  return refreshed(await mutate(ResetCalendarFeedDocument, {}, { payload: (d) => d.resetCalendarFeed }));
}

export async function revokeCalendarFeed() {
  return refreshed(await mutate(RevokeCalendarFeedDocument, {}, { payload: (d) => d.revokeCalendarFeed }));
}

/** Cohort form fields that show their own errors. */
export const COHORT_FIELDS = ['year', 'themeZh', 'themeEn', 'places', 'startsOn', 'endsOn'] as const;

export async function createCohort(input: CadreCohortInput): Promise<MutationOutcome<CreateCadreCohortMutation['createCadreCohort']>> {
  return refreshed(await mutate(CreateCadreCohortDocument, { input }, { payload: (d) => d.createCadreCohort, fields: COHORT_FIELDS }));
}

export async function nominate(input: NominateCadreInput) {
  return refreshed(await mutate(NominateCadreCandidateDocument, { input }, { payload: (d) => d.nominateCadreCandidate, fields: ['personId', 'reason'] }));
}

export async function withdrawNomination(id: string) {
  return refreshed(await mutate(WithdrawCadreNominationDocument, { id }, { payload: (d) => d.withdrawCadreNomination }));
}

export async function decideNomination(id: string, selected: boolean) {
  return refreshed(await mutate(DecideCadreNominationDocument, { id, selected }, { payload: (d) => d.decideCadreNomination }));
}

export async function recordCompletion(id: string, completed: boolean) {
  // `completed` carries the refusal before the cohort has started; the page shows it on the row.
  return refreshed(await mutate(RecordCadreCompletionDocument, { id, completed }, { payload: (d) => d.recordCadreCompletion, fields: ['completed'] }));
}

/** Profile form fields that show their own errors. */
export const PROFILE_FIELDS = ['fieldZh', 'fieldEn', 'size', 'contactName', 'contactEmail', 'joinedOn'] as const;

export async function saveMemberProfile(input: AllianceMemberProfileInput) {
  return refreshed(await mutate(SaveAllianceMemberProfileDocument, { input }, { payload: (d) => d.saveAllianceMemberProfile, fields: PROFILE_FIELDS }));
}

export async function setConvener(input: SetConvenerInput) {
  return refreshed(await mutate(SetAllianceConvenerDocument, { input }, { payload: (d) => d.setAllianceConvener, fields: ['year', 'organisationId', 'note'] }));
}
