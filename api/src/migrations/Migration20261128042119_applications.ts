import { Migration } from '@mikro-orm/migrations';

export class Migration20261128042119_applications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "benefit_kind" as enum ('MONEY', 'FLAT', 'NOMINATION');`);
    this.addSql(`create type "document_kind" as enum ('ID_CARD', 'LABOUR_CONTRACT', 'DEGREE_CERTIFICATE', 'TITLE_CERTIFICATE', 'SOCIAL_INSURANCE_RECORD', 'TAX_RECORD', 'INCOME_PROOF', 'RESIDENCE_PERMIT', 'HUKOU_PROOF', 'RENTAL_CONTRACT', 'NO_PROPERTY_STATEMENT', 'EMPLOYER_RECOMMENDATION', 'OTHER');`);
    this.addSql(`create type "application_status" as enum ('DRAFT', 'SUBMITTED', 'EMPLOYER_CONFIRMED', 'UNDER_REVIEW', 'RETURNED_FOR_INFO', 'APPROVED', 'REJECTED', 'DISBURSED', 'ALLOCATED', 'CLOSED', 'WITHDRAWN');`);

    this.addSql(`create table "application_forms" ("id" uuid not null, "policy_id" uuid not null, "benefit" "benefit_kind" not null, "checklist" jsonb not null, "processing_days" int not null, "amount_cap_yuan" int null, "updated_at" timestamptz not null default now(), constraint "application_forms_pkey" primary key ("id"));`);
    this.addSql(`alter table "application_forms" add constraint "application_forms_policy_id_unique" unique ("policy_id");`);

    this.addSql(`create table "idempotency_keys" ("id" uuid not null, "user_id" uuid not null, "key" varchar(100) not null, "operation" varchar(40) not null, "result_id" uuid not null, "created_at" timestamptz not null default now(), constraint "idempotency_keys_pkey" primary key ("id"));`);
    this.addSql(`alter table "idempotency_keys" add constraint "idempotency_keys_user_id_key_unique" unique ("user_id", "key");`);

    this.addSql(`create table "employment_confirmations" ("id" uuid not null, "talent_id" uuid not null, "enterprise_id" uuid not null, "confirmed_by_id" uuid not null, "contract_start" date not null, "contract_end" date null, "position" varchar(100) not null, "social_insurance_months" int not null, "valid_until" date not null, "created_at" timestamptz not null default now(), constraint "employment_confirmations_pkey" primary key ("id"));`);
    this.addSql(`create index "employment_confirmations_talent_id_enterprise_id_v_390d2_index" on "employment_confirmations" ("talent_id", "enterprise_id", "valid_until");`);

    this.addSql(`create table "documents" ("id" uuid not null, "owner_id" uuid not null, "kind" "document_kind" not null, "file_name" varchar(200) not null, "content_type" varchar(40) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "expires_on" date null, "created_at" timestamptz not null default now(), constraint "documents_pkey" primary key ("id"));`);
    this.addSql(`create index "documents_owner_id_created_at_index" on "documents" ("owner_id", "created_at");`);

    this.addSql(`create table "applications" ("id" uuid not null, "reference" varchar(20) not null, "policy_id" uuid not null, "applicant_id" uuid not null, "enterprise_id" uuid null, "status" "application_status" not null default 'DRAFT', "answers" jsonb not null, "requested_amount_yuan" int null, "approved_amount_yuan" int null, "payment_reference" varchar(64) null, "allocation_note" text null, "eligibility_snapshot" jsonb null, "employment_confirmation_id" uuid null, "reviewer_id" uuid null, "status_changed_at" timestamptz not null default now(), "submitted_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "applications_pkey" primary key ("id"));`);
    this.addSql(`alter table "applications" add constraint "applications_reference_unique" unique ("reference");`);
    this.addSql(`create index "applications_applicant_id_created_at_index" on "applications" ("applicant_id", "created_at");`);
    this.addSql(`create index "applications_enterprise_id_status_index" on "applications" ("enterprise_id", "status");`);
    this.addSql(`create index "applications_status_status_changed_at_index" on "applications" ("status", "status_changed_at");`);

    this.addSql(`create table "application_events" ("id" uuid not null, "application_id" uuid not null, "action" varchar(40) not null, "from_status" "application_status" null, "to_status" "application_status" not null, "actor_id" uuid null, "reason" text null, "data" jsonb null, "at" timestamptz not null default now(), constraint "application_events_pkey" primary key ("id"));`);
    this.addSql(`create index "application_events_application_id_at_index" on "application_events" ("application_id", "at");`);

    this.addSql(`create table "application_documents" ("id" uuid not null, "application_id" uuid not null, "document_id" uuid not null, "attached_at" timestamptz not null default now(), constraint "application_documents_pkey" primary key ("id"));`);
    this.addSql(`alter table "application_documents" add constraint "application_documents_application_id_document_id_unique" unique ("application_id", "document_id");`);

    this.addSql(`alter table "application_forms" add constraint "application_forms_policy_id_foreign" foreign key ("policy_id") references "policies" ("id") on update cascade;`);

    this.addSql(`alter table "idempotency_keys" add constraint "idempotency_keys_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "employment_confirmations" add constraint "employment_confirmations_talent_id_foreign" foreign key ("talent_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "employment_confirmations" add constraint "employment_confirmations_enterprise_id_foreign" foreign key ("enterprise_id") references "organisations" ("id") on update cascade;`);
    this.addSql(`alter table "employment_confirmations" add constraint "employment_confirmations_confirmed_by_id_foreign" foreign key ("confirmed_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "documents" add constraint "documents_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "applications" add constraint "applications_policy_id_foreign" foreign key ("policy_id") references "policies" ("id") on update cascade;`);
    this.addSql(`alter table "applications" add constraint "applications_applicant_id_foreign" foreign key ("applicant_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "applications" add constraint "applications_enterprise_id_foreign" foreign key ("enterprise_id") references "organisations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "applications" add constraint "applications_employment_confirmation_id_foreign" foreign key ("employment_confirmation_id") references "employment_confirmations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "applications" add constraint "applications_reviewer_id_foreign" foreign key ("reviewer_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "application_events" add constraint "application_events_application_id_foreign" foreign key ("application_id") references "applications" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "application_events" add constraint "application_events_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "application_documents" add constraint "application_documents_application_id_foreign" foreign key ("application_id") references "applications" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "application_documents" add constraint "application_documents_document_id_foreign" foreign key ("document_id") references "documents" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "alliance_convener_terms" drop constraint alliance_convener_terms_year_check;`);

    this.addSql(`alter table "alliance_convener_terms" add constraint alliance_convener_terms_year_check check(year between 2000 and 2100);`);

    this.addSql(`alter table "alliance_event_registrations" drop constraint alliance_event_registrations_rating_check;`);

    this.addSql(`alter table "alliance_event_registrations" add constraint alliance_event_registrations_rating_check check(feedback_rating between 1 and 5);`);
    // Readable reference numbers (YP-2026-000123).
    this.addSql(`create sequence "application_reference_seq" start 1;`);

    // History is append-only: the database itself refuses to change or delete it.
    this.addSql(`create function "application_events_append_only"() returns trigger language plpgsql as $$
      begin raise exception 'application history is append-only'; end $$;`);
    this.addSql(`create trigger "application_events_no_update" before update or delete on "application_events"
      for each row execute function "application_events_append_only"();`);

    // Live notifications: tell listeners after the inserting transaction commits.
    this.addSql(`create function "notifications_announce"() returns trigger language plpgsql as $$
      begin perform pg_notify('notification_added', new.recipient_id::text || ':' || new.id::text); return new; end $$;`);
    this.addSql(`create trigger "notifications_announce" after insert on "notifications"
      for each row execute function "notifications_announce"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "notifications_announce" on "notifications";`);
    this.addSql(`drop function if exists "notifications_announce"();`);
    this.addSql(`drop trigger if exists "application_events_no_update" on "application_events";`);
    this.addSql(`drop function if exists "application_events_append_only"();`);
    this.addSql(`drop sequence if exists "application_reference_seq";`);

    this.addSql(`alter table "applications" drop constraint "applications_employment_confirmation_id_foreign";`);

    this.addSql(`alter table "application_documents" drop constraint "application_documents_document_id_foreign";`);

    this.addSql(`alter table "application_events" drop constraint "application_events_application_id_foreign";`);

    this.addSql(`alter table "application_documents" drop constraint "application_documents_application_id_foreign";`);

    this.addSql(`drop table if exists "application_forms" cascade;`);

    this.addSql(`drop table if exists "idempotency_keys" cascade;`);

    this.addSql(`drop table if exists "employment_confirmations" cascade;`);

    this.addSql(`drop table if exists "documents" cascade;`);

    this.addSql(`drop table if exists "applications" cascade;`);

    this.addSql(`drop table if exists "application_events" cascade;`);

    this.addSql(`drop table if exists "application_documents" cascade;`);

    this.addSql(`alter table "alliance_convener_terms" drop constraint alliance_convener_terms_year_check;`);

    this.addSql(`alter table "alliance_convener_terms" add constraint alliance_convener_terms_year_check check((year >= 2000) AND (year <= 2100));`);

    this.addSql(`alter table "alliance_event_registrations" drop constraint alliance_event_registrations_rating_check;`);

    this.addSql(`alter table "alliance_event_registrations" add constraint alliance_event_registrations_rating_check check((feedback_rating >= 1) AND (feedback_rating <= 5));`);

    this.addSql(`drop type "benefit_kind";`);
    this.addSql(`drop type "document_kind";`);
    this.addSql(`drop type "application_status";`);
  }

}
