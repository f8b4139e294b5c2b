import { DefaultLogger, type LoggerOptions, type LogContext, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ENTITIES } from '../../entities.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { recordSql } from '../metrics/sql-totals.js';
import { requestScope } from './request-scope.js';

/**
 * Counts every statement and its time against the request that ran it (N+1 tests, the
 * x-sql-count header, request logs) and the process (metrics). It never prints a statement, not even in ORM debug mode: MikroORM hands it the SQL
 * with the values inlined, and they can be anyone's search words, ID numbers or password hashes.
 */
class CountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    if (!context.query || /^(begin|commit|rollback|savepoint|release)/i.test(context.query.trim())) return;
    const ms = context.took ?? 0;
    recordSql(ms);
    const scope = requestScope.getStore();
    if (scope) {
      scope.sqlStatements++;
      scope.sqlMs += ms;
    }
    // Deliberately not passed on to the default logger (see above).
  }
}

export function ormOptions(clientUrl: string, extra: Partial<Options<PostgreSqlDriver>> = {}): Options<PostgreSqlDriver> {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    migrations: { migrationsList: MIGRATIONS, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    loggerFactory: (options) => new CountingLogger(options),
    debug: false,
    // Every request forks its own entity manager; the global one is refused so it is never shared.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: 10 },
    ...extra,
  };
}
