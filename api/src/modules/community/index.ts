/**
 * Community work (区域化党建): villages and residential areas, their community workers, and (in
 * later slices) pairing agreements, needs → claims → projects, and joint meetings. Other modules
 * import this module only through this file.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommunityPlaceResolver } from './community-place.resolver.js';
import { CommunityPlaceService } from './community-place.service.js';

export { COMMUNITY_PLACE_KINDS, isCommunityPlaceKind, isTownStaff, workerPlaceId } from './community-places.js';

export const COMMUNITY_ENTITIES = [] as const;

export const COMMUNITY_RESOLVERS = [CommunityPlaceResolver] as const;

export function communityLoaders(_em: EntityManager) {
  return {};
}

export function communityServices(em: EntityManager) {
  return {
    communityPlaces: new CommunityPlaceService(em),
  };
}
