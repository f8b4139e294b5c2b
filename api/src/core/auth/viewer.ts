import { DomainError } from '../errors/domain-error.js';
import { Role } from './role.js';

/** The signed-in person a request acts for; services take it as their first argument. */
export interface Viewer {
  userId: string;
  role: Role;
  /** The organisation an HR, bank, coordinator or reviewer account acts for. */
  organisationId: string | null;
  sessionId: string;
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): viewer is Viewer {
  return viewer !== null && roles.includes(viewer.role);
}

/**
 * The signed-in viewer of a request that needs one. Operations that need a user carry
 * @Authorized, so the auth checker has already refused a request without one; this keeps the
 * type honest (no non-null assertion on `ctx.viewer`) and answers UNAUTHENTICATED should one be called without it.
 */
export function requireViewer(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw DomainError.unauthenticated();
  return ctx.viewer;
}
