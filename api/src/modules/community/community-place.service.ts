import type { EntityManager } from '@mikro-orm/postgresql';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { Organisation, OrganisationKind } from '../organisation/index.js';
import { COMMUNITY_PLACE_KINDS } from './community-access.js';

export class CommunityPlaceService {
  constructor(private readonly em: EntityManager) {}

  /** Villages and residential areas, villages first, by name. Public directory data. */
  list(kind: OrganisationKind | null | undefined, window: PageWindow): Promise<[Organisation[], number]> {
    const kinds = kind ? COMMUNITY_PLACE_KINDS.filter((k) => k === kind) : [...COMMUNITY_PLACE_KINDS];
    return this.em.findAndCount(Organisation, { kind: { $in: kinds } }, { orderBy: { kind: 'asc', sampleData: 'asc', nameZh: 'asc', id: 'asc' }, offset: window.offset, limit: window.limit });
  }
}
