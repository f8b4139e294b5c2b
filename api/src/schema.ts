import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './core/auth/auth-checker.js';
import { errorFunnel } from './core/errors/error-funnel.js';
import { createAppPubSub, type AppPubSub } from './core/realtime/pubsub.js';
import { RESOLVERS } from './modules/index.js';

export function buildAppSchema(options: { emitTo?: string; pubSub?: AppPubSub } = {}): Promise<GraphQLSchema> {
  const { emitTo, pubSub = createAppPubSub() } = options;
  return buildSchema({
    pubSub,
    resolvers: RESOLVERS as unknown as [Function, ...Function[]],
    authChecker,
    authMode: 'error',
    globalMiddlewares: [errorFunnel],
    validate: false,
    emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
  });
}
