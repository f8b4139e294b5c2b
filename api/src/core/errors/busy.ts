import { GraphQLError } from 'graphql';

/**
 * "The database could not take this request in time": the pool had no free connection within
 * DB_ACQUIRE_TIMEOUT_MS, a statement ran or waited on a lock past DB_STATEMENT_TIMEOUT_MS, a
 * connection could not be opened or was cut. The user can only try again; the operator needs the
 * cause, which is logged (by kind and SQLSTATE, never the statement).
 */
export type BusyCause = 'pool exhausted (acquire timeout)' | 'statement timeout' | 'lock timeout' | 'idle in transaction timeout'
  | 'too many connections' | 'database shutting down or starting' | 'connection failed or lost';

const BY_SQLSTATE: Record<string, BusyCause> = {
  '57014': 'statement timeout',
  '55P03': 'lock timeout',
  '25P03': 'idle in transaction timeout',
  '53300': 'too many connections',
  '57P01': 'database shutting down or starting',
  '57P02': 'database shutting down or starting',
  '57P03': 'database shutting down or starting',
};

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);
const CONNECTION_MESSAGE = /^(Connection terminated|timeout expired|Client has encountered a connection error|Connection ended unexpectedly)/;

/** Why the database was busy, or null when `error` is something else (a bug, a refused value). */
export function busyCause(error: unknown, depth = 0): BusyCause | null {
  if (typeof error !== 'object' || error === null || depth > 4) return null;
  const e = error as { name?: unknown; code?: unknown; sqlState?: unknown; message?: unknown; cause?: unknown; previous?: unknown };
  // MikroORM re-raises knex's error as a DriverException with its message (and not its name).
  if (e.name === 'KnexTimeoutError' || (typeof e.message === 'string' && e.message.startsWith('Knex: Timeout acquiring a connection'))) return 'pool exhausted (acquire timeout)';
  const state = typeof e.sqlState === 'string' ? e.sqlState : typeof e.code === 'string' ? e.code : '';
  if (BY_SQLSTATE[state]) return BY_SQLSTATE[state];
  if (/^08/.test(state) && state.length === 5) return 'connection failed or lost';
  if (CONNECTION_CODES.has(state)) return 'connection failed or lost';
  if (typeof e.message === 'string' && CONNECTION_MESSAGE.test(e.message)) return 'connection failed or lost';
  return busyCause(e.previous, depth + 1) ?? busyCause(e.cause, depth + 1);
}

export const SERVICE_BUSY = 'SERVICE_BUSY';

/** Words for the user, both languages, with the request id to quote to support. */
export function busyMessage(requestId: string): string {
  return `服务繁忙，请稍后重试（请求编号 ${requestId}）/ The service is busy; please try again in a moment (request id ${requestId})`;
}

export function busyError(requestId: string, httpStatus?: number): GraphQLError {
  return new GraphQLError(busyMessage(requestId), {
    extensions: { code: SERVICE_BUSY, requestId, ...(httpStatus ? { http: { status: httpStatus, headers: new Map([['retry-after', '2']]) } } : {}) },
  });
}
