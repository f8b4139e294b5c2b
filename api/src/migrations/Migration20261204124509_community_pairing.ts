import { Migration } from '@mikro-orm/migrations';

/** Pairing agreements (结对协议) with their commitments (四项清单) and yearly reviews. */
export class Migration20261204124509_community_pairing extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "community_review_rating" as enum ('EXCELLENT', 'GOOD', 'FAIR', 'POOR');`);
    this.addSql(`create type "community_commitment_kind" as enum ('PRACTICAL_MATTER', 'PAIRING', 'RESPONSIBILITY', 'POST');`);
    this.addSql(`create type "community_commitment_outcome" as enum ('MET', 'PARTLY_MET', 'NOT_MET');`);
    this.addSql(`create table "community_pairing_agreements" ("id" uuid not null, "place_id" uuid not null, "partner_id" uuid not null, "starts_on" date not null, "ends_on" date not null, "note" text null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "community_pairing_agreements_pkey" primary key ("id"), constraint community_pairing_agreements_period_check check (ends_on >= starts_on));`);
    this.addSql(`create index "community_pairing_agreements_place_id_starts_on_index" on "community_pairing_agreements" ("place_id", "starts_on");`);
    this.addSql(`create index "community_pairing_agreements_partner_id_starts_on_index" on "community_pairing_agreements" ("partner_id", "starts_on");`);
    this.addSql(`create table "community_pairing_reviews" ("id" uuid not null, "agreement_id" uuid not null, "year" int not null, "rating" "community_review_rating" not null, "summary" text not null, "reviewed_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "community_pairing_reviews_pkey" primary key ("id"), constraint community_pairing_reviews_year_check check (year between 2000 and 2100));`);
    this.addSql(`alter table "community_pairing_reviews" add constraint "community_pairing_reviews_agreement_id_year_unique" unique ("agreement_id", "year");`);
    this.addSql(`create table "community_pairing_commitments" ("id" uuid not null, "agreement_id" uuid not null, "position" int not null, "kind" "community_commitment_kind" not null, "description" text not null, constraint "community_pairing_commitments_pkey" primary key ("id"));`);
    this.addSql(`alter table "community_pairing_commitments" add constraint "community_pairing_commitments_agreement_id_position_unique" unique ("agreement_id", "position");`);
    this.addSql(`create table "community_pairing_review_items" ("id" uuid not null, "review_id" uuid not null, "commitment_id" uuid not null, "outcome" "community_commitment_outcome" not null, constraint "community_pairing_review_items_pkey" primary key ("id"));`);
    this.addSql(`alter table "community_pairing_review_items" add constraint "community_pairing_review_items_review_id_commitment_id_unique" unique ("review_id", "commitment_id");`);
    this.addSql(`alter table "community_pairing_agreements" add constraint "community_pairing_agreements_place_id_foreign" foreign key ("place_id") references "organisations" ("id") on update cascade;`);
    this.addSql(`alter table "community_pairing_agreements" add constraint "community_pairing_agreements_partner_id_foreign" foreign key ("partner_id") references "organisations" ("id") on update cascade;`);
    this.addSql(`alter table "community_pairing_agreements" add constraint "community_pairing_agreements_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "community_pairing_reviews" add constraint "community_pairing_reviews_agreement_id_foreign" foreign key ("agreement_id") references "community_pairing_agreements" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "community_pairing_reviews" add constraint "community_pairing_reviews_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "community_pairing_commitments" add constraint "community_pairing_commitments_agreement_id_foreign" foreign key ("agreement_id") references "community_pairing_agreements" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "community_pairing_review_items" add constraint "community_pairing_review_items_review_id_foreign" foreign key ("review_id") references "community_pairing_reviews" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "community_pairing_review_items" add constraint "community_pairing_review_items_commitment_id_foreign" foreign key ("commitment_id") references "community_pairing_commitments" ("id") on update cascade on delete cascade;`);

    // The database's own rule, behind the service's lock on the place: an agreement joins a
    // village or residential area with a member organisation, and one pair never has two
    // agreements in force on the same day. Kinds are compared as text: the enum values were
    // added in this same migration run, and PostgreSQL refuses them as enum literals until it commits.
    this.addSql(`create function community_pairing_guard() returns trigger language plpgsql as $$
begin
  if (select kind::text from organisations where id = new.place_id) not in ('VILLAGE', 'RESIDENTIAL_AREA') then
    raise exception 'pairing place % is not a village or residential area', new.place_id
      using errcode = 'check_violation', constraint = 'community_pairing_place_kind';
  end if;
  if (select kind::text from organisations where id = new.partner_id) not in ('ENTERPRISE', 'BANK_BRANCH', 'UNIVERSITY') then
    raise exception 'pairing partner % is not a member organisation', new.partner_id
      using errcode = 'check_violation', constraint = 'community_pairing_partner_kind';
  end if;
  perform 1 from organisations where id = new.place_id for update;
  if exists (select 1 from community_pairing_agreements
              where place_id = new.place_id and partner_id = new.partner_id and id <> new.id
                and starts_on <= new.ends_on and ends_on >= new.starts_on) then
    raise exception 'place % and partner % already have an agreement in that period', new.place_id, new.partner_id
      using errcode = 'check_violation', constraint = 'community_pairing_overlap';
  end if;
  return null;
end;
$$;`);
    this.addSql(`create constraint trigger community_pairing_guard after insert or update of place_id, partner_id, starts_on, ends_on on community_pairing_agreements for each row execute function community_pairing_guard();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists community_pairing_guard on community_pairing_agreements;`);
    this.addSql(`drop function if exists community_pairing_guard();`);
    this.addSql(`alter table "community_pairing_reviews" drop constraint "community_pairing_reviews_agreement_id_foreign";`);
    this.addSql(`alter table "community_pairing_commitments" drop constraint "community_pairing_commitments_agreement_id_foreign";`);
    this.addSql(`alter table "community_pairing_review_items" drop constraint "community_pairing_review_items_review_id_foreign";`);
    this.addSql(`alter table "community_pairing_review_items" drop constraint "community_pairing_review_items_commitment_id_foreign";`);
    this.addSql(`drop table if exists "community_pairing_agreements" cascade;`);
    this.addSql(`drop table if exists "community_pairing_reviews" cascade;`);
    this.addSql(`drop table if exists "community_pairing_commitments" cascade;`);
    this.addSql(`drop table if exists "community_pairing_review_items" cascade;`);
    this.addSql(`drop type "community_review_rating";`);
    this.addSql(`drop type "community_commitment_kind";`);
    this.addSql(`drop type "community_commitment_outcome";`);
  }

}
