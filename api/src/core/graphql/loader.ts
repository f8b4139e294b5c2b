import DataLoader from 'dataloader';
import { required } from '../required.js';

/**
 * A per-request loader that fetches many rows by one primitive key in a single query and
 * answers in key order (null where a row is missing).
 */
export function keyedLoader<K extends string, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A per-request loader of many rows per primitive key, in one query, answered in key order (empty where none). */
export function groupedLoader<V, K extends string = string>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, V[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const list = byKey.get(key);
      if (list) list.push(row);
      else byKey.set(key, [row]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/**
 * The row behind a reference the database guarantees (a foreign key, a not-null column): the
 * loader answers null only if the data broke its own constraints, a bug reported as one.
 */
export async function loadRequired<K, V>(loader: DataLoader<K, V | null>, key: K, what: string): Promise<V> {
  return required(await loader.load(key), `${what} ${String(key)}`);
}
