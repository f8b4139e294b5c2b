import type { EntityManager } from '@mikro-orm/postgresql';
import { keyedLoader } from '../../core/graphql/loader.js';
import type { Organisation, OrganisationKind } from './organisation.entity.js';

export interface OrganisationRow { id: string; kind: OrganisationKind; name_zh: string; name_en: string; alliance_member: boolean; sample_data: boolean; created_at: string }

/** An organisation as the GraphQL type reads it, from its row (here, or joined into another module's list statement). */
export const organisationView = (r: OrganisationRow): Organisation =>
  ({ id: r.id, kind: r.kind, nameZh: r.name_zh, nameEn: r.name_en, allianceMember: r.alliance_member, sampleData: r.sample_data, createdAt: new Date(r.created_at) });

export function organisationLoaders(em: EntityManager) {
  return {
    // Read-only for the GraphQL type: plain rows, no entity hydration or identity map (issue 13).
    organisationById: keyedLoader<string, Organisation>(
      async (ids) => (await em.execute<OrganisationRow[]>(
        'select id, kind, name_zh, name_en, alliance_member, sample_data, created_at from organisations where id = any(?::uuid[])', [`{${ids.join(',')}}`]))
        .map(organisationView),
      (o) => o.id,
    ),
  };
}
