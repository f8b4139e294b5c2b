import { AsyncLocalStorage } from 'node:async_hooks';

/** What one HTTP request carries through its async work: its id and how many SQL statements it ran. */
export interface RequestScope {
  requestId: string;
  sqlStatements: number;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
