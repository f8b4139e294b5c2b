import type { Viewer } from '../../core/auth/viewer.js';
import { Role } from '../../core/auth/role.js';
import { isTownStaff, memberOrganisationId } from '../community/index.js';
import { WishStatus } from './microwish.enums.js';

/**
 * Who may see what of a micro-wish. The decision, in one place:
 *
 * - Everyone, signed in or not: the wish itself (title, description, category, place, status,
 *   dates), and who claimed it when an organisation did (its name); an individual claimant is
 *   only "a Party member" or "a volunteer". Never the resident.
 * - The community workers of the wish's village or residential area: everything, including the
 *   resident's name, phone, address and note, and the claimant's contact, since they arrange the
 *   handover.
 * - The claimant (the person, or any HR / bank liaison of the claiming organisation), while
 *   their claim stands and the wish is not yet fulfilled: only what delivering needs. For a
 *   handover at the committee office that is the office and the worker; for a home visit, also
 *   the address and the resident's surname (王**), never the full name or phone: the worker,
 *   who has them, comes along. Once the wish is fulfilled or the claim released, the address
 *   is gone from their view again.
 * - Town staff (coordinators, administrators): the public facts and who claimed (for
 *   oversight), not the resident: they do not deliver.
 */

/** The village or residential area the viewer works for, when they are a community worker. */
export function workerPlace(viewer: Viewer | null): string | null {
  return viewer?.role === Role.COMMUNITY_WORKER ? viewer.organisationId : null;
}

export function worksForPlace(viewer: Viewer | null, placeId: string): boolean {
  return workerPlace(viewer) === placeId;
}

/** The member organisation the viewer acts for (an enterprise's HR, a bank branch's liaison), or null. */
export const memberOrganisation: (viewer: Viewer | null) => string | null = memberOrganisationId;

export interface ClaimParty {
  claimedById: string;
  organisationId: string | null;
}

/** Whether the viewer is the claimant: the person who claimed, or a colleague in the claiming organisation. */
export function isClaimant(viewer: Viewer | null, claim: ClaimParty): boolean {
  if (!viewer) return false;
  if (claim.organisationId) return memberOrganisation(viewer) === claim.organisationId;
  return claim.claimedById === viewer.userId;
}

/** What delivering needs is shown only while the claim stands and the wish is not yet fulfilled. */
export function seesDelivery(viewer: Viewer | null, status: WishStatus, claim: ClaimParty | null): boolean {
  return status === WishStatus.CLAIMED && claim !== null && isClaimant(viewer, claim);
}

/** Who claimed, and their note: the place's workers and town staff. */
export function seesClaimDetails(viewer: Viewer | null, placeId: string): boolean {
  return worksForPlace(viewer, placeId) || isTownStaff(viewer);
}

/** The resident's name kept to the surname: 王小明 → 王**. */
export function surnameOnly(name: string): string {
  const [first, ...rest] = name.trim();
  if (first === undefined) return '';
  // A Latin-script name keeps its first word's initial.
  if (/^[A-Za-z]/.test(first)) return `${first}.`;
  return first + '*'.repeat(Math.max(1, Math.min(rest.length, 3)));
}

/**
 * Whether public text gives the resident away: their name (two characters or more), their
 * phone number, or their address. The worker is asked to rephrase.
 */
export function namesResident(text: string, resident: { name: string; phone?: string | null; address: string }): boolean {
  const plain = text.replace(/\s+/g, '');
  const name = resident.name.replace(/\s+/g, '');
  if ([...name].length >= 2 && plain.includes(name)) return true;
  if (resident.phone && plain.replace(/[-]/g, '').includes(resident.phone.replace(/[-]/g, ''))) return true;
  const address = resident.address.replace(/\s+/g, '');
  return [...address].length >= 4 && plain.includes(address);
}
