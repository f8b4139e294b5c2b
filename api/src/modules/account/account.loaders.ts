import type { EntityManager } from '@mikro-orm/postgresql';
import { keyedLoader } from '../../core/graphql/loader.js';
import type { Role } from '../../core/auth/role.js';
import { User } from './user.entity.js';
import type { Organisation } from '../organisation/index.js';

/**
 * A user as the GraphQL type User reads it, without the password hash: a plain row (timestamps come from pg as text, see toDate in application.reads.ts) for the
 * people a list names (applicants, actors in a history), not an entity (issue 13).
 */
export type UserView = Pick<User, 'id' | 'email' | 'displayName' | 'role' | 'disabledAt' | 'locale' | 'createdAt'> & {
  organisation: { id: string } | null;
  /** The organisation itself, when the statement that read the account read it too (the session lookup). */
  related?: { organisation: Organisation | null };
};

export interface UserRow { id: string; email: string; display_name: string; role: Role; organisation_id: string | null; disabled_at: string | null; locale: User['locale']; created_at: string }

export const userView = (r: UserRow): UserView => ({ id: r.id, email: r.email, displayName: r.display_name, role: r.role, organisation: r.organisation_id === null ? null : { id: r.organisation_id },
  disabledAt: r.disabled_at === null ? null : new Date(r.disabled_at), locale: r.locale, createdAt: new Date(r.created_at) });

export function accountLoaders(em: EntityManager) {
  return {
    userById: keyedLoader<string, User>((ids) => em.find(User, { id: { $in: [...ids] } }), (u) => u.id),
    userViewById: keyedLoader<string, UserView>(
      async (ids) => (await em.execute<UserRow[]>(
        'select id, email, display_name, role, organisation_id, disabled_at, locale, created_at from users where id = any(?::uuid[])', [`{${ids.join(',')}}`]))
        .map(userView),
      (u) => u.id,
    ),
  };
}
