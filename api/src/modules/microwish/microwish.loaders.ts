import type { EntityManager } from '@mikro-orm/postgresql';
import { keyedLoader } from '../../core/graphql/loader.js';
import { CommunityVolunteer, MicroWishClaim, MicroWishRecipient } from './microwish.entity.js';

/** Per request; one query per kind however many wishes are on the page. */
export function microWishLoaders(em: EntityManager) {
  return {
    /** The claim that stands on each wish (the fulfilling one, for fulfilled wishes), or null. */
    standingClaimByWishId: keyedLoader<string, MicroWishClaim>((ids) => em.find(MicroWishClaim, { wish: { $in: [...ids] }, releasedAt: null }), (c) => c.wish.id),
    /** The resident behind each wish: load only after the access check said yes. */
    recipientByWishId: keyedLoader<string, MicroWishRecipient>((ids) => em.find(MicroWishRecipient, { wish: { $in: [...ids] } }), (r) => r.wish.id),
    volunteerByUserId: keyedLoader<string, CommunityVolunteer>((ids) => em.find(CommunityVolunteer, { user: { $in: [...ids] } }), (v) => v.user.id),
  };
}
