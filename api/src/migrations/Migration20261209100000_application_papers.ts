import { Migration } from '@mikro-orm/migrations';

export class Migration20261209100000_application_papers extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "paper_kind" as enum ('RECEIPT', 'DECISION', 'PAYMENT_NOTICE');`);
    this.addSql(`create table "application_papers" ("id" uuid not null, "token" varchar(24) not null, "application_id" uuid not null, "event_id" uuid not null, "kind" "paper_kind" not null, "issued_at" timestamptz not null, "created_at" timestamptz not null default now(), constraint "application_papers_pkey" primary key ("id"));`);
    this.addSql(`alter table "application_papers" add constraint "application_papers_token_unique" unique ("token");`);
    this.addSql(`alter table "application_papers" add constraint "application_papers_event_id_unique" unique ("event_id");`);

    this.addSql(`alter table "application_papers" add constraint "application_papers_application_id_foreign" foreign key ("application_id") references "applications" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "application_papers" add constraint "application_papers_event_id_foreign" foreign key ("event_id") references "application_events" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "application_papers" cascade;`);

    this.addSql(`drop type "paper_kind";`);
  }

}
