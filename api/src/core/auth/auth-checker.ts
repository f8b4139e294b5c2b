import type { AuthChecker } from 'type-graphql';
import type { Role } from '../../modules/account/role.js';
import type { GraphQLContext } from '../../context.js';
import { DomainError } from '../errors/domain-error.js';

/**
 * First of the two access levels: the role on the operation or field (`@Authorized(Role.X)`).
 * Record-level access is the service's job. Throwing (rather than returning false) keeps the
 * UNAUTHENTICATED / FORBIDDEN codes and words in one place.
 */
export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context }, roles) => {
  if (!context.viewer) throw DomainError.unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.role)) throw DomainError.forbidden();
  return true;
};
