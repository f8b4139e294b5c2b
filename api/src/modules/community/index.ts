/**
 * Community work (区域化党建): villages and residential areas and their community workers,
 * pairing agreements, needs → claims → projects, the yearly view, and joint meetings. Other
 * modules import this module only through this file.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationService } from '../notification/index.js';
import { CommunityPlaceResolver } from './community-place.resolver.js';
import { CommunityPlaceService } from './community-place.service.js';
import { JointMeeting, MeetingAgendaItem, MeetingDecision } from './meeting.entity.js';
import { JointMeetingResolver, MeetingAgendaItemResolver, MeetingDecisionResolver, MeetingPersonResolver } from './meeting.resolver.js';
import { MeetingService } from './meeting.service.js';
import { CommunityNeed, CommunityOffer, NeedClaim, NeedPhoto, NeedResource } from './need.entity.js';
import { CommunityNeedResolver, NeedClaimResolver, NeedResourceResolver } from './need.resolver.js';
import { NeedService } from './need.service.js';
import { PairingAgreement, PairingCommitment, PairingReview, PairingReviewItem } from './pairing.entity.js';
import { PairingAgreementResolver, PairingReviewItemResolver, PairingReviewResolver } from './pairing.resolver.js';
import { PairingService } from './pairing.service.js';
import { CommunityProject, ProjectEvidence, ProjectMilestone, ProjectOwner, ProjectVolunteer } from './project.entity.js';
import { CommunityProjectResolver, ProjectEvidenceResolver, ProjectMilestoneResolver, ProjectVolunteerResolver } from './project.resolver.js';
import { ProjectService } from './project.service.js';
import { CommunityYearResolver } from './yearly.resolver.js';
import { CommunityYearService } from './yearly.service.js';

export { COMMUNITY_PLACE_KINDS, isCommunityPlaceKind, isTownStaff, MEMBER_KINDS, memberOrganisationId, workerPlaceId } from './community-access.js';
export { CommitmentKind, CommitmentOutcome, DecisionStatus, MeetingLevel, NeedCategory, NeedStatus, ProjectStatus, ResourceKind, ReviewRating, NEED_CATEGORY_NAMES } from './community.enums.js';
export { communityLoaders } from './community.loaders.js';
export { communityRoutes } from './community.http.js';
export { canReadCommunityDocument } from './need-access.js';
export { CommunityNeed } from './need.entity.js';
export { PairingAgreement, PairingCommitment } from './pairing.entity.js';
export { CommunityProject } from './project.entity.js';
export { openDecisionsOwnedBy } from './meeting.service.js';

export const COMMUNITY_ENTITIES = [
  PairingAgreement, PairingCommitment, PairingReview, PairingReviewItem,
  CommunityNeed, NeedResource, NeedPhoto, NeedClaim, CommunityOffer,
  CommunityProject, ProjectOwner, ProjectMilestone, ProjectVolunteer, ProjectEvidence,
  JointMeeting, MeetingAgendaItem, MeetingDecision,
] as const;

export const COMMUNITY_RESOLVERS = [
  CommunityPlaceResolver, PairingAgreementResolver, PairingReviewResolver, PairingReviewItemResolver,
  CommunityNeedResolver, NeedResourceResolver, NeedClaimResolver,
  CommunityProjectResolver, ProjectMilestoneResolver, ProjectVolunteerResolver, ProjectEvidenceResolver,
  CommunityYearResolver,
  JointMeetingResolver, MeetingAgendaItemResolver, MeetingDecisionResolver, MeetingPersonResolver,
] as const;

export function communityServices(em: EntityManager, notifications: NotificationService) {
  return {
    communityPlaces: new CommunityPlaceService(em),
    pairings: new PairingService(em),
    needs: new NeedService(em, notifications),
    projects: new ProjectService(em, notifications),
    communityYear: new CommunityYearService(em),
    meetings: new MeetingService(em),
  };
}
