import { Migration } from '@mikro-orm/migrations';

export class Migration20261128042041_policy extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "policy_category" as enum ('RESIDENCE_PERMIT', 'SETTLEMENT', 'HOUSING', 'INCENTIVE', 'TRAINING', 'FINANCE');`);
    this.addSql(`create type "policy_level" as enum ('MUNICIPAL', 'DISTRICT', 'TOWN');`);
    this.addSql(`create type "policy_eligibility_kind" as enum ('CRITERIA', 'HUKOU_TRANSFER', 'GRADUATE_SCORE');`);
    this.addSql(`create type "rule_kind" as enum ('RESIDENCE_POINTS', 'HUKOU_TRANSFER', 'GRADUATE_SCORE', 'YEARLY_PARAMETERS', 'ELIGIBILITY_CRITERIA');`);

    this.addSql(`create table "policies" ("id" uuid not null, "code" varchar(255) not null, "category" "policy_category" not null, "audiences" text[] not null, "level" "policy_level" not null, "eligibility_kind" "policy_eligibility_kind" not null, "has_points_calculator" boolean not null default false, "sort_order" int not null default 0, "created_at" timestamptz not null default now(), constraint "policies_pkey" primary key ("id"));`);
    this.addSql(`alter table "policies" add constraint "policies_code_unique" unique ("code");`);
    this.addSql(`create index "policies_category_index" on "policies" ("category");`);

    this.addSql(`create table "rule_sets" ("id" uuid not null, "code" varchar(255) not null, "kind" "rule_kind" not null, "policy_id" uuid null, "name_zh" text not null, "name_en" text not null, "created_at" timestamptz not null default now(), constraint "rule_sets_pkey" primary key ("id"));`);
    this.addSql(`alter table "rule_sets" add constraint "rule_sets_code_unique" unique ("code");`);
    this.addSql(`create index "rule_sets_policy_id_index" on "rule_sets" ("policy_id");`);

    this.addSql(`create table "talent_policy_facts" ("id" uuid not null, "user_id" uuid not null, "facts" jsonb not null, "updated_at" timestamptz not null default now(), constraint "talent_policy_facts_pkey" primary key ("id"));`);
    this.addSql(`alter table "talent_policy_facts" add constraint "talent_policy_facts_user_id_unique" unique ("user_id");`);

    this.addSql(`create table "rule_versions" ("id" uuid not null, "rule_set_id" uuid not null, "version" int not null, "effective_from" date not null, "data" jsonb not null, "legal_basis" text not null, "note_zh" text not null, "note_en" text not null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), constraint "rule_versions_pkey" primary key ("id"));`);
    this.addSql(`create index "rule_versions_rule_set_id_effective_from_index" on "rule_versions" ("rule_set_id", "effective_from");`);
    this.addSql(`alter table "rule_versions" add constraint "rule_versions_rule_set_id_version_unique" unique ("rule_set_id", "version");`);

    this.addSql(`create table "policy_versions" ("id" uuid not null, "policy_id" uuid not null, "version" int not null, "effective_from" date not null, "effective_to" date null, "title_zh" text not null, "title_en" text not null, "summary_zh" text not null, "summary_en" text not null, "benefits_zh" text not null, "benefits_en" text not null, "eligibility_zh" text not null, "eligibility_en" text not null, "documents_zh" text not null, "documents_en" text not null, "process_zh" text not null, "process_en" text not null, "processing_time_zh" text not null, "processing_time_en" text not null, "issuing_body_zh" text not null, "issuing_body_en" text not null, "document_title" text not null, "document_number" text null, "verification_note_zh" text not null, "verification_note_en" text not null, "sources" jsonb not null, "last_verified_on" date not null, "keywords" text not null default '', "change_note_zh" text not null, "change_note_en" text not null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), constraint "policy_versions_pkey" primary key ("id"));`);
    this.addSql(`create index "policy_versions_policy_id_effective_from_index" on "policy_versions" ("policy_id", "effective_from");`);
    this.addSql(`alter table "policy_versions" add constraint "policy_versions_policy_id_version_unique" unique ("policy_id", "version");`);

    this.addSql(`create table "audit_entries" ("id" uuid not null, "actor_id" uuid null, "action" varchar(255) not null, "entity_type" varchar(255) not null, "entity_id" uuid not null, "summary_zh" text not null, "summary_en" text not null, "changes" jsonb not null, "created_at" timestamptz not null default now(), constraint "audit_entries_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entries_actor_id_index" on "audit_entries" ("actor_id");`);
    this.addSql(`create index "audit_entries_created_at_index" on "audit_entries" ("created_at");`);
    this.addSql(`create index "audit_entries_entity_type_entity_id_index" on "audit_entries" ("entity_type", "entity_id");`);

    this.addSql(`alter table "rule_sets" add constraint "rule_sets_policy_id_foreign" foreign key ("policy_id") references "policies" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "talent_policy_facts" add constraint "talent_policy_facts_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "rule_versions" add constraint "rule_versions_rule_set_id_foreign" foreign key ("rule_set_id") references "rule_sets" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rule_versions" add constraint "rule_versions_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "policy_versions" add constraint "policy_versions_policy_id_foreign" foreign key ("policy_id") references "policies" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "policy_versions" add constraint "policy_versions_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    // Restrict, not set null: the append-only trigger refuses the update a set-null would make.
    this.addSql(`alter table "audit_entries" add constraint "audit_entries_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete restrict;`);

    // The audit log is append-only: no UPDATE or DELETE, even from the application.
    this.addSql(`create function "audit_entries_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_entries is append-only'; end $$;`);
    this.addSql(`create trigger "audit_entries_no_update_or_delete" before update or delete on "audit_entries" for each row execute function "audit_entries_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_entries_no_update_or_delete" on "audit_entries";`);
    this.addSql(`drop function if exists "audit_entries_append_only"();`);

    this.addSql(`alter table "rule_sets" drop constraint "rule_sets_policy_id_foreign";`);

    this.addSql(`alter table "policy_versions" drop constraint "policy_versions_policy_id_foreign";`);

    this.addSql(`alter table "rule_versions" drop constraint "rule_versions_rule_set_id_foreign";`);

    this.addSql(`drop table if exists "policies" cascade;`);

    this.addSql(`drop table if exists "rule_sets" cascade;`);

    this.addSql(`drop table if exists "talent_policy_facts" cascade;`);

    this.addSql(`drop table if exists "rule_versions" cascade;`);

    this.addSql(`drop table if exists "policy_versions" cascade;`);

    this.addSql(`drop table if exists "audit_entries" cascade;`);

    this.addSql(`drop type "policy_category";`);
    this.addSql(`drop type "policy_level";`);
    this.addSql(`drop type "policy_eligibility_kind";`);
    this.addSql(`drop type "rule_kind";`);
  }

}
