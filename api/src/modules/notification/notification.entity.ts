import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../account/index.js';

/**
 * One in-app message to one person. Generic on purpose: any module writes them through
 * `NotificationService.notify`, in the same transaction as the change they tell about, so a
 * rolled-back change leaves no message behind. `kind` is a dotted name owned by the writing
 * module (`alliance.event.cancelled`, later `application.approved`), so new kinds need no
 * migration.
 */
@ObjectType({ description: '站内通知 / An in-app notification for one person' })
@Entity({ tableName: 'notifications' })
@Index({ properties: ['recipient', 'createdAt'] })
// Live delivery catches up by time after a listener reconnects (core/realtime/database-events.ts).
@Index({ properties: ['createdAt'] })
export class Notification {
  [OptionalProps]?: 'createdAt' | 'readAt' | 'link' | 'category';

  @Field(() => ID, { description: '通知编号 / Notification id' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  recipient!: Ref<User>;

  @Field({ description: '通知类型，如 alliance.event.cancelled / Kind of notification, e.g. alliance.event.cancelled' })
  @Property({ length: 80 })
  kind!: string;

  @Field({ description: '中文标题 / Title in Chinese' })
  @Property({ length: 200 })
  titleZh!: string;

  @Field({ description: '英文标题 / Title in English' })
  @Property({ length: 200 })
  titleEn!: string;

  @Field({ description: '中文正文 / Body in Chinese' })
  @Property({ type: 'text' })
  bodyZh!: string;

  @Field({ description: '英文正文 / Body in English' })
  @Property({ type: 'text' })
  bodyEn!: string;

  @Field(() => String, { nullable: true, description: '站内链接，如 /alliance/events/<id> / Path in the web app this is about, e.g. /alliance/events/<id>' })
  @Property({ type: 'text', nullable: true })
  link?: string | null;

  /** The kind of message as people choose channels for it (message-categories.ts); null on notifications written before. */
  @Property({ length: 20, nullable: true })
  category?: string | null;

  @Field(() => Date, { nullable: true, description: '阅读时间；未读为空 / When it was read; null while unread' })
  @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null;

  @Field({ description: '发送时间 / When it was sent' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
