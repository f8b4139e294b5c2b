import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/** What a field resolver's parameter is given: the parent object, the context or the resolve info. */
type ParamKind = 'root' | 'context' | 'info';

/** The parts of type-graphql's field resolver metadata read here, as its schema build leaves them. */
interface FieldResolverMeta {
  kind: 'internal' | 'external';
  target: new () => unknown;
  methodName: string;
  schemaName: string;
  getObjectType?: () => unknown;
  params?: { kind: string; index: number; propertyName?: string; getType?: () => unknown }[];
  roles?: unknown[];
  middlewares?: unknown[];
}

/** Marks a resolve function made here (for the tests). */
export const DIRECT = Symbol('direct field resolver');

/**
 * Field resolvers (`@FieldResolver` methods) called directly instead of through type-graphql's
 * handler (issue 13). For every call, type-graphql builds a `resolverData` object, sorts the
 * method's parameter list (V8's sort allocates a work array each time), maps it to a new array of
 * arguments and looks the resolver instance up: on the review queue (six such fields per row) that
 * was about an eighth of all the memory a request allocated. Here the parameters are worked out
 * once, when the schema is built, and the method is called with them.
 *
 * Only fields whose method takes nothing but `@Root()`, `@Ctx()` and `@Info()` (whole objects),
 * with no access rule and no middleware, are made direct; the rest (arguments to convert and
 * validate, `@Authorized` fields) keep type-graphql's handler. type-graphql turns a root that is
 * not an instance of the parameter's declared class into one (`convertToType`): such a call goes
 * to its handler too, so every answer stays the same.
 *
 * Run it after `buildSchema` (which fills in the metadata read here) and before anything wraps
 * the resolvers (the error funnel).
 */
export function directFieldResolvers(schema: GraphQLSchema, resolvers: readonly unknown[], instanceOf: (resolverClass: new () => unknown) => unknown): number {
  const storage = getMetadataStorage() as unknown as { fieldResolvers: FieldResolverMeta[]; objectTypes: { target: unknown; name: string }[] };
  const typeNames = new Map(storage.objectTypes.map((o) => [o.target, o.name]));
  const done = new Set<string>();
  let made = 0;
  for (const meta of storage.fieldResolvers) {
    if (meta.kind !== 'external' || !resolvers.includes(meta.target) || !meta.getObjectType || !meta.params) continue;
    const typeName = typeNames.get(meta.getObjectType());
    const key = `${typeName}.${meta.schemaName}`;
    // type-graphql gives a field the first resolver it finds for it; a second one is not its.
    if (!typeName || done.has(key)) continue;
    done.add(key);
    const field = (schema.getType(typeName) as { getFields?: () => Record<string, { resolve?: GraphQLFieldResolver<unknown, unknown>; args: readonly unknown[] }> } | undefined)?.getFields?.()[meta.schemaName];
    if (!field?.resolve || field.args.length > 0 || meta.roles?.length || meta.middlewares?.length) continue;
    const direct = directResolver(meta, field.resolve, instanceOf(meta.target));
    if (direct) { field.resolve = direct; made++; }
  }
  return made;
}

function directResolver(meta: FieldResolverMeta, handler: GraphQLFieldResolver<unknown, unknown>, instance: unknown): GraphQLFieldResolver<unknown, unknown> | null {
  // In type-graphql's order: sorted by position, then given in that order.
  const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
  if (params.length > 3 || params.some((p) => !['root', 'context', 'info'].includes(p.kind) || p.propertyName !== undefined)) return null;
  const kinds = params.map((p) => p.kind as ParamKind);
  const method = (instance as Record<string, unknown>)[meta.methodName];
  if (typeof method !== 'function') return null;
  // The root's declared class (an interface or a type alias declares Object); anything else, keep the handler.
  const declared = params.find((p) => p.kind === 'root')?.getType?.();
  if (declared !== undefined && typeof declared !== 'function') return null;
  const rootClass = declared ?? null;
  const pick = (kind: ParamKind | undefined, root: unknown, context: unknown, info: unknown) =>
    (kind === 'root' ? root : kind === 'context' ? context : kind === 'info' ? info : undefined);
  const [k0, k1, k2] = kinds;
  const resolve: GraphQLFieldResolver<unknown, unknown> = (root, args, context, info) => {
    if (rootClass && root != null && !(root instanceof rootClass)) return handler(root, args, context, info);
    return (method as (...a: unknown[]) => unknown).call(instance, pick(k0, root, context, info), pick(k1, root, context, info), pick(k2, root, context, info));
  };
  return Object.assign(resolve, { [DIRECT]: true });
}
