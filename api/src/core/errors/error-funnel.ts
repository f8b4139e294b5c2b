import { GraphQLError, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../../context.js';
import type { Logger } from '../logging/logger.js';
import { busyCause, busyMessage, SERVICE_BUSY } from './busy.js';
import { DomainError, DomainErrorCode, pick, type Locale } from './domain-error.js';

/** HTTP status of each domain error code: what a plain HTTP route answers for it. */
export const HTTP_STATUS_OF: Record<DomainErrorCode, number> = {
  [DomainErrorCode.UNAUTHENTICATED]: 401,
  [DomainErrorCode.FORBIDDEN]: 403,
  [DomainErrorCode.NOT_FOUND]: 404,
  [DomainErrorCode.CONFLICT]: 409,
  [DomainErrorCode.BAD_USER_INPUT]: 400,
};

/** What a client is told about an error: the same for a GraphQL operation and a plain HTTP route. */
export interface ErrorAnswer {
  /** For plain HTTP; GraphQL answers 200 (or 503 when busy) with the error in the body. */
  status: number;
  message: string;
  extensions: { code: string; requestId?: string };
}

interface FunnelScope {
  locale: Locale;
  requestId: string;
  logger: Pick<Logger, 'warn' | 'error'>;
}

/**
 * The one place where errors become answers: domain errors keep their code and get words in the
 * request's language; a busy database is SERVICE_BUSY; anything unexpected is logged with the
 * request id and reaches the client only as "internal error" plus that id. `where` names the
 * kind of entry point in the log.
 */
export function answerFor(error: unknown, scope: FunnelScope, where = 'resolver'): ErrorAnswer {
  if (error instanceof DomainError) {
    return { status: HTTP_STATUS_OF[error.code], message: pick(error.text, scope.locale), extensions: { code: error.code } };
  }
  const busy = busyCause(error);
  if (busy) {
    scope.logger.warn({ err: error, cause: busy }, `database busy: ${busy}; answered SERVICE_BUSY`);
    return { status: 503, message: busyMessage(scope.requestId), extensions: { code: SERVICE_BUSY, requestId: scope.requestId } };
  }
  scope.logger.error({ err: error }, `unexpected error in ${where}`);
  return { status: 500, message: internalMessage(scope.requestId), extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: scope.requestId } };
}

/** Errors thrown in resolvers, through `answerFor`. */
export function toGraphQLError(error: unknown, context: GraphQLContext): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const answer = answerFor(error, context);
  return new GraphQLError(answer.message, { extensions: answer.extensions });
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

const internalMessage = (requestId: string) => `服务器内部错误，请稍后再试（请求编号 ${requestId}）/ Internal error; please try again later (request id ${requestId})`;

export function internalError(requestId: string): GraphQLError {
  return new GraphQLError(internalMessage(requestId), { extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
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
