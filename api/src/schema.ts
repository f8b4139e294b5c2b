import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './core/auth/auth-checker.js';
import { errorFunnel } from './core/errors/error-funnel.js';
import { guardTextInputs } from './core/graphql/input-guard.js';
import { createAppPubSub, type AppPubSub } from './core/realtime/pubsub.js';
import { RESOLVERS } from './modules/index.js';

export async function buildAppSchema(options: { emitTo?: string; pubSub?: AppPubSub } = {}): Promise<GraphQLSchema> {
  const { emitTo, pubSub = createAppPubSub() } = options;
  const schema = await buildSchema({
    pubSub,
    resolvers: RESOLVERS as unknown as [Function, ...Function[]],
    authChecker,
    authMode: 'error',
    globalMiddlewares: [errorFunnel],
    validate: false,
    emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
  });
  // Text limits and NUL refusal for every argument, in one place (core/text-limits.ts).
  return guardTextInputs(schema);
}
