import type { Viewer } from '../../core/auth/viewer.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { Role } from '../../core/auth/role.js';
import { OrganisationKind } from '../organisation/index.js';

/**
 * Who does what in the community work, in one place:
 * - the places whose residents it serves: the town's 14 villages (村) and 27 residential areas
 *   (居民区), each an organisation; a community worker acts for exactly one;
 * - member organisations (区域化党建成员单位) that pair with places and claim their needs,
 *   acting through their HR or bank liaison account;
 * - town staff (coordinators, administrators) who oversee every place.
 */
export const COMMUNITY_PLACE_KINDS: readonly OrganisationKind[] = [OrganisationKind.VILLAGE, OrganisationKind.RESIDENTIAL_AREA];

/** Kinds of organisation that can be a pairing partner or claim a need. */
export const MEMBER_KINDS: readonly OrganisationKind[] = [OrganisationKind.ENTERPRISE, OrganisationKind.BANK_BRANCH, OrganisationKind.UNIVERSITY];

export function isCommunityPlaceKind(kind: OrganisationKind): boolean {
  return COMMUNITY_PLACE_KINDS.includes(kind);
}

/** The village or residential area a community worker acts for; anyone else is refused. */
export function workerPlaceId(viewer: Viewer): string {
  if (viewer.role !== Role.COMMUNITY_WORKER || !viewer.organisationId) throw DomainError.forbidden();
  return viewer.organisationId;
}

/** The place the viewer works for, or null when they are not a community worker. */
export function ownPlaceId(viewer: Viewer | null): string | null {
  return viewer?.role === Role.COMMUNITY_WORKER ? viewer.organisationId : null;
}

/** The town staff who oversee the community work across every place. */
export function isTownStaff(viewer: Viewer | null): boolean {
  return viewer !== null && (viewer.role === Role.COORDINATOR || viewer.role === Role.ADMIN);
}

/** The member organisation the viewer acts for (its HR or bank liaison), or null. */
export function memberOrganisationId(viewer: Viewer | null): string | null {
  if (!viewer || !viewer.organisationId) return null;
  return viewer.role === Role.ENTERPRISE_HR || viewer.role === Role.BANK_LIAISON ? viewer.organisationId : null;
}

/** Whether the viewer looks after this place: its own worker, or town staff. */
export function looksAfterPlace(viewer: Viewer | null, placeId: string): boolean {
  return isTownStaff(viewer) || ownPlaceId(viewer) === placeId;
}

// Ids arrive parsed by the UUID scalar; this is the one parser, for values from elsewhere.
export { isUuid } from '../../core/ids.js';
