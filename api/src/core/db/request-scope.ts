import { AsyncLocalStorage } from 'node:async_hooks';

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
