import { Migration } from '@mikro-orm/migrations';

export class Migration20261128043051_outbox extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "outbox_channel" as enum ('EMAIL', 'SMS');`);
    this.addSql(`create type "outbox_status" as enum ('PENDING', 'SENT', 'FAILED');`);
    this.addSql(`create table "outbox_messages" ("id" uuid not null, "channel" "outbox_channel" not null, "recipient_id" uuid not null, "subject" varchar(200) not null, "body" text not null, "status" "outbox_status" not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "last_error" text null, "sent_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "outbox_messages_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_messages_status_next_attempt_at_index" on "outbox_messages" ("status", "next_attempt_at");`);

    this.addSql(`alter table "outbox_messages" add constraint "outbox_messages_recipient_id_foreign" foreign key ("recipient_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "alliance_convener_terms" drop constraint alliance_convener_terms_year_check;`);

    this.addSql(`alter table "alliance_convener_terms" add constraint alliance_convener_terms_year_check check(year between 2000 and 2100);`);

    this.addSql(`alter table "alliance_event_registrations" drop constraint alliance_event_registrations_rating_check;`);

    this.addSql(`alter table "alliance_event_registrations" add constraint alliance_event_registrations_rating_check check(feedback_rating between 1 and 5);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbox_messages" cascade;`);

    this.addSql(`alter table "alliance_convener_terms" drop constraint alliance_convener_terms_year_check;`);

    this.addSql(`alter table "alliance_convener_terms" add constraint alliance_convener_terms_year_check check((year >= 2000) AND (year <= 2100));`);

    this.addSql(`alter table "alliance_event_registrations" drop constraint alliance_event_registrations_rating_check;`);

    this.addSql(`alter table "alliance_event_registrations" add constraint alliance_event_registrations_rating_check check((feedback_rating >= 1) AND (feedback_rating <= 5));`);

    this.addSql(`drop type "outbox_channel";`);
    this.addSql(`drop type "outbox_status";`);
  }

}
