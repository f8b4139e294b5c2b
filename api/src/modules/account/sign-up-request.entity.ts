import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Organisation } from '../organisation/index.js';

/**
 * A sign-up waiting for its email address to be confirmed. Sign-up answers the same whether or
 * not the address already has an account, so the account is made only when the link sent to
 * the address is opened (`confirmSignUp`). Several may wait for one address (only its owner
 * can open theirs); they go when one is confirmed, and lapse after a day.
 */
@Entity({ tableName: 'sign_up_requests' })
export class SignUpRequest {
  [OptionalProps]?: 'createdAt' | 'residentIdNumber' | 'phone' | 'employer' | 'locale';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** SHA-256 of the token in the emailed link; the token itself is not kept. */
  @Property({ unique: true })
  tokenHash!: string;

  @Property()
  @Index()
  email!: string;

  @Property()
  passwordHash!: string;

  @Property()
  displayName!: string;

  @Property()
  legalName!: string;

  @Property({ nullable: true })
  residentIdNumber?: string | null;

  @Property({ nullable: true })
  phone?: string | null;

  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'set null' })
  employer?: Ref<Organisation> | null;

  @Property({ type: 'timestamptz' })
  @Index()
  expiresAt!: Date;

  /** The browser's language at sign-up: the confirmation e-mail is written in it, and the account keeps it. */
  // An enum to MikroORM because the migration's check `locale in ('zh-CN', 'en')` reads as one (schema diffs stay quiet).
  @Enum({ items: ['zh-CN', 'en'], columnType: 'varchar(5)', default: 'zh-CN' })
  locale: 'zh-CN' | 'en' = 'zh-CN';

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
