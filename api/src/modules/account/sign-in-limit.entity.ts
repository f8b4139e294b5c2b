import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The sign-in throttle's counters, in the layout rate-limiter-flexible's PostgreSQL store reads
 * and writes (one atomic upsert per count; see sign-in-throttle.ts). Keys are SHA-256 digests,
 * so the table holds no email address or client address.
 */
@Entity({ tableName: 'sign_in_limits' })
export class SignInLimit {
  @PrimaryKey({ length: 255 })
  key!: string;

  @Property({ default: 0 })
  points: number = 0;

  /** Milliseconds since 1970 when this window ends (the store's own format). */
  @Property({ type: 'bigint', nullable: true })
  expire?: string | null;
}
