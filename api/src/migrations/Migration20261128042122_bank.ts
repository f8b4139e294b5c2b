import { Migration } from '@mikro-orm/migrations';

export class Migration20261128042122_bank extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "bank_product_kind" as enum ('TALENT_HOUSING_LOAN', 'TALENT_CONSUMER_LOAN', 'TECH_ENTERPRISE_CREDIT', 'IP_PLEDGE_LOAN', 'SUPPLY_CHAIN_FINANCE', 'ACCOUNT_SERVICE', 'OTHER');`);
    this.addSql(`create type "financing_audience" as enum ('TALENT', 'ENTERPRISE');`);
    this.addSql(`create type "bank_product_status" as enum ('DRAFT', 'PUBLISHED', 'WITHDRAWN');`);
    this.addSql(`create type "financing_request_status" as enum ('OPEN', 'ACCEPTED', 'WITHDRAWN');`);
    this.addSql(`create type "financing_route_origin" as enum ('MATCHED', 'CHOSEN');`);
    this.addSql(`create type "financing_route_status" as enum ('AWAITING_ANSWER', 'INTERESTED', 'NEEDS_INFO', 'DECLINED', 'ACCEPTED', 'NOT_SELECTED', 'WITHDRAWN');`);
    this.addSql(`create type "financing_answer_kind" as enum ('INTERESTED', 'NEEDS_INFO', 'DECLINED');`);
    this.addSql(`create table "bank_products" ("id" uuid not null, "branch_id" uuid not null, "kind" "bank_product_kind" not null, "audience" "financing_audience" not null, "name_zh" varchar(100) not null, "name_en" varchar(100) not null, "summary_zh" text not null, "summary_en" text not null, "requirements_zh" text not null, "requirements_en" text not null, "min_amount" int null, "max_amount" int null, "min_term_months" int null, "max_term_months" int null, "min_rate_bp" int null, "max_rate_bp" int null, "status" "bank_product_status" not null default 'DRAFT', "featured" boolean not null default false, "hidden" boolean not null default false, "published_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "bank_products_pkey" primary key ("id"));`);
    this.addSql(`create index "bank_products_branch_id_index" on "bank_products" ("branch_id");`);
    this.addSql(`create index "bank_products_status_hidden_kind_audience_index" on "bank_products" ("status", "hidden", "kind", "audience");`);

    this.addSql(`create table "bank_contacts" ("id" uuid not null, "branch_id" uuid not null, "name" varchar(50) not null, "title_zh" varchar(100) not null, "title_en" varchar(100) not null, "phone" varchar(20) not null, "email" varchar(254) null, "primary" boolean not null default false, "created_at" timestamptz not null default now(), constraint "bank_contacts_pkey" primary key ("id"));`);
    this.addSql(`create index "bank_contacts_branch_id_index" on "bank_contacts" ("branch_id");`);

    this.addSql(`create table "financing_requests" ("id" uuid not null, "audience" "financing_audience" not null, "kind" "bank_product_kind" not null, "purpose" text not null, "amount" int null, "term_months" int null, "status" "financing_request_status" not null default 'OPEN', "enterprise_id" uuid null, "talent_id" uuid null, "created_by_id" uuid not null, "applicant_name" varchar(200) null, "contact_phone" varchar(20) null, "settlement_account" varchar(32) null, "credit_code" varchar(18) null, "annual_revenue_wan" int null, "employee_count" int null, "founded_year" int null, "patent_count" int null, "monthly_income" int null, "employer_name" varchar(200) null, "education" "education_level" null, "accepted_answer_id" uuid null, "accepted_at" timestamptz null, "withdrawn_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "financing_requests_pkey" primary key ("id"));`);
    this.addSql(`create index "financing_requests_talent_id_created_at_index" on "financing_requests" ("talent_id", "created_at");`);
    this.addSql(`create index "financing_requests_enterprise_id_created_at_index" on "financing_requests" ("enterprise_id", "created_at");`);

    this.addSql(`create table "financing_routes" ("id" uuid not null, "request_id" uuid not null, "branch_id" uuid not null, "origin" "financing_route_origin" not null, "consented_facts" text[] not null, "consent_recorded_at" timestamptz not null default now(), "matched_product_ids" text[] not null, "status" "financing_route_status" not null default 'AWAITING_ANSWER', "current_answer_id" uuid null, "sent_at" timestamptz not null default now(), "first_answered_at" timestamptz null, constraint "financing_routes_pkey" primary key ("id"));`);
    this.addSql(`create index "financing_routes_branch_id_sent_at_index" on "financing_routes" ("branch_id", "sent_at");`);
    this.addSql(`alter table "financing_routes" add constraint "financing_routes_request_id_branch_id_unique" unique ("request_id", "branch_id");`);

    this.addSql(`create table "financing_consents" ("id" uuid not null, "route_id" uuid not null, "facts" text[] not null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null default now(), constraint "financing_consents_pkey" primary key ("id"));`);
    this.addSql(`create index "financing_consents_route_id_index" on "financing_consents" ("route_id");`);

    this.addSql(`create table "financing_answers" ("id" uuid not null, "route_id" uuid not null, "kind" "financing_answer_kind" not null, "offer_amount" int null, "offer_rate_bp" int null, "offer_term_months" int null, "conditions" text null, "question" text null, "reason" text null, "product_id" uuid null, "answered_by_id" uuid not null, "reply" text null, "replied_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "financing_answers_pkey" primary key ("id"));`);
    this.addSql(`create index "financing_answers_route_id_index" on "financing_answers" ("route_id");`);

    this.addSql(`alter table "bank_products" add constraint "bank_products_branch_id_foreign" foreign key ("branch_id") references "organisations" ("id") on update cascade;`);

    this.addSql(`alter table "bank_contacts" add constraint "bank_contacts_branch_id_foreign" foreign key ("branch_id") references "organisations" ("id") on update cascade;`);

    this.addSql(`alter table "financing_requests" add constraint "financing_requests_enterprise_id_foreign" foreign key ("enterprise_id") references "organisations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "financing_requests" add constraint "financing_requests_talent_id_foreign" foreign key ("talent_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "financing_requests" add constraint "financing_requests_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "financing_requests" add constraint "financing_requests_accepted_answer_id_foreign" foreign key ("accepted_answer_id") references "financing_answers" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "financing_routes" add constraint "financing_routes_request_id_foreign" foreign key ("request_id") references "financing_requests" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "financing_routes" add constraint "financing_routes_branch_id_foreign" foreign key ("branch_id") references "organisations" ("id") on update cascade;`);
    this.addSql(`alter table "financing_routes" add constraint "financing_routes_current_answer_id_foreign" foreign key ("current_answer_id") references "financing_answers" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "financing_consents" add constraint "financing_consents_route_id_foreign" foreign key ("route_id") references "financing_routes" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "financing_consents" add constraint "financing_consents_recorded_by_id_foreign" foreign key ("recorded_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "financing_answers" add constraint "financing_answers_route_id_foreign" foreign key ("route_id") references "financing_routes" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "financing_answers" add constraint "financing_answers_product_id_foreign" foreign key ("product_id") references "bank_products" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "financing_answers" add constraint "financing_answers_answered_by_id_foreign" foreign key ("answered_by_id") references "users" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "financing_answers" drop constraint "financing_answers_product_id_foreign";`);

    this.addSql(`alter table "financing_routes" drop constraint "financing_routes_request_id_foreign";`);

    this.addSql(`alter table "financing_consents" drop constraint "financing_consents_route_id_foreign";`);

    this.addSql(`alter table "financing_answers" drop constraint "financing_answers_route_id_foreign";`);

    this.addSql(`alter table "financing_requests" drop constraint "financing_requests_accepted_answer_id_foreign";`);

    this.addSql(`alter table "financing_routes" drop constraint "financing_routes_current_answer_id_foreign";`);

    this.addSql(`drop table if exists "bank_products" cascade;`);

    this.addSql(`drop table if exists "bank_contacts" cascade;`);

    this.addSql(`drop table if exists "financing_requests" cascade;`);

    this.addSql(`drop table if exists "financing_routes" cascade;`);

    this.addSql(`drop table if exists "financing_consents" cascade;`);

    this.addSql(`drop table if exists "financing_answers" cascade;`);

    this.addSql(`drop type "bank_product_kind";`);
    this.addSql(`drop type "financing_audience";`);
    this.addSql(`drop type "bank_product_status";`);
    this.addSql(`drop type "financing_request_status";`);
    this.addSql(`drop type "financing_route_origin";`);
    this.addSql(`drop type "financing_route_status";`);
    this.addSql(`drop type "financing_answer_kind";`);
  }

}
