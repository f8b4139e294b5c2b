import { Migration } from '@mikro-orm/migrations';

/**
 * Sign-up waits for the email address to be confirmed (sign_up_requests; the confirming email
 * goes through the outbox), and a resident ID number entered by a second account becomes a
 * conflict for a reviewer (resident_id_conflicts) instead of an answer that reveals it is taken.
 */
export class Migration20261204140000_sign_up_confirmation_id_conflicts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "resident_id_conflict_source" as enum ('SIGN_UP', 'PROFILE_UPDATE');`);
    this.addSql(`create type "resident_id_conflict_status" as enum ('OPEN', 'RESOLVED');`);
    this.addSql(`create type "resident_id_conflict_decision" as enum ('KEEP_WITH_HOLDER', 'MOVE_TO_CLAIMANT', 'WITHDRAWN');`);
    this.addSql(`create table "sign_up_requests" ("id" uuid not null, "token_hash" varchar(255) not null, "email" varchar(255) not null, "password_hash" varchar(255) not null, "display_name" varchar(255) not null, "legal_name" varchar(255) not null, "resident_id_number" varchar(255) null, "phone" varchar(255) null, "employer_id" uuid null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), constraint "sign_up_requests_pkey" primary key ("id"));`);
    this.addSql(`alter table "sign_up_requests" add constraint "sign_up_requests_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "sign_up_requests_email_index" on "sign_up_requests" ("email");`);
    this.addSql(`create index "sign_up_requests_expires_at_index" on "sign_up_requests" ("expires_at");`);

    this.addSql(`create table "resident_id_conflicts" ("id" uuid not null, "resident_id_number" varchar(255) not null, "claimant_id" uuid not null, "holder_id" uuid null, "source" "resident_id_conflict_source" not null, "status" "resident_id_conflict_status" not null default 'OPEN', "decision" "resident_id_conflict_decision" null, "note" text null, "resolved_by_id" uuid null, "resolved_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "resident_id_conflicts_pkey" primary key ("id"));`);
    this.addSql(`create index "resident_id_conflicts_resident_id_number_index" on "resident_id_conflicts" ("resident_id_number");`);
    this.addSql(`create index "resident_id_conflicts_created_at_index" on "resident_id_conflicts" ("created_at");`);
    this.addSql(`create unique index "resident_id_conflicts_one_open_per_claimant" on "resident_id_conflicts" ("claimant_id") where "status" = 'OPEN';`);

    this.addSql(`alter table "sign_up_requests" add constraint "sign_up_requests_employer_id_foreign" foreign key ("employer_id") references "organisations" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "resident_id_conflicts" add constraint "resident_id_conflicts_claimant_id_foreign" foreign key ("claimant_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "resident_id_conflicts" add constraint "resident_id_conflicts_holder_id_foreign" foreign key ("holder_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "resident_id_conflicts" add constraint "resident_id_conflicts_resolved_by_id_foreign" foreign key ("resolved_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "talent_profiles" add column "claimed_resident_id_number" varchar(255) null;`);

    this.addSql(`alter table "outbox_messages" add column "sign_up_request_id" uuid null;`);
    this.addSql(`alter table "outbox_messages" alter column "recipient_id" drop not null;`);
    this.addSql(`alter table "outbox_messages" add constraint "outbox_messages_one_recipient" check ((recipient_id is null) <> (sign_up_request_id is null));`);
    this.addSql(`alter table "outbox_messages" add constraint "outbox_messages_sign_up_request_id_foreign" foreign key ("sign_up_request_id") references "sign_up_requests" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "outbox_messages" drop constraint "outbox_messages_sign_up_request_id_foreign";`);

    this.addSql(`drop table if exists "sign_up_requests" cascade;`);

    this.addSql(`drop table if exists "resident_id_conflicts" cascade;`);

    this.addSql(`alter table "outbox_messages" drop column "sign_up_request_id";`);

    this.addSql(`alter table "outbox_messages" drop constraint "outbox_messages_one_recipient";`);
    this.addSql(`alter table "outbox_messages" alter column "recipient_id" set not null;`);

    this.addSql(`alter table "talent_profiles" drop column "claimed_resident_id_number";`);

    this.addSql(`drop type "resident_id_conflict_source";`);
    this.addSql(`drop type "resident_id_conflict_status";`);
    this.addSql(`drop type "resident_id_conflict_decision";`);
  }

}
