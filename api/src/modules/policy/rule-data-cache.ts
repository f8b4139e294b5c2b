/**
 * Rule data already parsed by this process, by the MD5 of its text as PostgreSQL prints it (a
 * jsonb value always prints the same way). The points estimate's statement is told which hashes
 * the process has and sends a version's data only when its hash is not among them: the data (7 KB
 * of JSON for the points tables) was most of the statement's CPU, to receive and to parse, on
 * every request (issue 13).
 *
 * Nothing here can go stale: each request still reads which versions are in force, and their
 * hashes, in its one statement, so a version published on another instance (or changed in place,
 * or a different database in the same process) is a hash the process does not have, and its data
 * comes with the answer. The data is frozen because every request shares it: a calculation that
 * tried to change it would throw instead of changing the next request's rules.
 */
export class RuleDataCache {
  /** In order of use, the least recently used first. */
  private readonly entries = new Map<string, unknown>();

  constructor(private readonly max = 16) {}

  /**
   * What the process has now, to send with a statement and to take the data from when it
   * returns: a copy, so that entries other requests drop while the statement runs stay usable.
   */
  snapshot(): ReadonlyMap<string, unknown> {
    return new Map(this.entries);
  }

  /**
   * A version's data: what the statement sent (`sent`), kept frozen for the next requests, or,
   * when the statement left it out because its hash was in `snapshot`, the data from there.
   */
  resolve(hash: string, leftOut: boolean, sent: unknown, snapshot: ReadonlyMap<string, unknown>): unknown {
    if (leftOut && !snapshot.has(hash)) throw new Error(`rule data ${hash} was left out but is not known`);
    const data = leftOut ? snapshot.get(hash) : deepFreeze(sent);
    this.keep(hash, data);
    return data;
  }

  private keep(hash: string, data: unknown): void {
    this.entries.delete(hash);
    this.entries.set(hash, data);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
  }

  /** How many are kept (tests). */
  get size(): number {
    return this.entries.size;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
