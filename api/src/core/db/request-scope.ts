import { AsyncLocalStorage } from 'node:async_hooks';
import { recordSql } from '../metrics/sql-totals.js';

/** What one HTTP request carries through its async work: its id, the SQL it ran, its GraphQL operation. */
export interface RequestScope {
  requestId: string;
  sqlStatements: number;
  /** Time spent in those statements, in milliseconds. */
  sqlMs: number;
  /** GraphQL: the operation type and first root field, as metrics label it (`mutation signIn`). */
  operation?: string;
  /** GraphQL: the operation name the client gave, when it is a plain name. */
  operationName?: string;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/**
 * Counts one statement and its time against the request running it (N+1 tests, the x-sql-count
 * header, request logs) and the process (metrics): for the ORM's statements (its logger,
 * orm.config.ts) and the raw read path (read-rows.ts) alike.
 */
export function countStatement(ms: number): void {
  recordSql(ms);
  const scope = requestScope.getStore();
  if (scope) {
    scope.sqlStatements++;
    scope.sqlMs += ms;
  }
}
