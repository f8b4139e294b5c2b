import { Migration } from '@mikro-orm/migrations';

export class Migration20261128045707_apartments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "apartment_layout" as enum ('STUDIO', 'ONE_BEDROOM', 'TWO_BEDROOM', 'THREE_BEDROOM');`);
    this.addSql(`create type "apartment_unit_status" as enum ('AVAILABLE', 'RESERVED', 'OCCUPIED', 'MAINTENANCE');`);
    this.addSql(`create type "apartment_settlement_status" as enum ('DRAFT', 'APPROVED', 'PAID');`);
    this.addSql(`create type "apartment_subsidy_category" as enum ('STANDARD', 'OVERSEAS_EXCELLENT');`);
    this.addSql(`create type "apartment_waitlist_status" as enum ('WAITING', 'OFFERED', 'HOUSED', 'LEFT');`);
    this.addSql(`create type "apartment_offer_status" as enum ('PENDING', 'ACCEPTED', 'DECLINED', 'LAPSED', 'WITHDRAWN');`);
    this.addSql(`create type "apartment_lease_status" as enum ('ACTIVE', 'ENDED');`);
    this.addSql(`create table "apartment_operators" ("id" uuid not null, "name_zh" varchar(100) not null, "name_en" varchar(100) not null, "payee_account_name" varchar(100) null, "payee_bank" varchar(100) null, "payee_account_number" varchar(40) null, "sample_data" boolean not null default false, "created_at" timestamptz not null default now(), constraint "apartment_operators_pkey" primary key ("id"));`);
    this.addSql(`alter table "apartment_operators" add constraint "apartment_operators_name_zh_unique" unique ("name_zh");`);

    this.addSql(`create table "apartment_projects" ("id" uuid not null, "operator_id" uuid not null, "name_zh" varchar(100) not null, "name_en" varchar(100) not null, "address_zh" varchar(200) not null, "address_en" varchar(200) null, "distance_km" double precision null, "latitude" double precision null, "longitude" double precision null, "sample_data" boolean not null default false, "created_at" timestamptz not null default now(), constraint "apartment_projects_pkey" primary key ("id"));`);
    this.addSql(`create index "apartment_projects_operator_id_index" on "apartment_projects" ("operator_id");`);
    this.addSql(`alter table "apartment_projects" add constraint "apartment_projects_name_zh_unique" unique ("name_zh");`);

    this.addSql(`create table "apartment_units" ("id" uuid not null, "project_id" uuid not null, "code" varchar(20) not null, "layout" "apartment_layout" not null, "area_sqm" double precision not null, "monthly_rent_yuan" int not null, "status" "apartment_unit_status" not null default 'AVAILABLE', "status_changed_at" timestamptz not null default now(), "created_at" timestamptz not null default now(), constraint "apartment_units_pkey" primary key ("id"), constraint apartment_units_rent_check check (monthly_rent_yuan > 0));`);
    this.addSql(`create index "apartment_units_project_id_index" on "apartment_units" ("project_id");`);
    this.addSql(`create index "apartment_units_layout_status_index" on "apartment_units" ("layout", "status");`);
    this.addSql(`alter table "apartment_units" add constraint "apartment_units_project_id_code_unique" unique ("project_id", "code");`);

    this.addSql(`create table "apartment_settlement_batches" ("id" uuid not null, "operator_id" uuid not null, "period" varchar(7) not null, "period_start" date not null, "period_end" date not null, "status" "apartment_settlement_status" not null default 'DRAFT', "line_count" int not null, "tenant_count" int not null, "total_fen" bigint not null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "approved_by_id" uuid null, "approved_at" timestamptz null, "paid_at" timestamptz null, "payment_reference" varchar(64) null, "version" int not null default 1, constraint "apartment_settlement_batches_pkey" primary key ("id"), constraint apartment_settlement_batches_paid_check check ((status = 'PAID') = (payment_reference is not null)));`);
    this.addSql(`create index "apartment_settlement_batches_operator_id_index" on "apartment_settlement_batches" ("operator_id");`);
    this.addSql(`alter table "apartment_settlement_batches" add constraint "apartment_settlement_batches_operator_id_period_start_unique" unique ("operator_id", "period_start");`);

    this.addSql(`create table "apartment_waitlist" ("id" uuid not null, "application_id" uuid not null, "talent_id" uuid not null, "reference_key" varchar(20) not null, "layout" "apartment_layout" not null, "move_in_month" varchar(7) not null, "category" "apartment_subsidy_category" not null, "approved_at" timestamptz not null, "queued_at" timestamptz not null, "status" "apartment_waitlist_status" not null default 'WAITING', "declines" int not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "apartment_waitlist_pkey" primary key ("id"), constraint apartment_waitlist_move_in_check check (move_in_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])\$'));`);
    this.addSql(`alter table "apartment_waitlist" add constraint "apartment_waitlist_application_id_unique" unique ("application_id");`);
    this.addSql(`create index "apartment_waitlist_talent_id_index" on "apartment_waitlist" ("talent_id");`);
    this.addSql(`create index "apartment_waitlist_layout_status_queued_at_index" on "apartment_waitlist" ("layout", "status", "queued_at");`);

    this.addSql(`create table "apartment_offers" ("id" uuid not null, "unit_id" uuid not null, "entry_id" uuid not null, "talent_id" uuid not null, "status" "apartment_offer_status" not null default 'PENDING', "offered_at" timestamptz not null default now(), "respond_by" timestamptz not null, "responded_at" timestamptz null, "decline_reason" text null, "rule_version_id" uuid not null, constraint "apartment_offers_pkey" primary key ("id"), constraint apartment_offers_deadline_check check (respond_by > offered_at));`);
    this.addSql(`create index "apartment_offers_unit_id_index" on "apartment_offers" ("unit_id");`);
    this.addSql(`create index "apartment_offers_entry_id_index" on "apartment_offers" ("entry_id");`);
    this.addSql(`create index "apartment_offers_talent_id_index" on "apartment_offers" ("talent_id");`);
    this.addSql(`create index "apartment_offers_status_respond_by_index" on "apartment_offers" ("status", "respond_by");`);
    this.addSql(`create unique index "apartment_offers_one_pending_per_entry" on "apartment_offers" ("entry_id") where "status" = 'PENDING';`);
    this.addSql(`create unique index "apartment_offers_one_pending_per_unit" on "apartment_offers" ("unit_id") where "status" = 'PENDING';`);

    this.addSql(`create table "apartment_leases" ("id" uuid not null, "unit_id" uuid not null, "tenant_id" uuid not null, "application_id" uuid not null, "offer_id" uuid not null, "start_date" date not null, "planned_end_date" date not null, "end_date" date not null, "monthly_rent_yuan" int not null, "category" "apartment_subsidy_category" not null, "status" "apartment_lease_status" not null default 'ACTIVE', "signed_at" timestamptz not null default now(), "moved_out_at" timestamptz null, "rule_version_id" uuid not null, constraint "apartment_leases_pkey" primary key ("id"), constraint apartment_leases_rent_check check (monthly_rent_yuan > 0));`);
    this.addSql(`create index "apartment_leases_unit_id_index" on "apartment_leases" ("unit_id");`);
    this.addSql(`create index "apartment_leases_tenant_id_index" on "apartment_leases" ("tenant_id");`);
    this.addSql(`create index "apartment_leases_application_id_index" on "apartment_leases" ("application_id");`);
    this.addSql(`alter table "apartment_leases" add constraint "apartment_leases_offer_id_unique" unique ("offer_id");`);
    this.addSql(`create unique index "apartment_leases_one_active_per_tenant" on "apartment_leases" ("tenant_id") where "status" = 'ACTIVE';`);
    this.addSql(`create unique index "apartment_leases_one_active_per_unit" on "apartment_leases" ("unit_id") where "status" = 'ACTIVE';`);

    this.addSql(`create table "apartment_settlement_lines" ("id" uuid not null, "batch_id" uuid not null, "lease_id" uuid not null, "tenant_id" uuid not null, "unit_id" uuid not null, "month" varchar(7) not null, "rent_yuan" int not null, "rate_percent" double precision not null, "cap_yuan" int not null, "subsidy_fen" int not null, "capped" boolean not null, "subsidy_month_number" int not null, "rule_version_id" uuid not null, constraint "apartment_settlement_lines_pkey" primary key ("id"), constraint apartment_settlement_lines_amount_check check (subsidy_fen >= 0 and subsidy_fen <= cap_yuan * 100));`);
    this.addSql(`create index "apartment_settlement_lines_lease_id_index" on "apartment_settlement_lines" ("lease_id");`);
    this.addSql(`create index "apartment_settlement_lines_tenant_id_index" on "apartment_settlement_lines" ("tenant_id");`);
    this.addSql(`create index "apartment_settlement_lines_batch_id_tenant_id_month_index" on "apartment_settlement_lines" ("batch_id", "tenant_id", "month");`);
    this.addSql(`alter table "apartment_settlement_lines" add constraint "apartment_settlement_lines_lease_id_month_unique" unique ("lease_id", "month");`);

    this.addSql(`alter table "apartment_projects" add constraint "apartment_projects_operator_id_foreign" foreign key ("operator_id") references "apartment_operators" ("id") on update cascade;`);

    this.addSql(`alter table "apartment_units" add constraint "apartment_units_project_id_foreign" foreign key ("project_id") references "apartment_projects" ("id") on update cascade;`);

    this.addSql(`alter table "apartment_settlement_batches" add constraint "apartment_settlement_batches_operator_id_foreign" foreign key ("operator_id") references "apartment_operators" ("id") on update cascade;`);
    this.addSql(`alter table "apartment_settlement_batches" add constraint "apartment_settlement_batches_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "apartment_settlement_batches" add constraint "apartment_settlement_batches_approved_by_id_foreign" foreign key ("approved_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "apartment_waitlist" add constraint "apartment_waitlist_application_id_foreign" foreign key ("application_id") references "applications" ("id") on update cascade;`);
    this.addSql(`alter table "apartment_waitlist" add constraint "apartment_waitlist_talent_id_foreign" foreign key ("talent_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "apartment_offers" add constraint "apartment_offers_unit_id_foreign" foreign key ("unit_id") references "apartment_units" ("id") on update cascade;`);
    this.addSql(`alter table "apartment_offers" add constraint "apartment_offers_entry_id_foreign" foreign key ("entry_id") references "apartment_waitlist" ("id") on update cascade;`);
    this.addSql(`alter table "apartment_offers" add constraint "apartment_offers_talent_id_foreign" foreign key ("talent_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "apartment_offers" add constraint "apartment_offers_rule_version_id_foreign" foreign key ("rule_version_id") references "rule_versions" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "apartment_leases" add constraint "apartment_leases_unit_id_foreign" foreign key ("unit_id") references "apartment_units" ("id") on update cascade;`);
    this.addSql(`alter table "apartment_leases" add constraint "apartment_leases_tenant_id_foreign" foreign key ("tenant_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "apartment_leases" add constraint "apartment_leases_application_id_foreign" foreign key ("application_id") references "applications" ("id") on update cascade;`);
    this.addSql(`alter table "apartment_leases" add constraint "apartment_leases_offer_id_foreign" foreign key ("offer_id") references "apartment_offers" ("id") on update cascade;`);
    this.addSql(`alter table "apartment_leases" add constraint "apartment_leases_rule_version_id_foreign" foreign key ("rule_version_id") references "rule_versions" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "apartment_settlement_lines" add constraint "apartment_settlement_lines_batch_id_foreign" foreign key ("batch_id") references "apartment_settlement_batches" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "apartment_settlement_lines" add constraint "apartment_settlement_lines_lease_id_foreign" foreign key ("lease_id") references "apartment_leases" ("id") on update cascade;`);
    this.addSql(`alter table "apartment_settlement_lines" add constraint "apartment_settlement_lines_tenant_id_foreign" foreign key ("tenant_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "apartment_settlement_lines" add constraint "apartment_settlement_lines_unit_id_foreign" foreign key ("unit_id") references "apartment_units" ("id") on update cascade;`);
    this.addSql(`alter table "apartment_settlement_lines" add constraint "apartment_settlement_lines_rule_version_id_foreign" foreign key ("rule_version_id") references "rule_versions" ("id") on update cascade on delete restrict;`);

    // The talent-apartment rule data is a rule set of its own kind (policy module, rule-kinds.ts).
    this.addSql(`alter type "rule_kind" add value if not exists 'TALENT_APARTMENT' after 'ELIGIBILITY_CRITERIA';`);

    // A unit is never offered or let to two people at once. The partial unique indexes above keep
    // one PENDING offer and one ACTIVE lease per unit; this trigger closes the gap between the two
    // tables: no pending offer on a let unit, no lease on a unit offered to someone else, a lease
    // only for the unit its offer was for (and, while at it, leases in whole months: the differ
    // cannot compare such a check, so it lives here). It locks the unit row first, so two
    // transactions cannot each pass the check unseen. The service takes the layout's letting lock before any of
    // this, so in practice the trigger never fires; it is the backstop, not the mechanism.
    this.addSql(`create function apartment_letting_guard() returns trigger language plpgsql as $$
begin
  perform 1 from apartment_units where id = new.unit_id for update;
  if tg_table_name = 'apartment_offers' then
    if new.status = 'PENDING' and exists (select 1 from apartment_leases where unit_id = new.unit_id and status = 'ACTIVE') then
      raise exception 'apartment unit % is let; it cannot be offered', new.unit_id
        using errcode = 'check_violation', constraint = 'apartment_offers_unit_not_let';
    end if;
  else
    -- Leases run in whole months, from a 1st to a month's last day (the subsidy counts months).
    if extract(day from new.start_date) <> 1 or new.end_date <> (date_trunc('month', new.end_date) + interval '1 month - 1 day')::date
       or new.end_date < new.start_date - 1 or new.planned_end_date < new.end_date then
      raise exception 'lease % does not run in whole months', new.id
        using errcode = 'check_violation', constraint = 'apartment_leases_whole_months';
    end if;
    if new.status = 'ACTIVE' then
      if (select unit_id from apartment_offers where id = new.offer_id) is distinct from new.unit_id then
        raise exception 'lease % is not for the unit its offer was for', new.id
          using errcode = 'check_violation', constraint = 'apartment_leases_offer_unit';
      end if;
      if exists (select 1 from apartment_offers where unit_id = new.unit_id and status = 'PENDING' and id <> new.offer_id) then
        raise exception 'apartment unit % is offered to someone else', new.unit_id
          using errcode = 'check_violation', constraint = 'apartment_leases_unit_not_offered';
      end if;
    end if;
  end if;
  return null;
end;
$$;`);
    this.addSql(`create trigger apartment_offers_letting_guard after insert or update of status, unit_id on apartment_offers for each row execute function apartment_letting_guard();`);
    this.addSql(`create trigger apartment_leases_letting_guard after insert or update of status, unit_id, start_date, end_date, planned_end_date on apartment_leases for each row execute function apartment_letting_guard();`);
  }

  override async down(): Promise<void> {
    // The rule_kind value stays: PostgreSQL cannot drop an enum value.
    this.addSql(`drop trigger if exists apartment_offers_letting_guard on apartment_offers;`);
    this.addSql(`drop trigger if exists apartment_leases_letting_guard on apartment_leases;`);
    this.addSql(`drop function if exists apartment_letting_guard();`);
    this.addSql(`alter table "apartment_projects" drop constraint "apartment_projects_operator_id_foreign";`);

    this.addSql(`alter table "apartment_settlement_batches" drop constraint "apartment_settlement_batches_operator_id_foreign";`);

    this.addSql(`alter table "apartment_units" drop constraint "apartment_units_project_id_foreign";`);

    this.addSql(`alter table "apartment_offers" drop constraint "apartment_offers_unit_id_foreign";`);

    this.addSql(`alter table "apartment_leases" drop constraint "apartment_leases_unit_id_foreign";`);

    this.addSql(`alter table "apartment_settlement_lines" drop constraint "apartment_settlement_lines_unit_id_foreign";`);

    this.addSql(`alter table "apartment_settlement_lines" drop constraint "apartment_settlement_lines_batch_id_foreign";`);

    this.addSql(`alter table "apartment_offers" drop constraint "apartment_offers_entry_id_foreign";`);

    this.addSql(`alter table "apartment_leases" drop constraint "apartment_leases_offer_id_foreign";`);

    this.addSql(`alter table "apartment_settlement_lines" drop constraint "apartment_settlement_lines_lease_id_foreign";`);

    this.addSql(`drop table if exists "apartment_operators" cascade;`);

    this.addSql(`drop table if exists "apartment_projects" cascade;`);

    this.addSql(`drop table if exists "apartment_units" cascade;`);

    this.addSql(`drop table if exists "apartment_settlement_batches" cascade;`);

    this.addSql(`drop table if exists "apartment_waitlist" cascade;`);

    this.addSql(`drop table if exists "apartment_offers" cascade;`);

    this.addSql(`drop table if exists "apartment_leases" cascade;`);

    this.addSql(`drop table if exists "apartment_settlement_lines" cascade;`);

    this.addSql(`drop type "apartment_layout";`);
    this.addSql(`drop type "apartment_unit_status";`);
    this.addSql(`drop type "apartment_settlement_status";`);
    this.addSql(`drop type "apartment_subsidy_category";`);
    this.addSql(`drop type "apartment_waitlist_status";`);
    this.addSql(`drop type "apartment_offer_status";`);
    this.addSql(`drop type "apartment_lease_status";`);
  }

}
