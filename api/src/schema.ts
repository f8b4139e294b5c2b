import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type ContainerType } from 'type-graphql';
import { authChecker } from './core/auth/auth-checker.js';
import { funnelErrors } from './core/errors/error-funnel.js';
import { directFieldResolvers } from './core/graphql/direct-field-resolvers.js';
import { guardTextInputs } from './core/graphql/input-guard.js';
import { createAppPubSub, type AppPubSub } from './core/realtime/pubsub.js';
import { RESOLVERS } from './modules/index.js';

/**
 * Marks every plain output field simple, so graphql-js reads the property itself instead of
 * calling a type-graphql resolver per field (issue 13: a 50-row list has about 2,300 fields).
 * Plain: no resolver method, no access rule, no middleware, and its property has the field's
 * name (the default resolver reads `source[fieldName]`).
 */
function plainFields(): void {
  const storage = getMetadataStorage();
  for (const field of storage.fields) {
    if (field.simple !== undefined || field.roles?.length || field.middlewares?.length || field.name !== field.schemaName) continue;
    field.simple = true;
  }
}

/**
 * One instance of each resolver class, found by a Map. type-graphql's own container looks the
 * instance up by a linear search of every resolver class it has made, on every call of a field
 * resolver: a 50-row review queue makes about 300 such calls (issue 13).
 */
class ResolverInstances implements ContainerType {
  private readonly instances = new Map<new () => unknown, unknown>();

  get(someClass: new () => unknown): unknown {
    let instance = this.instances.get(someClass);
    if (instance === undefined) {
      instance = new someClass();
      this.instances.set(someClass, instance);
    }
    return instance;
  }
}

export async function buildAppSchema(options: { emitTo?: string; pubSub?: AppPubSub } = {}): Promise<GraphQLSchema> {
  const { emitTo, pubSub = createAppPubSub() } = options;
  plainFields();
  const container = new ResolverInstances();
  const schema = await buildSchema({
    pubSub,
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    container,
    validate: false,
    emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
  });
  // Field resolvers without arguments are called directly, not through type-graphql's handler
  // (core/graphql/direct-field-resolvers.ts); text limits and NUL refusal for every argument, in
  // one place (core/text-limits.ts); then errors of every resolver pass the funnel (core/errors/error-funnel.ts).
  directFieldResolvers(schema, RESOLVERS, (resolverClass) => container.get(resolverClass));
  return funnelErrors(guardTextInputs(schema));
}
