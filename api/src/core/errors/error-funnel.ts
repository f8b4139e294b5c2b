import { GraphQLError, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../../context.js';
import { busyCause, busyError } from './busy.js';
import { DomainError, pick, type Locale } from './domain-error.js';

/**
 * The one place where errors thrown in resolvers become GraphQL errors: domain errors keep
 * their code and get words in the request's language; anything unexpected is logged with the
 * request id and reaches the client only as "internal error" plus that id.
 */
export function toGraphQLError(error: unknown, context: GraphQLContext): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof DomainError) return domainToGraphQLError(error, context.locale);
  const busy = busyCause(error);
  if (busy) {
    context.logger.warn({ err: error, cause: busy }, `database busy: ${busy}; answered SERVICE_BUSY`);
    return busyError(context.requestId);
  }
  context.logger.error({ err: error }, 'unexpected error in resolver');
  return internalError(context.requestId);
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | null)?.then === 'function';

/** `resolve` with its errors passed through the funnel; a synchronous answer stays synchronous. */
export function funnelled<S>(resolve: GraphQLFieldResolver<S, GraphQLContext>): GraphQLFieldResolver<S, GraphQLContext> {
  return (source, args, context, info) => {
    try {
      const result = resolve(source, args, context, info);
      return isPromise(result) ? result.catch((error: unknown) => Promise.reject(toGraphQLError(error, context))) : result;
    } catch (error) {
      throw toGraphQLError(error, context);
    }
  };
}

/**
 * Puts the funnel on every field that has a resolver of its own (queries, mutations,
 * subscriptions, field resolvers, fields with an access rule). It replaced a type-graphql global
 * middleware, which made every field, plain property reads included, an async chain of promises:
 * half the CPU of a 50-row list (issue 13). Plain fields have no resolver (see `plainFields` in
 * schema.ts) and only read a property, which does not throw.
 */
export function funnelErrors(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    // By tag, not instanceof: under vite-node the schema may come from a second copy of graphql.
    if (type.name.startsWith('__') || (type as { [Symbol.toStringTag]?: string })[Symbol.toStringTag] !== 'GraphQLObjectType') continue;
    for (const field of Object.values((type as GraphQLObjectType).getFields())) {
      if (field.resolve) field.resolve = funnelled(field.resolve);
      if (field.subscribe) field.subscribe = funnelled(field.subscribe);
    }
  }
  return schema;
}

export function domainToGraphQLError(error: DomainError, locale: Locale): GraphQLError {
  return new GraphQLError(pick(error.text, locale), { extensions: { code: error.code } });
}

export function internalError(requestId: string): GraphQLError {
  return new GraphQLError(`服务器内部错误，请稍后再试（请求编号 ${requestId}）/ Internal error; please try again later (request id ${requestId})`, {
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  });
}

const MAX_MESSAGE = 600;

/**
 * Last net for Apollo: an internal error that did not pass the funnel never shows its message,
 * and a message that quotes a huge value (graphql-js echoes a refused variable) is shortened,
 * keeping its start (which variable) and its end (why).
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  // Apollo prefixes an error from building the context; "busy" is already said in words.
  if (code === 'SERVICE_BUSY' && formatted.message.startsWith('Context creation failed: ')) {
    return { ...formatted, message: formatted.message.slice('Context creation failed: '.length) };
  }
  if (code === 'INTERNAL_SERVER_ERROR' && !formatted.extensions?.requestId) {
    return { message: '服务器内部错误 / Internal error', extensions: { code } };
  }
  if (formatted.message.length > MAX_MESSAGE) {
    return { ...formatted, message: `${formatted.message.slice(0, 120)} … ${formatted.message.slice(-(MAX_MESSAGE - 125))}` };
  }
  return formatted;
}
