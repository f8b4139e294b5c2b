import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** One failed sign-in, kept for the throttle window; keyed by the email typed, known or not. */
@Entity({ tableName: 'sign_in_failures' })
@Index({ properties: ['email', 'failedAt'] })
export class SignInFailure {
  [OptionalProps]?: 'failedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property()
  email!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  failedAt: Date = new Date();
}
