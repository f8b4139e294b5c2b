import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { busyCause, busyError } from './busy.js';
import { DomainError, pick, type Locale } from './domain-error.js';

/**
 * The one place where errors thrown in resolvers become GraphQL errors: domain errors keep
 * their code and get words in the request's language; anything unexpected is logged with the
 * request id and reaches the client only as "internal error" plus that id.
 */
export const errorFunnel: MiddlewareFn<GraphQLContext> = async ({ context }, next) => {
  try {
    return await next();
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    if (error instanceof DomainError) throw domainToGraphQLError(error, context.locale);
    const busy = busyCause(error);
    if (busy) {
      context.logger.warn({ err: error, cause: busy }, `database busy: ${busy}; answered SERVICE_BUSY`);
      throw busyError(context.requestId);
    }
    context.logger.error({ err: error }, 'unexpected error in resolver');
    throw internalError(context.requestId);
  }
};

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
