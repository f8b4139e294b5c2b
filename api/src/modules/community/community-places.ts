import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { Role } from '../account/role.js';
import { OrganisationKind } from '../organisation/organisation.entity.js';

/**
 * The places whose residents the community work serves: the town's 14 villages (村) and 27
 * residential areas (居民区). Each is an organisation; a community worker acts for exactly one.
 */
export const COMMUNITY_PLACE_KINDS: readonly OrganisationKind[] = [OrganisationKind.VILLAGE, OrganisationKind.RESIDENTIAL_AREA];

export function isCommunityPlaceKind(kind: OrganisationKind): boolean {
  return COMMUNITY_PLACE_KINDS.includes(kind);
}

/**
 * The village or residential area a community worker acts for. Anyone else is refused: the
 * caller decides whether that is `forbidden` (an operation only workers do) or something else.
 */
export function workerPlaceId(viewer: Viewer): string {
  if (viewer.role !== Role.COMMUNITY_WORKER || !viewer.organisationId) throw DomainError.forbidden();
  return viewer.organisationId;
}

/** The town staff who oversee the community work across every place. */
export function isTownStaff(viewer: Viewer | null): boolean {
  return viewer !== null && (viewer.role === Role.COORDINATOR || viewer.role === Role.ADMIN);
}
