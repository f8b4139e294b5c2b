import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../account/index.js';
import { Channel } from './message-categories.js';

/**
 * Tables the notification code reads and writes with plain SQL (upserts, `on conflict do nothing`),
 * declared as entities only so that schema diffs (`npm run migration:create`) know them and never
 * propose dropping them.
 */

/** One person's choice for one kind of message on one channel; no row means the channel's default (defaultEnabled). */
@Entity({ tableName: 'notification_preferences' })
export class NotificationPreference {
  @ManyToOne(() => User, { ref: true, primary: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @PrimaryKey({ length: 40 })
  category!: string;

  /** The migration's check `channel in ('IN_APP', 'EMAIL', 'SMS')` (notification_preferences_channel_known), which MikroORM reads as this enum. */
  @Enum({ items: () => Channel, columnType: 'varchar(10)', primary: true })
  channel!: Channel;

  @Property()
  enabled!: boolean;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}

/** A deadline reminder already sent, by key (`application:<id>:<since>:T-3`), written in the notification's transaction so each goes out once. */
@Entity({ tableName: 'reminders_sent' })
export class ReminderSent {
  @PrimaryKey({ length: 200 })
  key!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  sentAt: Date = new Date();
}
