import type { AuthChecker } from 'type-graphql';
import type { Role } from './role.js';
import type { GraphQLContext } from '../../context.js';
import { DomainError } from '../errors/domain-error.js';
import { domainToGraphQLError } from '../errors/error-funnel.js';

/**
 * First of the two access levels: the role on the operation or field (`@Authorized(Role.X)`).
 * Record-level access is the service's job. type-graphql runs this before the global error
 * funnel, so it throws the finished GraphQL error itself (same words and codes as the funnel).
 */
export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context }, roles) => {
  if (!context.viewer) throw domainToGraphQLError(DomainError.unauthenticated(), context.locale);
  if (roles.length > 0 && !roles.includes(context.viewer.role)) throw domainToGraphQLError(DomainError.forbidden(), context.locale);
  return true;
};
