import type { EntityManager } from '@mikro-orm/postgresql';
import { keyedLoader } from '../../core/graphql/loader.js';
import { Organisation } from './organisation.entity.js';

export function organisationLoaders(em: EntityManager) {
  return {
    organisationById: keyedLoader<string, Organisation>((ids) => em.find(Organisation, { id: { $in: [...ids] } }), (o) => o.id),
  };
}
