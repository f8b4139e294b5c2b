import { Migration } from '@mikro-orm/migrations';

/** Needs (需求清单), claims (认领清单), offers, and the projects they become (项目清单); photos are documents of kind PHOTO. */
export class Migration20261204130959_community_needs extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence if not exists "community_need_reference_seq";`);
    this.addSql(`create type "community_need_category" as enum ('LIVING_CIRCLE', 'MICRO_RENEWAL', 'ELDERLY_CARE', 'CHILD_FRIENDLY', 'HARDSHIP_RELIEF', 'OTHER');`);
    this.addSql(`create type "community_need_status" as enum ('OPEN', 'CLAIMED', 'COMPLETED', 'CANCELLED');`);
    this.addSql(`create type "community_resource_kind" as enum ('MONEY', 'VOLUNTEERS', 'EXPERTISE', 'VENUE', 'GOODS');`);
    this.addSql(`create type "community_project_status" as enum ('IN_PROGRESS', 'AWAITING_CONFIRMATION', 'COMPLETED');`);
    this.addSql(`create table "community_offers" ("id" uuid not null, "organisation_id" uuid not null, "resource_kinds" text[] not null, "categories" text[] not null, "note" varchar(1000) null, "updated_at" timestamptz not null default now(), constraint "community_offers_pkey" primary key ("id"));`);
    this.addSql(`alter table "community_offers" add constraint "community_offers_organisation_id_unique" unique ("organisation_id");`);
    this.addSql(`create table "community_needs" ("id" uuid not null, "reference" varchar(20) not null, "place_id" uuid not null, "posted_by_id" uuid not null, "title" varchar(200) not null, "description" text not null, "category" "community_need_category" not null, "people_served" int not null, "beneficiaries" varchar(400) null, "due_on" date not null, "is_public" boolean not null, "status" "community_need_status" not null default 'OPEN', "cancel_reason" text null, "resident_name" varchar(100) null, "resident_phone" varchar(20) null, "resident_address" varchar(400) null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "community_needs_pkey" primary key ("id"), constraint community_needs_people_check check (((people_served >= 1) AND (people_served <= 100000))));`);
    this.addSql(`alter table "community_needs" add constraint "community_needs_reference_unique" unique ("reference");`);
    this.addSql(`create index "community_needs_status_due_on_index" on "community_needs" ("status", "due_on");`);
    this.addSql(`create index "community_needs_place_id_created_at_index" on "community_needs" ("place_id", "created_at");`);
    this.addSql(`create table "community_need_resources" ("id" uuid not null, "need_id" uuid not null, "position" int not null, "kind" "community_resource_kind" not null, "quantity" int not null, "description" varchar(400) null, constraint "community_need_resources_pkey" primary key ("id"), constraint community_need_resources_quantity_check check (((quantity >= 1) AND (quantity <= 100000000))));`);
    this.addSql(`alter table "community_need_resources" add constraint "community_need_resources_need_id_position_unique" unique ("need_id", "position");`);
    this.addSql(`create table "community_need_photos" ("id" uuid not null, "need_id" uuid not null, "document_id" uuid not null, "position" int not null, constraint "community_need_photos_pkey" primary key ("id"));`);
    this.addSql(`create index "community_need_photos_document_id_index" on "community_need_photos" ("document_id");`);
    this.addSql(`alter table "community_need_photos" add constraint "community_need_photos_need_id_document_id_unique" unique ("need_id", "document_id");`);
    this.addSql(`create table "community_need_claims" ("id" uuid not null, "need_id" uuid not null, "resource_id" uuid not null, "organisation_id" uuid not null, "claimed_by_id" uuid not null, "quantity" int not null, "note" varchar(1000) null, "created_at" timestamptz not null default now(), constraint "community_need_claims_pkey" primary key ("id"), constraint community_need_claims_quantity_check check (quantity > 0));`);
    this.addSql(`create index "community_need_claims_need_id_index" on "community_need_claims" ("need_id");`);
    this.addSql(`create index "community_need_claims_resource_id_index" on "community_need_claims" ("resource_id");`);
    this.addSql(`create index "community_need_claims_organisation_id_created_at_index" on "community_need_claims" ("organisation_id", "created_at");`);
    this.addSql(`create table "community_projects" ("id" uuid not null, "need_id" uuid not null, "place_id" uuid not null, "status" "community_project_status" not null default 'IN_PROGRESS', "started_at" timestamptz not null default now(), "completion_summary" text null, "completion_submitted_at" timestamptz null, "completion_submitted_by_id" uuid null, "return_reason" text null, "completed_at" timestamptz null, "confirmed_by_id" uuid null, "feedback_rating" smallint null, "feedback_comment" text null, "version" int not null default 1, constraint "community_projects_pkey" primary key ("id"), constraint community_projects_completed_check check (((status = 'COMPLETED'::community_project_status) = (completed_at IS NOT NULL))), constraint community_projects_feedback_check check (((feedback_rating >= 1) AND (feedback_rating <= 5))));`);
    this.addSql(`alter table "community_projects" add constraint "community_projects_need_id_unique" unique ("need_id");`);
    this.addSql(`create index "community_projects_place_id_completed_at_index" on "community_projects" ("place_id", "completed_at");`);
    this.addSql(`create table "community_project_volunteers" ("id" uuid not null, "project_id" uuid not null, "user_id" uuid not null, "organisation_id" uuid null, "created_at" timestamptz not null default now(), constraint "community_project_volunteers_pkey" primary key ("id"));`);
    this.addSql(`create index "community_project_volunteers_user_id_index" on "community_project_volunteers" ("user_id");`);
    this.addSql(`alter table "community_project_volunteers" add constraint "community_project_volunteers_project_id_user_id_unique" unique ("project_id", "user_id");`);
    this.addSql(`create table "community_project_owners" ("id" uuid not null, "project_id" uuid not null, "user_id" uuid not null, constraint "community_project_owners_pkey" primary key ("id"));`);
    this.addSql(`create index "community_project_owners_user_id_index" on "community_project_owners" ("user_id");`);
    this.addSql(`alter table "community_project_owners" add constraint "community_project_owners_project_id_user_id_unique" unique ("project_id", "user_id");`);
    this.addSql(`create table "community_project_milestones" ("id" uuid not null, "project_id" uuid not null, "position" int not null, "title" varchar(400) not null, "due_on" date not null, "owner_id" uuid not null, "done_at" timestamptz null, constraint "community_project_milestones_pkey" primary key ("id"));`);
    this.addSql(`alter table "community_project_milestones" add constraint "community_project_milestones_project_id_position_unique" unique ("project_id", "position");`);
    this.addSql(`create table "community_project_evidence" ("id" uuid not null, "project_id" uuid not null, "document_id" uuid not null, "caption" varchar(400) null, "added_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "community_project_evidence_pkey" primary key ("id"));`);
    this.addSql(`create index "community_project_evidence_document_id_index" on "community_project_evidence" ("document_id");`);
    this.addSql(`alter table "community_project_evidence" add constraint "community_project_evidence_project_id_document_id_unique" unique ("project_id", "document_id");`);
    this.addSql(`alter table "community_offers" add constraint "community_offers_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade;`);
    this.addSql(`alter table "community_needs" add constraint "community_needs_place_id_foreign" foreign key ("place_id") references "organisations" ("id") on update cascade;`);
    this.addSql(`alter table "community_needs" add constraint "community_needs_posted_by_id_foreign" foreign key ("posted_by_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "community_need_resources" add constraint "community_need_resources_need_id_foreign" foreign key ("need_id") references "community_needs" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "community_need_photos" add constraint "community_need_photos_need_id_foreign" foreign key ("need_id") references "community_needs" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "community_need_photos" add constraint "community_need_photos_document_id_foreign" foreign key ("document_id") references "documents" ("id") on update cascade;`);
    this.addSql(`alter table "community_need_claims" add constraint "community_need_claims_need_id_foreign" foreign key ("need_id") references "community_needs" ("id") on update cascade;`);
    this.addSql(`alter table "community_need_claims" add constraint "community_need_claims_resource_id_foreign" foreign key ("resource_id") references "community_need_resources" ("id") on update cascade;`);
    this.addSql(`alter table "community_need_claims" add constraint "community_need_claims_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade;`);
    this.addSql(`alter table "community_need_claims" add constraint "community_need_claims_claimed_by_id_foreign" foreign key ("claimed_by_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "community_projects" add constraint "community_projects_need_id_foreign" foreign key ("need_id") references "community_needs" ("id") on update cascade;`);
    this.addSql(`alter table "community_projects" add constraint "community_projects_place_id_foreign" foreign key ("place_id") references "organisations" ("id") on update cascade;`);
    this.addSql(`alter table "community_projects" add constraint "community_projects_completion_submitted_by_id_foreign" foreign key ("completion_submitted_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "community_projects" add constraint "community_projects_confirmed_by_id_foreign" foreign key ("confirmed_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "community_project_volunteers" add constraint "community_project_volunteers_project_id_foreign" foreign key ("project_id") references "community_projects" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "community_project_volunteers" add constraint "community_project_volunteers_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "community_project_volunteers" add constraint "community_project_volunteers_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "community_project_owners" add constraint "community_project_owners_project_id_foreign" foreign key ("project_id") references "community_projects" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "community_project_owners" add constraint "community_project_owners_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "community_project_milestones" add constraint "community_project_milestones_project_id_foreign" foreign key ("project_id") references "community_projects" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "community_project_milestones" add constraint "community_project_milestones_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "community_project_evidence" add constraint "community_project_evidence_project_id_foreign" foreign key ("project_id") references "community_projects" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "community_project_evidence" add constraint "community_project_evidence_document_id_foreign" foreign key ("document_id") references "documents" ("id") on update cascade;`);
    this.addSql(`alter table "community_project_evidence" add constraint "community_project_evidence_added_by_id_foreign" foreign key ("added_by_id") references "users" ("id") on update cascade;`);
    // Nothing is claimed beyond what a need asks for, whoever writes: after each claim the
    // resource row is locked and its claims summed again (SQLSTATE 23514 when over). The service
    // locks the need first, so this is the backstop, not the mechanism.
    this.addSql(`create function community_claims_guard() returns trigger language plpgsql as $$
declare
  wanted int;
  taken bigint;
begin
  select quantity into wanted from community_need_resources where id = new.resource_id and need_id = new.need_id for update;
  if wanted is null then
    raise exception 'claim % names resource % which is not part of need %', new.id, new.resource_id, new.need_id
      using errcode = 'check_violation', constraint = 'community_claims_resource';
  end if;
  select coalesce(sum(quantity), 0) into taken from community_need_claims where resource_id = new.resource_id;
  if taken > wanted then
    raise exception 'resource % would be claimed % times over its % wanted', new.resource_id, taken, wanted
      using errcode = 'check_violation', constraint = 'community_claims_over';
  end if;
  return null;
end;
$$;`);
    this.addSql(`create trigger community_claims_guard after insert or update of quantity, resource_id, need_id on community_need_claims for each row execute function community_claims_guard();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists community_claims_guard on community_need_claims;`);
    this.addSql(`drop function if exists community_claims_guard();`);
    this.addSql(`drop sequence if exists "community_need_reference_seq";`);
    this.addSql(`alter table "community_need_resources" drop constraint "community_need_resources_need_id_foreign";`);
    this.addSql(`alter table "community_need_photos" drop constraint "community_need_photos_need_id_foreign";`);
    this.addSql(`alter table "community_need_claims" drop constraint "community_need_claims_need_id_foreign";`);
    this.addSql(`alter table "community_projects" drop constraint "community_projects_need_id_foreign";`);
    this.addSql(`alter table "community_need_claims" drop constraint "community_need_claims_resource_id_foreign";`);
    this.addSql(`alter table "community_project_volunteers" drop constraint "community_project_volunteers_project_id_foreign";`);
    this.addSql(`alter table "community_project_owners" drop constraint "community_project_owners_project_id_foreign";`);
    this.addSql(`alter table "community_project_milestones" drop constraint "community_project_milestones_project_id_foreign";`);
    this.addSql(`alter table "community_project_evidence" drop constraint "community_project_evidence_project_id_foreign";`);
    this.addSql(`drop table if exists "community_offers" cascade;`);
    this.addSql(`drop table if exists "community_needs" cascade;`);
    this.addSql(`drop table if exists "community_need_resources" cascade;`);
    this.addSql(`drop table if exists "community_need_photos" cascade;`);
    this.addSql(`drop table if exists "community_need_claims" cascade;`);
    this.addSql(`drop table if exists "community_projects" cascade;`);
    this.addSql(`drop table if exists "community_project_volunteers" cascade;`);
    this.addSql(`drop table if exists "community_project_owners" cascade;`);
    this.addSql(`drop table if exists "community_project_milestones" cascade;`);
    this.addSql(`drop table if exists "community_project_evidence" cascade;`);
    this.addSql(`drop type "community_need_category";`);
    this.addSql(`drop type "community_need_status";`);
    this.addSql(`drop type "community_resource_kind";`);
    this.addSql(`drop type "community_project_status";`);
  }
}
