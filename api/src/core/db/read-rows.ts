import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { countStatement } from './request-scope.js';

/** What the raw path uses of knex's client (the pool's, or a transaction's) and of a pg client. */
interface PooledClient {
  acquireConnection(): Promise<{ query(config: { text: string; values: readonly unknown[] }): Promise<{ rows: unknown[] }> }>;
  releaseConnection(connection: unknown): Promise<void>;
}

/**
 * The rows of one read-only statement, sent straight to the pg client with its parameters bound
 * (`$1`, `$2`…; never values written into the SQL). For hot reads — the session lookup every
 * request makes, the points estimate's rule versions: `em.execute` costs about 95 µs of CPU per
 * statement (MikroORM writes the values into the SQL, knex builds a query object, the logger's
 * context), this about 35-55 (issue 13).
 *
 * It keeps what the ORM's path gives: the connection comes from the ORM's own pool (so its limit
 * holds) through knex's `acquireConnection`, which the connection guard watches
 * (connection-guard.ts), or is the transaction's when `em` is a transaction's; statement_timeout
 * holds because it is in every pooled connection's start-up packet (orm.config.ts); the statement
 * is counted against the request (x-sql-count, the request log, /metrics); and a failure comes out
 * as the same DriverException `em.execute` throws, so busy and constraint errors map as before.
 * The pg client's type parsers are the ORM's (dates come back as strings, as with `em.execute`).
 */
export async function readRows<T>(em: EntityManager, text: string, values: readonly unknown[] = []): Promise<T[]> {
  const transaction = em.getTransactionContext<Knex.Transaction>();
  const client = (transaction ?? em.getConnection().getKnex()).client as unknown as PooledClient;
  const started = performance.now();
  let connection: Awaited<ReturnType<PooledClient['acquireConnection']>> | undefined;
  try {
    connection = await client.acquireConnection();
    return (await connection.query({ text, values })).rows as T[];
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  } finally {
    // Released whatever happened, and whether or not the HTTP client is still there.
    if (connection) void client.releaseConnection(connection);
    countStatement(performance.now() - started);
  }
}
