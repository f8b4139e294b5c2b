import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from './user.entity.js';

/** Why a link to set a password was sent. */
export enum PasswordLinkPurpose {
  /** The owner asked for it on the "forgot password" page. */
  RESET = 'RESET',
  /** The town office made the account (an import); its owner sets the first password. */
  ACTIVATION = 'ACTIVATION',
}

/**
 * A link, sent to an account's email, that sets its password once. Only the token's SHA-256 is
 * kept. Using one uses up every other link of the account and ends all its sessions.
 */
@Entity({ tableName: 'password_links' })
@Index({ properties: ['user', 'createdAt'] })
export class PasswordLink {
  [OptionalProps]?: 'createdAt' | 'usedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ unique: true })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Enum({ items: () => PasswordLinkPurpose, nativeEnumName: 'password_link_purpose' })
  purpose!: PasswordLinkPurpose;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
