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
