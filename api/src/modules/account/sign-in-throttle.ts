import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * How many sign-in attempts may fail, and where they are counted.
 *
 * Every attempt takes a point from each counter *before* the password is checked, in one atomic
 * upsert per counter in PostgreSQL (rate-limiter-flexible's store), so sixty attempts sent at
 * once can never pass a limit of five: the sixth and later ones are refused without a password
 * check, whichever instance of the server they reach. A successful sign-in gives its points back.
 *
 * Three counters, so that a stranger cannot lock the owner out:
 * - **account + client address** (tight): 5 failures in 15 minutes. This is what stops someone
 *   guessing one person's password, and it only ever blocks the address that guessed.
 * - **client address** (across accounts): 30 failures in 15 minutes, against one address trying
 *   many accounts (password spraying). It is looser because an office shares one address.
 * - **account** (across addresses, loosest): 20 failures in an hour, against guessing spread over
 *   many addresses. One address alone can spend at most 5 of them (the pair limit stops it
 *   first), so a burst from one place never reaches it; and an address the owner has signed in
 *   from in the last 30 days is not subject to it at all, so even a spread-out attack cannot shut
 *   the owner out of the places they use.
 *
 * Unknown emails are counted exactly like known ones, so the answers reveal nothing.
 */
export const SIGN_IN_LIMITS = {
  pair: { points: 5, duration: 15 * 60 },
  address: { points: 30, duration: 15 * 60 },
  account: { points: 20, duration: 60 * 60 },
  knownAddressDays: 30,
} as const;

export class SignInRefused extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('too many sign-in attempts');
  }
}

const TABLE = 'sign_in_limits';
const digest = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex');

type Knex = ReturnType<EntityManager['getKnex']>;

/** One set of counters per database connection pool, shared by every request. */
const throttles = new WeakMap<Knex, SignInThrottle>();

export class SignInThrottle {
  static for(em: EntityManager): SignInThrottle {
    const knex = em.getKnex();
    let throttle = throttles.get(knex);
    if (!throttle) {
      throttle = new SignInThrottle(knex);
      throttles.set(knex, throttle);
    }
    return throttle;
  }

  private readonly pair: RateLimiterPostgres;
  private readonly address: RateLimiterPostgres;
  private readonly account: RateLimiterPostgres;
  private readonly known: RateLimiterPostgres;

  private constructor(private readonly knex: Knex) {
    // The table comes from a migration; the store's own timer for expired rows is off (it would
    // keep a closed pool alive), rows are swept in `afterSuccess` instead.
    const store = (keyPrefix: string, points: number, duration: number) => new RateLimiterPostgres({
      storeClient: knex, storeType: 'knex', tableName: TABLE, tableCreated: true, clearExpiredByTimeout: false, keyPrefix, points, duration,
    });
    this.pair = store('pair', SIGN_IN_LIMITS.pair.points, SIGN_IN_LIMITS.pair.duration);
    this.address = store('addr', SIGN_IN_LIMITS.address.points, SIGN_IN_LIMITS.address.duration);
    this.account = store('acct', SIGN_IN_LIMITS.account.points, SIGN_IN_LIMITS.account.duration);
    this.known = store('known', 1, SIGN_IN_LIMITS.knownAddressDays * 24 * 3600);
  }

  /**
   * Reserves one attempt for this email from this client address, or throws `SignInRefused`.
   * Counters are taken in order, tightest first, and a refusal gives back what it had taken, so
   * attempts refused at the pair limit never count against the account as a whole.
   */
  async reserve(email: string, clientAddress: string): Promise<Attempt> {
    const keys = { pair: digest(email, clientAddress), address: digest(clientAddress), account: digest(email) };
    const knownAddress = (await this.known.get(keys.pair)) !== null;
    const taken: [RateLimiterPostgres, string][] = [];
    const steps: [RateLimiterPostgres, string][] = [[this.pair, keys.pair], [this.address, keys.address]];
    if (!knownAddress) steps.push([this.account, keys.account]);
    for (const [limiter, key] of steps) {
      try {
        await limiter.consume(key);
        taken.push([limiter, key]);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        await Promise.all(taken.map(([l, k]) => l.reward(k)));
        throw new SignInRefused(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
      }
    }
    return {
      succeeded: async () => {
        // Only failures count: the pair starts afresh, the shared counters get their point back.
        await Promise.all([
          this.pair.delete(keys.pair),
          this.address.reward(keys.address),
          knownAddress ? null : this.account.reward(keys.account),
          this.known.set(keys.pair, 1, SIGN_IN_LIMITS.knownAddressDays * 24 * 3600),
        ]);
        await this.knex.raw(`delete from ${TABLE} where expire < ?`, [Date.now() - 3600_000]);
      },
    };
  }
}

export interface Attempt {
  /** The password was right: forget this attempt. */
  succeeded(): Promise<void>;
}
