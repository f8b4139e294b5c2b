import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SignUpRequest, User } from '../account/index.js';
import type { LocalisedText } from '../../core/errors/domain-error.js';

/** What a message says, in both languages; `link` is a path in the web app (made absolute with PUBLIC_URL when sent). */
export interface MessageContent {
  title: LocalisedText;
  body: LocalisedText;
  link?: string | null;
}

export enum OutboxChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}

export enum OutboxStatus {
  PENDING = 'PENDING',
  /** Claimed by a worker that is sending it now (until `nextAttemptAt`, its lease). */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** Not sent: the recipient turned this channel off for this kind of message (e.g. by the e-mail's unsubscribe link). */
  SKIPPED = 'SKIPPED',
  /** Given up after every try: a dead letter, listed for administrators, who may send it again. */
  FAILED = 'FAILED',
}

registerEnumType(OutboxChannel, {
  name: 'OutboxChannel',
  description: '站外消息渠道 / How an outbox message leaves the platform',
  valuesConfig: { EMAIL: { description: '电子邮件 / Email' }, SMS: { description: '短信 / Text message' } },
});

registerEnumType(OutboxStatus, {
  name: 'OutboxStatus',
  description: '站外消息的投递状态 / Where an outbox message stands',
  valuesConfig: {
    PENDING: { description: '等待发送（含重试等待）/ Waiting to be sent, or to be tried again' },
    SENDING: { description: '正在发送 / Being sent by a worker now' },
    SENT: { description: '已发送 / Sent' },
    SKIPPED: { description: '未发送：收件人已关闭此类消息的该渠道 / Not sent: the recipient turned this channel off for this kind of message' },
    FAILED: { description: '多次失败后放弃（死信），管理员可重发 / Given up after every try (a dead letter); administrators may send it again' },
  },
});

/**
 * A message to send outside the app (email, SMS), written in the same transaction as the
 * notification it repeats, and sent later by the dispatcher. A crash between the change and the
 * send loses nothing; the address is looked up at sending time, never stored here.
 */
@ObjectType({ description: '站外消息（邮件、短信）及其投递情况（管理员可见）/ A message sent outside the platform (email, text) and how its delivery went (for administrators)' })
@Entity({ tableName: 'outbox_messages' })
@Index({ properties: ['status', 'nextAttemptAt'] })
@Index({ name: 'outbox_messages_source_channel_unique', expression: `create unique index "outbox_messages_source_channel_unique" on "outbox_messages" ("source_id", "channel") where "source_id" is not null` })
@Check({ name: 'outbox_messages_one_recipient', expression: '((recipient_id IS NULL) <> (sign_up_request_id IS NULL))' })
export class OutboxMessage {
  [OptionalProps]?: 'status' | 'attempts' | 'createdAt' | 'nextAttemptAt' | 'sentAt' | 'lastError' | 'recipient' | 'signUpRequest' | 'kind' | 'content' | 'source';

  @Field(() => ID, { description: '编号 / Id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => OutboxChannel, { description: '渠道 / Channel' })
  @Enum({ items: () => OutboxChannel, nativeEnumName: 'outbox_channel' })
  channel!: OutboxChannel;

  /** Who it goes to: an account, or (for the link that confirms a sign-up) a waiting sign-up. */
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', nullable: true })
  recipient?: Ref<User> | null;

  @ManyToOne(() => SignUpRequest, { ref: true, deleteRule: 'cascade', nullable: true })
  signUpRequest?: Ref<SignUpRequest> | null;

  @Field({ description: '标题 / Subject' })
  @Property({ length: 200 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  /** The notification kind it repeats (`alliance.event.cancelled`); decides the unsubscribe category. Null for messages written before kinds were kept. */
  @Field(() => String, { nullable: true, description: '消息类型 / Kind of message, e.g. alliance.event.cancelled' })
  @Property({ length: 80, nullable: true })
  kind?: string | null;

  /** For a text message: the e-mail of the same notification it was written from (one per source and channel). */
  @ManyToOne(() => OutboxMessage, { ref: true, nullable: true, deleteRule: 'cascade' })
  source?: Ref<OutboxMessage> | null;

  /** Title, body and link in both languages: the e-mail is written in the recipient's language when it is sent. */
  @Property({ type: 'json', nullable: true })
  content?: MessageContent | null;

  @Field(() => OutboxStatus, { description: '投递状态 / Delivery status' })
  @Enum({ items: () => OutboxStatus, nativeEnumName: 'outbox_status' })
  status: OutboxStatus = OutboxStatus.PENDING;

  @Field(() => Int, { description: '已尝试次数 / Tries so far' })
  @Property()
  attempts: number = 0;

  @Field({ description: '下次尝试时间（发送中时为租约到期）/ When it is tried next (while sending: when its claim runs out)' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  @Field(() => String, { nullable: true, description: '最近一次失败原因 / Why the last try failed' })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => Date, { nullable: true, description: '发送时间 / When it was sent' })
  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date | null;

  @Field({ description: '写入时间 / When it was written' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
