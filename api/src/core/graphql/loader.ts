import DataLoader from 'dataloader';

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
