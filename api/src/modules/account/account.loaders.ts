import type { EntityManager } from '@mikro-orm/postgresql';
import { keyedLoader } from '../../core/graphql/loader.js';
import { User } from './user.entity.js';

export function accountLoaders(em: EntityManager) {
  return {
    userById: keyedLoader<string, User>((ids) => em.find(User, { id: { $in: [...ids] } }), (u) => u.id),
  };
}
