import { Migration } from '@mikro-orm/migrations';

export class Migration20261128035957_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "organisation_kind" as enum ('TOWN_OFFICE', 'ENTERPRISE', 'BANK_BRANCH', 'UNIVERSITY');`);
    this.addSql(`create type "user_role" as enum ('TALENT', 'ENTERPRISE_HR', 'COORDINATOR', 'REVIEWER', 'BANK_LIAISON', 'ADMIN');`);
    this.addSql(`create type "education_level" as enum ('NONE', 'ASSOCIATE', 'BACHELOR', 'BACHELOR_WITH_DEGREE', 'MASTER', 'DOCTOR');`);
    this.addSql(`create table "app_meta" ("key" varchar(255) not null, "value" text not null, constraint "app_meta_pkey" primary key ("key"));`);

    this.addSql(`create table "organisations" ("id" uuid not null, "kind" "organisation_kind" not null, "name_zh" varchar(255) not null, "name_en" varchar(255) not null, "alliance_member" boolean not null default false, "sample_data" boolean not null default false, "created_at" timestamptz not null default now(), constraint "organisations_pkey" primary key ("id"));`);
    this.addSql(`create index "organisations_kind_index" on "organisations" ("kind");`);

    this.addSql(`create table "sign_in_failures" ("id" uuid not null, "email" varchar(255) not null, "failed_at" timestamptz not null default now(), constraint "sign_in_failures_pkey" primary key ("id"));`);
    this.addSql(`create index "sign_in_failures_email_failed_at_index" on "sign_in_failures" ("email", "failed_at");`);

    this.addSql(`create table "users" ("id" uuid not null, "email" varchar(255) not null, "display_name" varchar(255) not null, "role" "user_role" not null, "organisation_id" uuid null, "password_hash" varchar(255) not null, "created_at" timestamptz not null default now(), constraint "users_pkey" primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);
    this.addSql(`create index "users_organisation_id_index" on "users" ("organisation_id");`);

    this.addSql(`create table "talent_profiles" ("id" uuid not null, "user_id" uuid not null, "legal_name" varchar(255) not null, "resident_id_number" varchar(255) null, "phone" varchar(255) null, "date_of_birth" date null, "education" "education_level" not null default 'NONE', "employer_id" uuid null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "talent_profiles_pkey" primary key ("id"));`);
    this.addSql(`alter table "talent_profiles" add constraint "talent_profiles_user_id_unique" unique ("user_id");`);
    this.addSql(`alter table "talent_profiles" add constraint "talent_profiles_resident_id_number_unique" unique ("resident_id_number");`);
    this.addSql(`create index "talent_profiles_employer_id_index" on "talent_profiles" ("employer_id");`);

    this.addSql(`create table "sessions" ("id" uuid not null, "token_hash" varchar(255) not null, "user_id" uuid not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "sessions_pkey" primary key ("id"));`);
    this.addSql(`alter table "sessions" add constraint "sessions_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);
    this.addSql(`create index "sessions_expires_at_index" on "sessions" ("expires_at");`);

    this.addSql(`alter table "users" add constraint "users_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "talent_profiles" add constraint "talent_profiles_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "talent_profiles" add constraint "talent_profiles_employer_id_foreign" foreign key ("employer_id") references "organisations" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "users" drop constraint "users_organisation_id_foreign";`);

    this.addSql(`alter table "talent_profiles" drop constraint "talent_profiles_employer_id_foreign";`);

    this.addSql(`alter table "talent_profiles" drop constraint "talent_profiles_user_id_foreign";`);

    this.addSql(`alter table "sessions" drop constraint "sessions_user_id_foreign";`);

    this.addSql(`drop table if exists "app_meta" cascade;`);

    this.addSql(`drop table if exists "organisations" cascade;`);

    this.addSql(`drop table if exists "sign_in_failures" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "talent_profiles" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);

    this.addSql(`drop type "organisation_kind";`);
    this.addSql(`drop type "user_role";`);
    this.addSql(`drop type "education_level";`);
  }

}
