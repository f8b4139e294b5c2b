import type { GraphQLContext } from '../../context.js';

/**
 * A subscription keeps one context for its whole life, so each event must forget what earlier
 * events loaded: the entity manager's identity map and every loader's cache.
 */
export function freshen(ctx: GraphQLContext): GraphQLContext {
  ctx.em.clear();
  for (const loader of Object.values(ctx.loaders)) loader.clearAll();
  return ctx;
}
