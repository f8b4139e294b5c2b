import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { SignUpRequest } from '../account/sign-up-request.entity.js';
import { User } from '../account/user.entity.js';

export enum OutboxChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}

export enum OutboxStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/**
 * A message to send outside the app (email, SMS), written in the same transaction as the
 * notification it repeats, and sent later by the dispatcher. A crash between the change and the
 * send loses nothing; the address is looked up at sending time, never stored here.
 */
@Entity({ tableName: 'outbox_messages' })
@Index({ properties: ['status', 'nextAttemptAt'] })
@Check({ name: 'outbox_messages_one_recipient', expression: '(recipient_id is null) <> (sign_up_request_id is null)' })
export class OutboxMessage {
  [OptionalProps]?: 'status' | 'attempts' | 'createdAt' | 'nextAttemptAt' | 'sentAt' | 'lastError' | 'recipient' | 'signUpRequest';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => OutboxChannel, nativeEnumName: 'outbox_channel' })
  channel!: OutboxChannel;

  /** Who it goes to: an account, or (for the link that confirms a sign-up) a waiting sign-up. */
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', nullable: true })
  recipient?: Ref<User> | null;

  @ManyToOne(() => SignUpRequest, { ref: true, deleteRule: 'cascade', nullable: true })
  signUpRequest?: Ref<SignUpRequest> | null;

  @Property({ length: 200 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  @Enum({ items: () => OutboxStatus, nativeEnumName: 'outbox_status' })
  status: OutboxStatus = OutboxStatus.PENDING;

  @Property()
  attempts: number = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
