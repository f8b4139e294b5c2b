import type { GraphQLContext } from '../../context.js';
import { builtValues } from '../lazy-groups.js';

/**
 * A subscription keeps one context for its whole life, so each event must forget what earlier
 * events loaded: the entity manager's identity map and every loader's cache.
 */
export function freshen(ctx: GraphQLContext): GraphQLContext {
  ctx.em.clear();
  // The loaders built so far (the others hold nothing yet); Object.values sees no getter.
  for (const loader of builtValues(ctx.loaders) as { clearAll(): unknown }[]) loader.clearAll();
  return ctx;
}
