/**
 * Community work (区域化党建): villages and residential areas and their community workers,
 * pairing agreements, needs → claims → projects, and joint meetings. Other modules import this
 * module only through this file.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommunityPlaceResolver } from './community-place.resolver.js';
import { CommunityPlaceService } from './community-place.service.js';
import { PairingAgreement, PairingCommitment, PairingReview, PairingReviewItem } from './pairing.entity.js';
import { PairingAgreementResolver, PairingReviewItemResolver, PairingReviewResolver } from './pairing.resolver.js';
import { PairingService } from './pairing.service.js';

export { COMMUNITY_PLACE_KINDS, isCommunityPlaceKind, isTownStaff, MEMBER_KINDS, memberOrganisationId, workerPlaceId } from './community-access.js';
export { CommitmentKind, CommitmentOutcome, ReviewRating } from './community.enums.js';
export { communityLoaders } from './community.loaders.js';
export { PairingAgreement, PairingCommitment } from './pairing.entity.js';

export const COMMUNITY_ENTITIES = [PairingAgreement, PairingCommitment, PairingReview, PairingReviewItem] as const;

export const COMMUNITY_RESOLVERS = [CommunityPlaceResolver, PairingAgreementResolver, PairingReviewResolver, PairingReviewItemResolver] as const;

export function communityServices(em: EntityManager) {
  return {
    communityPlaces: new CommunityPlaceService(em),
    pairings: new PairingService(em),
  };
}
