import type { EntityManager } from '@mikro-orm/postgresql';
import type { KeysetOrder, KeysetWindow } from '../graphql/pagination.js';
import { theRow } from './rows.js';

/** Rows to page through: `from` (with its aliases) and a where clause using them, with its parameters. */
export interface KeysetSource {
  from: string;
  where: string;
  params: unknown[];
}

/** A page of entities read by keyset, in the list's order, with the total and each row's place for its cursor. */
export interface KeysetEntities<T> {
  rows: T[];
  total: number;
  keyOf: (row: T) => ReturnType<KeysetOrder['keyOf']>;
}

/**
 * One keyset page of entities in two statements whatever the page size: the ids in order with
 * their sort values and the total (a scalar subquery: the total of the whole list, not of the
 * rows after the cursor), then the entities by id with `load` (a third only for an empty page, to count). Reads
 * `limit + 1` ids so the connection knows whether more follow.
 */
export async function keysetEntities<T extends { id: string }>(
  em: EntityManager, load: (ids: string[]) => Promise<T[]>, source: KeysetSource, order: KeysetOrder, window: KeysetWindow, idColumn: string,
): Promise<KeysetEntities<T>> {
  const after = order.after(window);
  const conn = em.getConnection();
  const ids = await conn.execute<({ id: string; total: string } & Record<`sort_${number}`, string>)[]>(
    `select ${idColumn} as id, ${order.select}, (select count(*) from ${source.from} where ${source.where}) as total
       from ${source.from} where ${source.where}${after.sql} order by ${order.orderBy} offset ? limit ?`,
    [...source.params, ...source.params, ...after.params, window.offset, window.limit + 1],
  );
  const [first] = ids;
  if (!first) {
    const { total } = theRow(await conn.execute<{ total: string }[]>(`select count(*) as total from ${source.from} where ${source.where}`, source.params), 'count of a list');
    return { rows: [], total: Number(total), keyOf: (row) => ({ key: '0', id: row.id }) };
  }
  const entities = await load(ids.map((r) => r.id));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const keys = new Map(ids.map((r) => [r.id, order.keyOf(r)]));
  return {
    rows: ids.flatMap((r) => byId.get(r.id) ?? []),
    total: Number(first.total),
    keyOf: (row) => keys.get(row.id) ?? { key: '0', id: row.id },
  };
}
