import { AsyncLocalStorage } from 'node:async_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Catches the pattern that froze the service (issue 10 item 4): code running inside a
 * transaction takes a *second* pool connection (a query on the request's entity manager instead
 * of the transaction's, a fork, a loader) while its transaction holds the first. Under load every
 * request then holds one connection and waits for another, and the pool starves.
 *
 * How: each top-level transaction runs its callback in an async scope; the pool's
 * `acquireConnection` refuses (tests) or logs (production) when called from inside such a scope
 * while that transaction is still open. Savepoints and queries on the transaction itself use its
 * connection and never reach the pool.
 */

interface OpenTransaction {
  open: boolean;
}

const insideTransaction = new AsyncLocalStorage<OpenTransaction>();
const REPORTED: OpenTransaction = { open: false };

export class SecondConnectionError extends Error {
  constructor() {
    super('A second database connection was requested while this code holds an open transaction; use the transaction\'s entity manager (tx) instead.');
    this.name = 'SecondConnectionError';
  }
}

export interface ConnectionGuardOptions {
  mode: 'throw' | 'log';
  /** Told about each offence (production logs it with the stack frames). */
  onViolation?: (error: SecondConnectionError) => void;
}

/** Offences seen in this process, for tests that assert none happened under load. */
export const connectionGuardViolations: SecondConnectionError[] = [];

const GUARDED = Symbol('connectionGuard');

// MikroORM's connection methods are patched in place: their own signatures are any-typed.
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- wraps untyped driver internals */
type Fn = (...args: any[]) => any;

/** Installs the guard on one ORM (its connection and its knex pool). Call after MikroORM.init. */
export function installConnectionGuard(orm: MikroORM, options: ConnectionGuardOptions): void {
  const connection = orm.em.getConnection('write') as unknown as { transactional: Fn; execute: Fn; getKnex(): { client: { acquireConnection: Fn } } } & Record<symbol, unknown>;
  if (connection[GUARDED]) return;
  connection[GUARDED] = true;

  const transactional = connection.transactional.bind(connection);
  connection.transactional = async (cb: Fn, txOptions: { ctx?: unknown } = {}) => {
    // A savepoint inside an open transaction reuses its connection and its scope.
    if (txOptions.ctx) return transactional(cb, txOptions);
    const marker: OpenTransaction = { open: true };
    try {
      return await transactional((trx: unknown) => insideTransaction.run(marker, () => cb(trx)), txOptions);
    } finally {
      // Work started inside the transaction that outlives it (after commit) may use the pool.
      marker.open = false;
    }
  };

  /** Recorded and told; the error is what `throw` mode rejects with. */
  const offence = (): SecondConnectionError => {
    const error = new SecondConnectionError();
    connectionGuardViolations.push(error);
    options.onViolation?.(error);
    return error;
  };

  // Statements through the ORM are checked here, where the stack still names the caller.
  const execute = connection.execute.bind(connection);
  connection.execute = (query: unknown, params?: unknown, method?: unknown, ctx?: unknown, loggerContext?: unknown) => {
    const onTransaction = ctx || (typeof query === 'object' && query !== null && (query as { client?: { transacting?: unknown } }).client?.transacting);
    if (!onTransaction && insideTransaction.getStore()?.open) {
      const error = offence();
      if (options.mode === 'throw') return Promise.reject(error);
      // Logged once: the pool below need not report it again.
      return insideTransaction.run(REPORTED, () => execute(query, params, method, ctx, loggerContext));
    }
    return execute(query, params, method, ctx, loggerContext);
  };

  // Everything else that reaches the pool (raw knex, a fork's new transaction) is caught here.
  const client = connection.getKnex().client;
  const acquire = client.acquireConnection.bind(client);
  client.acquireConnection = () => {
    if (insideTransaction.getStore()?.open) {
      const error = offence();
      if (options.mode === 'throw') return Promise.reject(error);
    }
    return acquire();
  };
}
