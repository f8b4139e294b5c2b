import { Migration } from '@mikro-orm/migrations';

/** Deadline reminders already sent, by key (`application:<id>:<since>:T-3`): each goes out once, however often or wherever the scan runs. */
export class Migration20261206120000_reminders_sent extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "reminders_sent" ("key" varchar(200) not null, "sent_at" timestamptz not null default now(), constraint "reminders_sent_pkey" primary key ("key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reminders_sent" cascade;`);
  }

}
