import 'reflect-metadata';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../api/src/entities.js';
// Imported for their decorators, which fill type-graphql's metadata.
import '../../api/src/modules/index.js';

/**
 * Field resolvers take plain views as their @Root, not entity classes: type-graphql converts a
 * root that is not an instance of the declared class with `Object.assign(new Entity(), row)`,
 * so a list read as plain rows (issue 13: lists read lean) pays one entity construction per row
 * and field, and the entity's own field initialisers (a fresh id, `new Date()`) fill in what the
 * row left out.
 *
 * These field resolvers still declare an entity; they were written before the rule. The list
 * only shrinks: a resolver moved to a view is taken off it (the check fails until it is).
 */
const ENTITY_ROOTS_STILL_TO_MOVE: Record<string, string[]> = {
  ApartmentLeaseResolver: ['subsidyCapYuan', 'subsidyMonths', 'subsidyRatePercent', 'tenant', 'unit'],
  ApartmentOfferResolver: ['byHand', 'expired', 'offerReason', 'offeredBy', 'unit'],
  ApartmentOperatorResolver: ['payeeAccountName', 'payeeAccountNumber', 'payeeBank'],
  ApartmentProjectResolver: ['mapUrl', 'occupancy', 'operator'],
  ApartmentUnitResolver: ['project'],
  AppointmentResolver: ['applicationId', 'bookedOnBehalf', 'calendarUrl', 'changeDeadline', 'personName', 'point', 'service', 'viewerCanChange'],
  AppointmentServiceResolver: ['point', 'policies'],
  AuditEntryResolver: ['actor'],
  BankContactResolver: ['phone'],
  BankProductResolver: ['branch', 'maxRatePercent', 'minRatePercent'],
  CadreCohortResolver: ['nominations', 'partner', 'selectedCount', 'sessions', 'theme'],
  CadreNominationResolver: ['cohort', 'organisation', 'person'],
  CityProcedureResolver: ['cityProcedure'],
  CommunityNeedResolver: ['canClaim', 'claims', 'isOwnPlace', 'photos', 'place', 'project', 'residentContact', 'resources'],
  CommunityProjectResolver: ['canConfirm', 'canManage', 'evidence', 'isVolunteer', 'milestones', 'need', 'owners', 'place', 'possibleOwners', 'volunteerCount', 'volunteerPlaces', 'volunteers'],
  CommunityVolunteerResolver: ['phone'],
  ConvenerTermResolver: ['organisation'],
  EventSeatQuotaResolver: ['organisation', 'used'],
  FinancingAnswerResolver: ['offerRatePercent', 'product'],
  FinancingRequestResolver: ['enterprise', 'facts', 'routes'],
  FinancingRouteResolver: ['answers', 'branch', 'contacts', 'currentAnswer', 'matchedProducts'],
  FundDonationResolver: ['amountFen', 'anonymous', 'donorName', 'entryId', 'note', 'organisation', 'reversed'],
  FundGrantResolver: ['appliedByName', 'approvalCount', 'approvals', 'committedFen', 'paidFen', 'project', 'receipts', 'remainingFen', 'requestedFen', 'tranches', 'viewerCan'],
  FundLedgerEntryResolver: ['donation', 'grant', 'reversed', 'reversesId'],
  JointMeetingResolver: ['agendaItems', 'decisions', 'place', 'viewerCanEdit'],
  MeetingAgendaItemResolver: ['need', 'project'],
  MeetingDecisionResolver: ['agendaItem', 'meeting', 'overdue', 'owner', 'viewerCanComplete'],
  MemberProfileResolver: ['field'],
  MicroWishResolver: ['claim', 'claimant', 'delivery', 'photoUrl', 'place', 'recipient', 'viewerCan', 'withdrawnReason'],
  NeedClaimResolver: ['organisation', 'resource'],
  NeedResourceResolver: ['claimed', 'remaining'],
  NotificationResolver: ['body', 'read', 'title'],
  OutboxResolver: ['recipient'],
  PairingAgreementResolver: ['canReview', 'commitments', 'isActive', 'partner', 'place', 'reviews'],
  PairingReviewItemResolver: ['commitment'],
  PairingReviewResolver: ['items', 'reviewerName'],
  PolicyApplicationFormResolver: ['acceptingApplications', 'applicationForm'],
  PolicyFollowResolver: ['policy'],
  PolicyVersionResolver: ['changeNoteEn', 'changeNoteZh', 'createdBy', 'policy', 'sources', 'verificationNoteEn', 'verificationNoteZh'],
  ProjectEvidenceResolver: ['document'],
  ProjectMilestoneResolver: ['isMine', 'ownerName'],
  ProjectVolunteerResolver: ['displayName', 'organisation'],
  RegistrationResolver: ['checkInCode', 'checkInQr', 'event', 'organisation', 'person', 'registeredBy', 'waitlistPosition'],
  ResidentIdConflictResolver: ['claimant', 'holder', 'residentIdNumber', 'resolvedBy'],
  RuleSetResolver: ['current', 'policy', 'versions'],
  ServicePointResolver: ['openingHours', 'organisation', 'upcomingClosures', 'viewerServesHere'],
  SettlementBatchResolver: ['approvedBy', 'createdBy', 'csvUrl', 'lines', 'operator', 'totalYuan'],
  SettlementLineResolver: ['ruleVersion', 'subsidyYuan', 'tenant', 'unit'],
  SignUpResolver: ['talentProfile'],
  TalentResolver: ['employer', 'phone', 'residentIdNumber', 'userId'],
  WaitlistEntryResolver: ['applicationId', 'applicationReference', 'pendingOffer', 'position', 'readyForOffer', 'talent'],
};

/** `Resolver.field` of every field resolver whose @Root() is declared as an entity class. */
function fieldResolversWithEntityRoots(): string[] {
  const storage = getMetadataStorage();
  const entities = new Set<unknown>(ENTITIES);
  const fieldResolvers = new Set(storage.fieldResolvers.map((f) => `${f.target.name}.${f.methodName}`));
  return storage.params
    .filter((p) => p.kind === 'root' && fieldResolvers.has(`${p.target.name}.${p.methodName}`) && entities.has(p.getType?.()))
    .map((p) => `${p.target.name}.${p.methodName}`)
    .sort();
}

describe('field resolvers\' @Root types', () => {
  it('are no entity class, except the listed ones still to move to views', () => {
    const found = fieldResolversWithEntityRoots();
    const listed = Object.entries(ENTITY_ROOTS_STILL_TO_MOVE).flatMap(([resolver, fields]) => fields.map((f) => `${resolver}.${f}`)).sort();
    // A new one: give the field resolver a view (an interface or plain class) as its @Root.
    expect(found.filter((name) => !listed.includes(name)), 'field resolvers that take an entity as @Root').toEqual([]);
    // One moved to a view: take it off the list above.
    expect(listed.filter((name) => !found.includes(name)), 'listed but no longer taking an entity').toEqual([]);
  });

  it('are declared at all: the check sees the reflected @Root types', () => {
    // Without decorator metadata every getType would be undefined and the check above would pass vacuously.
    const roots = getMetadataStorage().params.filter((p) => p.kind === 'root');
    expect(roots.filter((p) => p.getType?.() !== undefined).length).toBeGreaterThan(100);
  });
});
