import { Migration } from '@mikro-orm/migrations';

/**
 * Micro-wishes: the wishes (public facts), their residents (a separate, never-public table), the
 * claims (one standing claim per wish, by partial unique index) and volunteer registrations.
 * Adds the PHOTO and RECEIPT document kinds for evidence; PostgreSQL cannot drop enum values, so
 * `down` leaves them, and nothing in this migration uses them (a new value cannot be used in the
 * transaction that adds it).
 */
export class Migration20261204130156_micro_wishes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "micro_wish_category" as enum ('ELDERLY', 'HARDSHIP', 'CHILDREN', 'DISABILITY', 'OTHER');`);
    this.addSql(`create type "micro_wish_handover" as enum ('AT_PLACE_OFFICE', 'HOME_VISIT');`);
    this.addSql(`create type "micro_wish_status" as enum ('OPEN', 'CLAIMED', 'FULFILLED', 'WITHDRAWN');`);
    this.addSql(`create type "micro_wish_claimant_kind" as enum ('ORGANISATION', 'PARTY_MEMBER', 'VOLUNTEER');`);
    this.addSql(`create table "micro_wishes" ("id" uuid not null, "place_id" uuid not null, "category" "micro_wish_category" not null, "title" varchar(60) not null, "description" text not null, "estimated_value_yuan" int null, "due_on" date null, "handover" "micro_wish_handover" not null, "status" "micro_wish_status" not null default 'OPEN', "posted_by_id" uuid not null, "posted_at" timestamptz not null default now(), "fulfilled_on" date null, "fulfilled_at" timestamptz null, "fulfilled_by_id" uuid null, "fulfilment_note" varchar(300) null, "photo_id" uuid null, "withdrawn_at" timestamptz null, "withdrawn_reason" varchar(300) null, "version" int not null default 1, constraint "micro_wishes_pkey" primary key ("id"), constraint micro_wishes_value_check check (estimated_value_yuan is null or estimated_value_yuan between 1 and 100000), constraint micro_wishes_withdrawn_check check ((status = 'WITHDRAWN') = (withdrawn_at is not null)), constraint micro_wishes_fulfilled_check check ((status = 'FULFILLED') = (fulfilled_at is not null and fulfilled_on is not null)));`);
    this.addSql(`create index "micro_wishes_place_id_posted_at_index" on "micro_wishes" ("place_id", "posted_at");`);
    this.addSql(`create index "micro_wishes_status_posted_at_index" on "micro_wishes" ("status", "posted_at");`);

    this.addSql(`create table "micro_wish_recipients" ("wish_id" uuid not null, "name" varchar(50) not null, "phone" varchar(20) null, "address" varchar(120) not null, "note" varchar(300) null, constraint "micro_wish_recipients_pkey" primary key ("wish_id"));`);

    this.addSql(`create table "micro_wish_claims" ("id" uuid not null, "wish_id" uuid not null, "claimant_kind" "micro_wish_claimant_kind" not null, "organisation_id" uuid null, "claimed_by_id" uuid not null, "claimed_at" timestamptz not null default now(), "note" varchar(300) null, "released_at" timestamptz null, "released_by_id" uuid null, "release_reason" varchar(300) null, constraint "micro_wish_claims_pkey" primary key ("id"), constraint micro_wish_claims_released_check check ((released_at is null) = (released_by_id is null)), constraint micro_wish_claims_kind_check check ((claimant_kind = 'ORGANISATION') = (organisation_id is not null)));`);
    this.addSql(`create index "micro_wish_claims_wish_id_index" on "micro_wish_claims" ("wish_id");`);
    // One claimant per wish: at most one claim that has not been released stands on a wish, so
    // two claims at once cannot both be stored whatever the code above does.
    this.addSql(`create unique index "micro_wish_claims_one_standing" on "micro_wish_claims" ("wish_id") where "released_at" is null;`);
    this.addSql(`create index "micro_wish_claims_claimed_by_id_claimed_at_index" on "micro_wish_claims" ("claimed_by_id", "claimed_at");`);
    this.addSql(`create index "micro_wish_claims_organisation_id_claimed_at_index" on "micro_wish_claims" ("organisation_id", "claimed_at");`);

    this.addSql(`create table "community_volunteers" ("user_id" uuid not null, "phone" varchar(20) not null, "party_member" boolean not null, "registered_at" timestamptz not null default now(), constraint "community_volunteers_pkey" primary key ("user_id"));`);

    this.addSql(`alter table "micro_wishes" add constraint "micro_wishes_place_id_foreign" foreign key ("place_id") references "organisations" ("id") on update cascade;`);
    this.addSql(`alter table "micro_wishes" add constraint "micro_wishes_posted_by_id_foreign" foreign key ("posted_by_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "micro_wishes" add constraint "micro_wishes_fulfilled_by_id_foreign" foreign key ("fulfilled_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "micro_wishes" add constraint "micro_wishes_photo_id_foreign" foreign key ("photo_id") references "documents" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "micro_wish_recipients" add constraint "micro_wish_recipients_wish_id_foreign" foreign key ("wish_id") references "micro_wishes" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "micro_wish_claims" add constraint "micro_wish_claims_wish_id_foreign" foreign key ("wish_id") references "micro_wishes" ("id") on update cascade;`);
    this.addSql(`alter table "micro_wish_claims" add constraint "micro_wish_claims_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "micro_wish_claims" add constraint "micro_wish_claims_claimed_by_id_foreign" foreign key ("claimed_by_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "micro_wish_claims" add constraint "micro_wish_claims_released_by_id_foreign" foreign key ("released_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "community_volunteers" add constraint "community_volunteers_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter type "document_kind" add value if not exists 'PHOTO' after 'OTHER';`);

    this.addSql(`alter type "document_kind" add value if not exists 'RECEIPT' after 'PHOTO';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "micro_wish_recipients" drop constraint "micro_wish_recipients_wish_id_foreign";`);

    this.addSql(`alter table "micro_wish_claims" drop constraint "micro_wish_claims_wish_id_foreign";`);

    this.addSql(`drop table if exists "micro_wishes" cascade;`);

    this.addSql(`drop table if exists "micro_wish_recipients" cascade;`);

    this.addSql(`drop table if exists "micro_wish_claims" cascade;`);

    this.addSql(`drop table if exists "community_volunteers" cascade;`);

    this.addSql(`drop type "micro_wish_category";`);
    this.addSql(`drop type "micro_wish_handover";`);
    this.addSql(`drop type "micro_wish_status";`);
    this.addSql(`drop type "micro_wish_claimant_kind";`);
  }

}
