import { Migration } from '@mikro-orm/migrations';

/**
 * Real e-mail delivery: each person's language (users and waiting sign-ups), what an outbox
 * message is about (its kind and both languages, so it is written in the recipient's language at
 * sending time), and per-person channel choices per kind of message (an unsubscribe link turns
 * one off). SKIPPED marks a message not sent because its recipient turned that channel off.
 */
export class Migration20261206090000_mail_delivery extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "users" add column "locale" varchar(5) not null default 'zh-CN', add constraint "users_locale_known" check ("locale" in ('zh-CN', 'en'));`);
    this.addSql(`alter table "sign_up_requests" add column "locale" varchar(5) not null default 'zh-CN', add constraint "sign_up_requests_locale_known" check ("locale" in ('zh-CN', 'en'));`);
    this.addSql(`alter table "outbox_messages" add column "kind" varchar(80) null, add column "content" jsonb null;`);
    this.addSql(`alter type "outbox_status" add value if not exists 'SKIPPED' after 'SENT';`);
    this.addSql(`create table "notification_preferences" ("user_id" uuid not null, "category" varchar(40) not null, "channel" varchar(10) not null, "enabled" boolean not null, "updated_at" timestamptz not null default now(), constraint "notification_preferences_pkey" primary key ("user_id", "category", "channel"), constraint "notification_preferences_channel_known" check ("channel" in ('IN_APP', 'EMAIL', 'SMS')));`);
    this.addSql(`alter table "notification_preferences" add constraint "notification_preferences_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_preferences" cascade;`);
    this.addSql(`alter table "outbox_messages" drop column "kind", drop column "content";`);
    this.addSql(`alter table "sign_up_requests" drop column "locale";`);
    this.addSql(`alter table "users" drop column "locale";`);
  }

}
