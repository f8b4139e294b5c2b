import { Migration } from '@mikro-orm/migrations';

export class Migration20261205110000_charity_fund extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "fund_donor_kind" as enum ('ORGANISATION', 'INDIVIDUAL');`);
    this.addSql(`create type "fund_area" as enum ('LIVING_CIRCLE', 'MICRO_RENEWAL', 'ELDERLY_CARE', 'CHILD_FRIENDLY', 'HARDSHIP_RELIEF');`);
    this.addSql(`create type "fund_grant_status" as enum ('APPLIED', 'APPROVED', 'REJECTED', 'CANCELLED');`);
    this.addSql(`create type "fund_ledger_entry_kind" as enum ('DONATION', 'COMMITMENT', 'PAYMENT');`);
    this.addSql(`create table "fund_donations" ("id" uuid not null, "donor_kind" "fund_donor_kind" not null, "organisation_id" uuid null, "donor_name" varchar(200) null, "named_publicly" boolean not null, "received_on" date not null, "restricted_to" "fund_area" null, "note" varchar(300) null, "sample" boolean not null default false, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null default now(), constraint "fund_donations_pkey" primary key ("id"), constraint fund_donations_donor_check check ((donor_kind = 'ORGANISATION' and (organisation_id is not null or donor_name is not null)) or (donor_kind = 'INDIVIDUAL' and organisation_id is null and donor_name is not null)));`);
    this.addSql(`create index "fund_donations_received_on_index" on "fund_donations" ("received_on");`);

    this.addSql(`create table "fund_grants" ("id" uuid not null, "project_id" uuid not null, "area" "fund_area" not null, "requested_fen" bigint not null, "purpose" text not null, "status" "fund_grant_status" not null default 'APPLIED', "applied_by_id" uuid not null, "applied_at" timestamptz not null default now(), "decided_at" timestamptz null, "decision_reason" varchar(300) null, "version" int not null default 1, constraint "fund_grants_pkey" primary key ("id"), constraint fund_grants_decided_check check ((status = 'APPLIED') = (decided_at is null)), constraint fund_grants_requested_check check (requested_fen between 1 and 10000000000));`);
    this.addSql(`create unique index "fund_grants_one_applied_per_project" on "fund_grants" ("project_id") where "status" = 'APPLIED';`);
    this.addSql(`create index "fund_grants_project_id_index" on "fund_grants" ("project_id");`);
    this.addSql(`create index "fund_grants_status_applied_at_index" on "fund_grants" ("status", "applied_at");`);

    this.addSql(`create table "fund_tranches" ("id" uuid not null, "grant_id" uuid not null, "number" smallint not null, "paid_on" date not null, "reference" varchar(100) null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null default now(), constraint "fund_tranches_pkey" primary key ("id"));`);
    this.addSql(`alter table "fund_tranches" add constraint "fund_tranches_grant_id_number_unique" unique ("grant_id", "number");`);

    this.addSql(`create table "fund_receipts" ("id" uuid not null, "grant_id" uuid not null, "document_id" uuid not null, "amount_fen" bigint not null, "description" varchar(300) not null, "added_by_id" uuid not null, "added_at" timestamptz not null default now(), constraint "fund_receipts_pkey" primary key ("id"), constraint fund_receipts_amount_check check (amount_fen between 1 and 10000000000));`);
    this.addSql(`alter table "fund_receipts" add constraint "fund_receipts_grant_id_document_id_unique" unique ("grant_id", "document_id");`);

    this.addSql(`create table "fund_ledger_entries" ("id" uuid not null, "kind" "fund_ledger_entry_kind" not null, "amount_fen" bigint not null, "restricted_to" "fund_area" null, "donation_id" uuid null, "grant_id" uuid null, "tranche_id" uuid null, "reverses_id" uuid null, "reason" varchar(300) null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null default clock_timestamp(), constraint "fund_ledger_entries_pkey" primary key ("id"), constraint fund_ledger_entries_shape_check check ((kind = 'DONATION' and donation_id is not null and grant_id is null and tranche_id is null) or (kind = 'COMMITMENT' and donation_id is null and grant_id is not null and tranche_id is null) or (kind = 'PAYMENT' and donation_id is null and grant_id is not null and tranche_id is not null)), constraint fund_ledger_entries_amount_check check (amount_fen <> 0 and amount_fen between -10000000000 and 10000000000 and ((reverses_id is null) = (amount_fen > 0))));`);
    this.addSql(`alter table "fund_ledger_entries" add constraint "fund_ledger_entries_reverses_id_unique" unique ("reverses_id");`);
    this.addSql(`create unique index "fund_ledger_one_commitment_per_grant" on "fund_ledger_entries" ("grant_id") where "kind" = 'COMMITMENT' and "reverses_id" is null;`);
    this.addSql(`create index "fund_ledger_entries_donation_id_index" on "fund_ledger_entries" ("donation_id");`);
    this.addSql(`create index "fund_ledger_entries_grant_id_index" on "fund_ledger_entries" ("grant_id");`);
    this.addSql(`create index "fund_ledger_entries_recorded_at_index" on "fund_ledger_entries" ("recorded_at");`);

    this.addSql(`create table "fund_grant_approvals" ("id" uuid not null, "grant_id" uuid not null, "approver_id" uuid not null, "position" smallint not null, "note" varchar(300) null, "approved_at" timestamptz not null default now(), constraint "fund_grant_approvals_pkey" primary key ("id"), constraint fund_grant_approvals_position_check check (position in (1, 2)));`);
    this.addSql(`alter table "fund_grant_approvals" add constraint "fund_grant_approvals_grant_id_position_unique" unique ("grant_id", "position");`);
    this.addSql(`alter table "fund_grant_approvals" add constraint "fund_grant_approvals_grant_id_approver_id_unique" unique ("grant_id", "approver_id");`);

    this.addSql(`alter table "fund_donations" add constraint "fund_donations_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "fund_donations" add constraint "fund_donations_recorded_by_id_foreign" foreign key ("recorded_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "fund_grants" add constraint "fund_grants_project_id_foreign" foreign key ("project_id") references "community_projects" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "fund_grants" add constraint "fund_grants_applied_by_id_foreign" foreign key ("applied_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "fund_tranches" add constraint "fund_tranches_grant_id_foreign" foreign key ("grant_id") references "fund_grants" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "fund_tranches" add constraint "fund_tranches_recorded_by_id_foreign" foreign key ("recorded_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "fund_receipts" add constraint "fund_receipts_grant_id_foreign" foreign key ("grant_id") references "fund_grants" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "fund_receipts" add constraint "fund_receipts_document_id_foreign" foreign key ("document_id") references "documents" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "fund_receipts" add constraint "fund_receipts_added_by_id_foreign" foreign key ("added_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "fund_ledger_entries" add constraint "fund_ledger_entries_donation_id_foreign" foreign key ("donation_id") references "fund_donations" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "fund_ledger_entries" add constraint "fund_ledger_entries_grant_id_foreign" foreign key ("grant_id") references "fund_grants" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "fund_ledger_entries" add constraint "fund_ledger_entries_tranche_id_foreign" foreign key ("tranche_id") references "fund_tranches" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "fund_ledger_entries" add constraint "fund_ledger_entries_reverses_id_foreign" foreign key ("reverses_id") references "fund_ledger_entries" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "fund_ledger_entries" add constraint "fund_ledger_entries_recorded_by_id_foreign" foreign key ("recorded_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "fund_grant_approvals" add constraint "fund_grant_approvals_grant_id_foreign" foreign key ("grant_id") references "fund_grants" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "fund_grant_approvals" add constraint "fund_grant_approvals_approver_id_foreign" foreign key ("approver_id") references "users" ("id") on update cascade;`);

    // The ledger, donations, approvals, tranches and receipts are append-only: the database
    // refuses UPDATE, DELETE and TRUNCATE whoever asks; a mistake is corrected by a reversing entry.
    this.addSql(`create function fund_append_only() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: record a reversing entry instead', tg_table_name using errcode = 'restrict_violation';
end;
$$;`);
    for (const table of ['fund_ledger_entries', 'fund_donations', 'fund_grant_approvals', 'fund_tranches', 'fund_receipts']) {
      this.addSql(`create trigger ${table}_append_only before update or delete on "${table}" for each row execute function fund_append_only();`);
      this.addSql(`create trigger ${table}_no_truncate before truncate on "${table}" for each statement execute function fund_append_only();`);
    }
    // Whoever writes the ledger: a reversal mirrors the entry it reverses; no pool commits more
    // than it raised; no grant is paid beyond its commitment or from another pool. The fund lock
    // (the service's advisory lock 7235001) and the grant's row lock make concurrent writers
    // check one after the other; each check's query sees what the one before committed.
    this.addSql(`create function fund_ledger_guard() returns trigger language plpgsql as $$
declare
  orig fund_ledger_entries;
  available bigint;
  committed bigint;
  paid bigint;
begin
  if new.reverses_id is not null then
    select * into orig from fund_ledger_entries where id = new.reverses_id;
    if orig.reverses_id is not null or orig.kind <> new.kind or orig.amount_fen <> -new.amount_fen
       or orig.restricted_to is distinct from new.restricted_to or orig.donation_id is distinct from new.donation_id
       or orig.grant_id is distinct from new.grant_id or orig.tranche_id is distinct from new.tranche_id then
      raise exception 'ledger entry % does not mirror the entry % it reverses', new.id, new.reverses_id
        using errcode = 'check_violation', constraint = 'fund_ledger_reversal_mirror';
    end if;
  end if;
  if new.kind in ('DONATION', 'COMMITMENT') then
    perform pg_advisory_xact_lock(7235001);
    select coalesce(sum(case kind when 'DONATION' then amount_fen when 'COMMITMENT' then -amount_fen else 0 end), 0) into available
      from fund_ledger_entries where restricted_to is not distinct from new.restricted_to;
    if available < 0 then
      raise exception 'pool % would commit % fen more than it raised', coalesce(new.restricted_to::text, 'unrestricted'), -available
        using errcode = 'check_violation', constraint = 'fund_ledger_pool_overcommitted';
    end if;
  end if;
  if new.grant_id is not null then
    perform 1 from fund_grants where id = new.grant_id for update;
    select coalesce(sum(amount_fen) filter (where kind = 'COMMITMENT'), 0), coalesce(sum(amount_fen) filter (where kind = 'PAYMENT'), 0)
      into committed, paid from fund_ledger_entries where grant_id = new.grant_id;
    if paid < 0 or paid > committed then
      raise exception 'grant % would be paid % fen of % committed', new.grant_id, paid, committed
        using errcode = 'check_violation', constraint = 'fund_ledger_grant_overpaid';
    end if;
    if new.kind = 'PAYMENT' and (
         not exists (select 1 from fund_ledger_entries where grant_id = new.grant_id and kind = 'COMMITMENT' and reverses_id is null and restricted_to is not distinct from new.restricted_to)
         or not exists (select 1 from fund_tranches where id = new.tranche_id and grant_id = new.grant_id)) then
      raise exception 'payment % is not from grant %''s commitment or tranche', new.id, new.grant_id
        using errcode = 'check_violation', constraint = 'fund_ledger_payment_source';
    end if;
  end if;
  return null;
end;
$$;`);
    this.addSql(`create trigger fund_ledger_guard after insert on "fund_ledger_entries" for each row execute function fund_ledger_guard();`);
    // Four eyes in the database too: the applicant never approves, and only an open application is approved.
    this.addSql(`create function fund_grant_approvals_guard() returns trigger language plpgsql as $$
begin
  if not exists (select 1 from fund_grants where id = new.grant_id and status = 'APPLIED' and applied_by_id <> new.approver_id) then
    raise exception 'approval % is by the applicant or of a grant already decided', new.id
      using errcode = 'check_violation', constraint = 'fund_grant_approvals_four_eyes';
  end if;
  return new;
end;
$$;`);
    this.addSql(`create trigger fund_grant_approvals_guard before insert on "fund_grant_approvals" for each row execute function fund_grant_approvals_guard();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists fund_grant_approvals_guard on "fund_grant_approvals";`);
    this.addSql(`drop function if exists fund_grant_approvals_guard();`);
    this.addSql(`drop trigger if exists fund_ledger_guard on "fund_ledger_entries";`);
    this.addSql(`drop function if exists fund_ledger_guard();`);
    for (const table of ['fund_ledger_entries', 'fund_donations', 'fund_grant_approvals', 'fund_tranches', 'fund_receipts']) {
      this.addSql(`drop trigger if exists ${table}_append_only on "${table}";`);
      this.addSql(`drop trigger if exists ${table}_no_truncate on "${table}";`);
    }
    this.addSql(`drop function if exists fund_append_only() cascade;`);
    this.addSql(`alter table "fund_ledger_entries" drop constraint "fund_ledger_entries_donation_id_foreign";`);

    this.addSql(`alter table "fund_tranches" drop constraint "fund_tranches_grant_id_foreign";`);

    this.addSql(`alter table "fund_receipts" drop constraint "fund_receipts_grant_id_foreign";`);

    this.addSql(`alter table "fund_ledger_entries" drop constraint "fund_ledger_entries_grant_id_foreign";`);

    this.addSql(`alter table "fund_grant_approvals" drop constraint "fund_grant_approvals_grant_id_foreign";`);

    this.addSql(`alter table "fund_ledger_entries" drop constraint "fund_ledger_entries_tranche_id_foreign";`);

    this.addSql(`alter table "fund_ledger_entries" drop constraint "fund_ledger_entries_reverses_id_foreign";`);

    this.addSql(`drop table if exists "fund_donations" cascade;`);

    this.addSql(`drop table if exists "fund_grants" cascade;`);

    this.addSql(`drop table if exists "fund_tranches" cascade;`);

    this.addSql(`drop table if exists "fund_receipts" cascade;`);

    this.addSql(`drop table if exists "fund_ledger_entries" cascade;`);

    this.addSql(`drop table if exists "fund_grant_approvals" cascade;`);

    this.addSql(`drop type "fund_donor_kind";`);
    this.addSql(`drop type "fund_area";`);
    this.addSql(`drop type "fund_grant_status";`);
    this.addSql(`drop type "fund_ledger_entry_kind";`);
  }

}
