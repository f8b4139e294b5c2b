import { Migration } from '@mikro-orm/migrations';

/**
 * Channels per kind of message: each notification keeps its category (so the inbox can leave
 * out categories a person turned off in-app), and a text message written for a notification
 * points at the e-mail it came from, at most one per source and channel.
 */
export class Migration20261206110000_notification_channels extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "notifications" add column "category" varchar(20) null;`);
    this.addSql(`alter table "outbox_messages" add column "source_id" uuid null;`);
    this.addSql(`alter table "outbox_messages" add constraint "outbox_messages_source_id_foreign" foreign key ("source_id") references "outbox_messages" ("id") on update cascade on delete cascade;`);
    this.addSql(`create unique index "outbox_messages_source_channel_unique" on "outbox_messages" ("source_id", "channel") where "source_id" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "outbox_messages_source_channel_unique";`);
    this.addSql(`alter table "outbox_messages" drop column "source_id";`);
    this.addSql(`alter table "notifications" drop column "category";`);
  }

}
