import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { DomainError, DomainErrorCode, type LocalisedText } from '../errors/domain-error.js';
import { matchGroups } from '../regex.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: '分页信息 / Where this page sits in the whole list' })
export class PageInfo {
  @Field({ description: '后面是否还有 / Whether more items follow' })
  hasNextPage!: boolean;

  @Field({ description: '前面是否还有 / Whether items come before' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: '本页第一项的游标 / Cursor of the first item' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: '本页最后一项的游标，传给 after 取下一页 / Cursor of the last item; pass as `after` for the next page' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `每页条数，最多 ${MAX_PAGE_SIZE} / How many items, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '从此游标之后开始 / Start after this cursor' })
  after?: string | null;
}

/** A page request after checking: how many rows to skip and to take. */
export interface PageWindow {
  offset: number;
  limit: number;
}

// Cursors are opaque to clients; today they carry a position in the ordered list.
const encodeCursor = (position: number) => Buffer.from(`pos:${position}`).toString('base64url');

function decodeCursor(cursor: string): number | null {
  const match = /^pos:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  return match ? Number(match[1]) : null;
}

function badPage(zh: string, en: string): DomainError {
  return new DomainError(DomainErrorCode.BAD_USER_INPUT, { zh, en });
}

const badCursor = () => badPage('after 游标无效：请从第一页重新开始。', 'The after cursor is not valid: start again from the first page.');

export function pageWindow(args: PageArgs): PageWindow {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badPage(`first 须在 0 到 ${MAX_PAGE_SIZE} 之间。`, `first must be from 0 to ${MAX_PAGE_SIZE}.`);
  }
  if (!args.after) return { offset: 0, limit };
  const position = decodeCursor(args.after);
  if (position === null) throw badCursor();
  return { offset: position + 1, limit };
}

/**
 * Keyset cursors (issue 13): a row's place is its sort key and id, not its position, so rows
 * that leave the list while someone pages through it (a queue that drains) make nobody skip a
 * row. `asOf` is where the list ended when the walk began (the newest key the first page saw):
 * later pages keep to rows whose key is no later, so a row that moved to the end since (its key
 * set to now), or a row added since, is not shown a second time; it appears when the list is
 * read afresh. Keys are timestamps in whole microseconds since 1970, as PostgreSQL stores them
 * (decimal text); a cursor writes them in base 36 to stay short (`after` takes 100 characters).
 */
export interface Keyset {
  asOf: string;
  key: string;
  id: string;
  /** Further sort values after `key`, for a list sorted on several (community needs); decimal text. */
  more?: readonly string[];
}

/** A page request on a keyset list: after a keyset cursor, or after a position (older cursors, still accepted). */
export interface KeysetWindow {
  limit: number;
  after: Keyset | null;
  /** Rows to skip: only for a position cursor (`pos:`), 0 otherwise. */
  offset: number;
}

// Sort values are safe integers in base 36, a minus sign for the negative ones (a descending
// part of an ascending order), `_` between the parts of a key of several.
const PART = '-?[0-9a-z]{1,11}';
const KEYSET = new RegExp(`^k([0-9a-z]{1,11})\\.(${PART}(?:_${PART}){0,3})\\.([0-9a-f]{32})$`);

export const encodeKeyset = (k: Keyset) =>
  Buffer.from(`k${Number(k.asOf).toString(36)}.${[k.key, ...(k.more ?? [])].map((part) => Number(part).toString(36)).join('_')}.${k.id.replaceAll('-', '')}`).toString('base64url');

/** SQL giving a timestamptz column as a keyset key: microseconds since 1970 (exact: extract gives a numeric). */
export const keysetKey = (column: string) => `(extract(epoch from ${column}) * 1000000)::bigint`;

/** SQL turning a key parameter back into the timestamptz it came from. */
export const keysetTime = (parameter: string) => `(timestamptz 'epoch' + ${parameter}::bigint * interval '1 microsecond')`;

function decodeKeyset(cursor: string): Keyset | null {
  const match = matchGroups(KEYSET, Buffer.from(cursor, 'base64url').toString(), 3);
  if (!match) return null;
  const [asOfText, keyText, hex] = match;
  const asOf = parseInt(asOfText, 36);
  const parts = keyText.split('_').map((part) => parseInt(part, 36));
  if (![asOf, ...parts].every(Number.isSafeInteger)) return null;
  const [key, ...more] = parts.map(String);
  if (key === undefined) return null;
  return { asOf: String(asOf), key, ...(more.length ? { more } : {}), id: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}` };
}

export function keysetWindow(args: PageArgs): KeysetWindow {
  const { limit, offset } = pageWindow({ first: args.first });
  if (!args.after) return { limit, after: null, offset };
  const keyset = decodeKeyset(args.after);
  if (keyset) return { limit, after: keyset, offset: 0 };
  return { ...pageWindow(args), after: null };
}

/**
 * One part of a keyset list's order: a timestamptz column (`time`: the key is its microseconds,
 * compared as a timestamp so an index on it serves), or any SQL giving a bigint (negate it for a
 * part sorted the other way than the rest).
 */
export type SortPart = { time: string } | { int: string };

/**
 * A list ordered by some parts and then its id, all ascending (or all descending), read a page at
 * a time with keyset cursors: `select` gives each row's sort values (`sort_0`, `sort_1`, …),
 * `after` the condition for the rows after a cursor, `orderBy` the order; `keyOf` the cursor's
 * values from a row read with `select`. A cursor with fewer or more parts than the order is refused.
 */
export class KeysetOrder {
  constructor(private readonly parts: readonly SortPart[], private readonly id: string, private readonly descending = false) {}

  get select(): string {
    return this.parts.map((p, i) => `${'time' in p ? keysetKey(p.time) : `(${p.int})::bigint`} as sort_${i}`).join(', ');
  }

  get orderBy(): string {
    const direction = this.descending ? ' desc' : '';
    return [...this.parts.map((p) => ('time' in p ? p.time : p.int)), this.id].map((sql) => sql + direction).join(', ');
  }

  /** ` and (…) > (…)` with its parameters, or nothing for the first page. */
  after(window: KeysetWindow): { sql: string; params: unknown[] } {
    const after = window.after;
    if (!after) return { sql: '', params: [] };
    const values = [after.key, ...(after.more ?? [])];
    if (values.length !== this.parts.length) throw badCursor();
    const rows = this.parts.map((p) => ('time' in p ? p.time : p.int));
    const cursor = this.parts.map((p) => ('time' in p ? keysetTime('?') : '?::bigint'));
    return { sql: ` and (${[...rows, this.id].join(', ')}) ${this.descending ? '<' : '>'} (${[...cursor, '?::uuid'].join(', ')})`, params: [...values, after.id] };
  }

  keyOf(row: { id: string }): { key: string; more?: string[]; id: string } {
    const [key = '0', ...more] = this.parts.map((_, i) => String(Reflect.get(row, `sort_${i}`)));
    return more.length ? { key, more, id: row.id } : { key, id: row.id };
  }
}

/**
 * An edge of a keyset list whose cursor is written when it is read: a list screen that asks for
 * the nodes and only pageInfo's end cursor (the web's lists) no longer writes one per row (issue
 * 13; half a per cent of a 50-row queue's CPU per cursor it does not read).
 */
class KeysetEdge<T> {
  #cursor: string | undefined;
  constructor(readonly node: T, private readonly asOf: string, private readonly keyOf: (row: T) => Omit<Keyset, 'asOf'>) {}

  get cursor(): string {
    return this.#cursor ??= encodeKeyset({ asOf: this.asOf, ...this.keyOf(this.node) });
  }
}

/** The page info of a keyset page, whose cursors, like its edges', are written only when read. */
class KeysetPageInfo<T> implements PageInfo {
  constructor(private readonly edges: readonly KeysetEdge<T>[], readonly hasNextPage: boolean, readonly hasPreviousPage: boolean) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges.at(-1)?.cursor ?? null;
  }
}

/**
 * A connection from a keyset page: `rows` were fetched with limit + 1 (the extra one only says
 * that more follow), `asOf` is the walk's start (the cursor's, or the database's clock now).
 */
export function toKeysetConnection<T>(rows: T[], window: KeysetWindow, totalCount: number, asOf: string, keyOf: (row: T) => { key: string; more?: readonly string[]; id: string }): ConnectionShape<T> {
  const page = rows.slice(0, window.limit);
  const edges = page.map((node) => new KeysetEdge(node, asOf, keyOf));
  return { edges, totalCount, pageInfo: new KeysetPageInfo(edges, rows.length > window.limit, window.after !== null || window.offset > 0) };
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds a connection from one page of rows (fetched with `limit`) and the list's total. */
export function toConnection<T>(rows: T[], window: PageWindow, totalCount: number): ConnectionShape<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(window.offset + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: window.offset + rows.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string, what: LocalisedText) {
  @ObjectType(`${name}Edge`, { description: `${what.zh}列表中的一项 / One ${what.en} in a list` })
  class Edge {
    @Field({ description: '此项的游标 / Cursor of this item' })
    cursor!: string;

    @Field(() => nodeType, { description: `${what.zh} / The ${what.en}` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `${what.zh}的分页列表 / A page of ${what.en} items` })
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge], { description: '本页各项 / Items on this page' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: '分页信息 / Paging information' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: '符合条件的总数 / How many items match in all' })
    totalCount!: number;
  }

  return Connection;
}
