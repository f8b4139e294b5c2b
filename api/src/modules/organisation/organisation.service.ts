import type { EntityManager } from '@mikro-orm/postgresql';
import type { PageWindow } from '../../core/graphql/pagination.js';
import { Organisation, OrganisationKind } from './organisation.entity.js';

export interface OrganisationFilter {
  kind?: OrganisationKind | null;
  allianceMember?: boolean | null;
}

export class OrganisationService {
  constructor(private readonly em: EntityManager) {}

  /** Organisations are public directory data: anyone may list them (sign-up needs the employers). */
  async list(filter: OrganisationFilter, window: PageWindow): Promise<[Organisation[], number]> {
    const where: Record<string, unknown> = {};
    if (filter.kind) where.kind = filter.kind;
    if (filter.allianceMember !== null && filter.allianceMember !== undefined) where.allianceMember = filter.allianceMember;
    return this.em.findAndCount(Organisation, where, { orderBy: { kind: 'asc', nameZh: 'asc', id: 'asc' }, offset: window.offset, limit: window.limit });
  }
}
