import { DefaultLogger, type LogContext, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { DB_DEFAULTS, type DbSettings } from '../config.js';
import type { Logger } from '../logging/logger.js';
import { installConnectionGuard } from './connection-guard.js';
import { YuepuPostgreSqlDriver } from './postgres-driver.js';
import { ENTITIES } from '../../entities.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { countStatement } from './request-scope.js';

/**
 * Counts every statement and its time against the request that ran it (N+1 tests, the
 * x-sql-count header, request logs) and the process (metrics). It never prints a statement, not even in ORM debug mode: MikroORM hands it the SQL
 * with the values inlined, and they can be anyone's search words, ID numbers or password hashes.
 */
class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    if (!context.query || /^(begin|commit|rollback|savepoint|release)/i.test(context.query.trim())) return;
    countStatement(context.took ?? 0);
    // Deliberately not passed on to the default logger (see above).
  }
}

/**
 * The pool and its time limits (DbSettings). statement_timeout and
 * idle_in_transaction_session_timeout go in each connection's start-up packet, so they cost no
 * extra round trip and hold for every statement, transactions included.
 */
export function poolOptions(db: DbSettings): Partial<Options<PostgreSqlDriver>> {
  return {
    pool: { min: 0, max: db.poolMax, acquireTimeoutMillis: db.acquireTimeoutMs },
    driverOptions: {
      // knex's own default (60 s) is what froze requests for a minute; the smaller of the two wins.
      acquireConnectionTimeout: db.acquireTimeoutMs,
      connection: {
        connectionTimeoutMillis: db.connectTimeoutMs,
        statement_timeout: db.statementTimeoutMs,
        idle_in_transaction_session_timeout: db.idleInTransactionTimeoutMs,
        application_name: 'yuepu-hub',
      },
    },
  };
}

export function ormOptions(clientUrl: string, extra: Partial<Options<PostgreSqlDriver>> = {}, db: DbSettings = DB_DEFAULTS): Options<PostgreSqlDriver> {
  return {
    driver: YuepuPostgreSqlDriver,
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    migrations: { migrationsList: MIGRATIONS, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    loggerFactory: (options) => new CountingLogger(options),
    debug: false,
    // Every request forks its own entity manager; the global one is refused so it is never shared.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ...poolOptions(db),
    ...extra,
  };
}

/**
 * The ORM for serving requests: pool and time limits from the configuration, and the guard
 * against taking a second connection inside a transaction (connection-guard.ts).
 */
export async function openOrm(clientUrl: string, db: DbSettings, logger?: Logger): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(clientUrl, {}, db));
  installConnectionGuard(orm, {
    mode: db.connectionGuard,
    onViolation: (error) => logger?.warn({ err: error }, 'second database connection taken inside a transaction'),
  });
  return orm;
}
