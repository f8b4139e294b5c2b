/**
 * Micro-wishes (微心愿): residents' small wishes, posted by their village's or residential area's
 * community worker, claimed by a member organisation, a Party member or a registered volunteer,
 * and confirmed fulfilled. Other modules import this module only through this file; it uses the
 * community module only through that module's index.
 */
import { theRow } from '../../core/db/rows.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer.js';
import { Role } from '../../core/auth/role.js';
import { isTownStaff } from '../community/index.js';
import { allowDocumentReader } from '../document/index.js';
import type { NotificationService } from '../notification/index.js';
import { memberOrganisation } from './microwish.access.js';
import { CommunityVolunteer, MicroWish, MicroWishClaim, MicroWishRecipient } from './microwish.entity.js';
import { microWishLoaders } from './microwish.loaders.js';
import { CommunityVolunteerResolver, MicroWishResolver } from './microwish.resolver.js';
import { MicroWishService } from './microwish.service.js';

export { ClaimantKind, WishCategory, WishHandover, WishStatus } from './microwish.enums.js';

export const MICROWISH_ENTITIES = [MicroWish, MicroWishRecipient, MicroWishClaim, CommunityVolunteer] as const;

export const MICROWISH_RESOLVERS = [MicroWishResolver, CommunityVolunteerResolver] as const;

export { microWishLoaders };

export function microWishServices(em: EntityManager, notifications: NotificationService) {
  return { microWishes: new MicroWishService(em, notifications) };
}

/**
 * A handover photo is seen by the wish's place's workers, town staff, and the claimant (the
 * person, or staff of the claiming organisation); never by the public.
 */
async function readsWishPhoto(em: EntityManager, viewer: Viewer, documentId: string): Promise<boolean> {
  const townStaff = isTownStaff(viewer);
  const place = viewer.role === Role.COMMUNITY_WORKER ? viewer.organisationId : null;
  const rows = await em.execute<{ ok: boolean }[]>(
    `select exists (
       select 1 from micro_wishes w left join micro_wish_claims c on c.wish_id = w.id and c.released_at is null
        where w.photo_id = ? and (?::boolean or w.place_id = ?::uuid or (c.organisation_id is null and c.claimed_by_id = ?) or c.organisation_id = ?::uuid)
     ) as ok`,
    [documentId, townStaff, place, viewer.userId, memberOrganisation(viewer)],
  );
  return theRow(rows, 'select exists').ok;
}

allowDocumentReader(readsWishPhoto);
