import { Migration } from '@mikro-orm/migrations';

export class Migration20261128041714_alliance extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "enterprise_size" as enum ('MICRO', 'SMALL', 'MEDIUM', 'LARGE');`);
    this.addSql(`create type "cadre_nomination_status" as enum ('NOMINATED', 'SELECTED', 'NOT_SELECTED', 'WITHDRAWN');`);
    this.addSql(`create type "alliance_event_kind" as enum ('LECTURE', 'VISIT', 'EXCHANGE', 'TRAINING', 'MEETING');`);
    this.addSql(`create type "alliance_event_status" as enum ('DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED');`);
    this.addSql(`create type "registration_status" as enum ('REGISTERED', 'WAITLISTED', 'CANCELLED');`);
    this.addSql(`create type "seat_kind" as enum ('RESERVED', 'OPEN');`);
    this.addSql(`create table "alliance_cadre_cohorts" ("id" uuid not null, "year" int not null, "theme_zh" varchar(255) not null, "theme_en" varchar(255) not null, "places" int not null, "starts_on" date not null, "ends_on" date not null, "partner_id" uuid not null, "created_at" timestamptz not null default now(), constraint "alliance_cadre_cohorts_pkey" primary key ("id"), constraint alliance_cadre_cohorts_dates_check check (ends_on >= starts_on), constraint alliance_cadre_cohorts_places_check check (places > 0));`);

    this.addSql(`create table "alliance_member_profiles" ("id" uuid not null, "organisation_id" uuid not null, "field_zh" varchar(255) not null, "field_en" varchar(255) not null, "size" "enterprise_size" not null, "contact_name" varchar(255) not null, "contact_email" varchar(255) null, "joined_on" date not null, "updated_at" timestamptz not null default now(), constraint "alliance_member_profiles_pkey" primary key ("id"));`);
    this.addSql(`alter table "alliance_member_profiles" add constraint "alliance_member_profiles_organisation_id_unique" unique ("organisation_id");`);

    this.addSql(`create table "alliance_convener_terms" ("id" uuid not null, "year" int not null, "organisation_id" uuid not null, "note" text null, "created_at" timestamptz not null default now(), constraint "alliance_convener_terms_pkey" primary key ("id"), constraint alliance_convener_terms_year_check check (year between 2000 and 2100));`);
    this.addSql(`alter table "alliance_convener_terms" add constraint "alliance_convener_terms_year_unique" unique ("year");`);
    this.addSql(`create index "alliance_convener_terms_organisation_id_index" on "alliance_convener_terms" ("organisation_id");`);

    this.addSql(`create table "notifications" ("id" uuid not null, "recipient_id" uuid not null, "kind" varchar(80) not null, "title_zh" varchar(200) not null, "title_en" varchar(200) not null, "body_zh" text not null, "body_en" text not null, "link" text null, "read_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "notifications_pkey" primary key ("id"));`);
    this.addSql(`create index "notifications_recipient_id_created_at_index" on "notifications" ("recipient_id", "created_at");`);

    this.addSql(`create table "calendar_feeds" ("id" uuid not null, "user_id" uuid not null, "token_hash" varchar(255) not null, "created_at" timestamptz not null default now(), constraint "calendar_feeds_pkey" primary key ("id"));`);
    this.addSql(`alter table "calendar_feeds" add constraint "calendar_feeds_user_id_unique" unique ("user_id");`);
    this.addSql(`alter table "calendar_feeds" add constraint "calendar_feeds_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "alliance_cadre_nominations" ("id" uuid not null, "cohort_id" uuid not null, "person_id" uuid not null, "organisation_id" uuid not null, "nominated_by_id" uuid not null, "reason" text null, "status" "cadre_nomination_status" not null default 'NOMINATED', "decided_at" timestamptz null, "completed_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "alliance_cadre_nominations_pkey" primary key ("id"));`);
    this.addSql(`create index "alliance_cadre_nominations_person_id_index" on "alliance_cadre_nominations" ("person_id");`);
    this.addSql(`create index "alliance_cadre_nominations_organisation_id_index" on "alliance_cadre_nominations" ("organisation_id");`);
    this.addSql(`alter table "alliance_cadre_nominations" add constraint "alliance_cadre_nominations_cohort_id_person_id_unique" unique ("cohort_id", "person_id");`);

    this.addSql(`create table "alliance_events" ("id" uuid not null, "title_zh" varchar(255) not null, "title_en" varchar(255) not null, "description_zh" text not null, "description_en" text not null, "kind" "alliance_event_kind" not null, "host_organisation_id" uuid null, "venue_zh" varchar(255) null, "venue_en" varchar(255) null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "capacity" int not null, "registration_opens_at" timestamptz not null, "registration_closes_at" timestamptz not null, "reserved_seats_release_hours" int not null default 48, "reserved_seats_released_at" timestamptz null, "status" "alliance_event_status" not null default 'DRAFT', "cancel_reason" text null, "cohort_id" uuid null, "sequence" int not null default 0, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "alliance_events_pkey" primary key ("id"), constraint alliance_events_release_check check (reserved_seats_release_hours >= 0), constraint alliance_events_times_check check (ends_at > starts_at and registration_closes_at > registration_opens_at), constraint alliance_events_capacity_check check (capacity > 0));`);
    this.addSql(`create index "alliance_events_host_organisation_id_index" on "alliance_events" ("host_organisation_id");`);
    this.addSql(`create index "alliance_events_cohort_id_index" on "alliance_events" ("cohort_id");`);
    this.addSql(`create index "alliance_events_status_starts_at_index" on "alliance_events" ("status", "starts_at");`);

    this.addSql(`create table "alliance_event_quotas" ("id" uuid not null, "event_id" uuid not null, "organisation_id" uuid not null, "seats" int not null, constraint "alliance_event_quotas_pkey" primary key ("id"), constraint alliance_event_quotas_seats_check check (seats > 0));`);
    this.addSql(`alter table "alliance_event_quotas" add constraint "alliance_event_quotas_event_id_organisation_id_unique" unique ("event_id", "organisation_id");`);

    this.addSql(`create table "alliance_event_registrations" ("id" uuid not null, "event_id" uuid not null, "person_id" uuid not null, "organisation_id" uuid null, "status" "registration_status" not null, "seat" "seat_kind" null, "queue_number" int not null, "registered_by_id" uuid not null, "check_in_code" varchar(16) not null, "checked_in_at" timestamptz null, "checked_in_by_id" uuid null, "feedback_rating" smallint null, "feedback_comment" text null, "feedback_at" timestamptz null, "cancelled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "alliance_event_registrations_pkey" primary key ("id"), constraint alliance_event_registrations_rating_check check (feedback_rating between 1 and 5), constraint alliance_event_registrations_seat_check check ((status = 'REGISTERED') = (seat is not null)));`);
    this.addSql(`create index "alliance_event_registrations_person_id_index" on "alliance_event_registrations" ("person_id");`);
    this.addSql(`create index "alliance_event_registrations_organisation_id_index" on "alliance_event_registrations" ("organisation_id");`);
    this.addSql(`alter table "alliance_event_registrations" add constraint "alliance_event_registrations_check_in_code_unique" unique ("check_in_code");`);
    this.addSql(`create index "alliance_event_registrations_event_id_status_index" on "alliance_event_registrations" ("event_id", "status");`);
    this.addSql(`alter table "alliance_event_registrations" add constraint "alliance_event_registrations_event_queue_unique" unique ("event_id", "queue_number");`);
    this.addSql(`alter table "alliance_event_registrations" add constraint "alliance_event_registrations_event_person_unique" unique ("event_id", "person_id");`);

    this.addSql(`alter table "alliance_cadre_cohorts" add constraint "alliance_cadre_cohorts_partner_id_foreign" foreign key ("partner_id") references "organisations" ("id") on update cascade;`);

    this.addSql(`alter table "alliance_member_profiles" add constraint "alliance_member_profiles_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "alliance_convener_terms" add constraint "alliance_convener_terms_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade;`);

    this.addSql(`alter table "notifications" add constraint "notifications_recipient_id_foreign" foreign key ("recipient_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "calendar_feeds" add constraint "calendar_feeds_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "alliance_cadre_nominations" add constraint "alliance_cadre_nominations_cohort_id_foreign" foreign key ("cohort_id") references "alliance_cadre_cohorts" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "alliance_cadre_nominations" add constraint "alliance_cadre_nominations_person_id_foreign" foreign key ("person_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "alliance_cadre_nominations" add constraint "alliance_cadre_nominations_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade;`);
    this.addSql(`alter table "alliance_cadre_nominations" add constraint "alliance_cadre_nominations_nominated_by_id_foreign" foreign key ("nominated_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "alliance_events" add constraint "alliance_events_host_organisation_id_foreign" foreign key ("host_organisation_id") references "organisations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "alliance_events" add constraint "alliance_events_cohort_id_foreign" foreign key ("cohort_id") references "alliance_cadre_cohorts" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "alliance_events" add constraint "alliance_events_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "alliance_event_quotas" add constraint "alliance_event_quotas_event_id_foreign" foreign key ("event_id") references "alliance_events" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "alliance_event_quotas" add constraint "alliance_event_quotas_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade;`);

    this.addSql(`alter table "alliance_event_registrations" add constraint "alliance_event_registrations_event_id_foreign" foreign key ("event_id") references "alliance_events" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "alliance_event_registrations" add constraint "alliance_event_registrations_person_id_foreign" foreign key ("person_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "alliance_event_registrations" add constraint "alliance_event_registrations_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "alliance_event_registrations" add constraint "alliance_event_registrations_registered_by_id_foreign" foreign key ("registered_by_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "alliance_event_registrations" add constraint "alliance_event_registrations_checked_in_by_id_foreign" foreign key ("checked_in_by_id") references "users" ("id") on update cascade on delete set null;`);

    // The seats rule, held by the database itself: after any row becomes REGISTERED, the event
    // row is locked and the seats are counted again; a row that would put the event over its
    // capacity, an enterprise over its reserved seats, or (before the release) the open seats
    // over what is left after the reservations is refused (SQLSTATE 23514). The service takes the
    // same lock first, so in practice this never fires; it is the backstop, not the mechanism.
    this.addSql(`create function alliance_registration_seats_guard() returns trigger language plpgsql as $$
declare
  ev record;
  taken int;
begin
  if new.status <> 'REGISTERED' then
    return null;
  end if;
  select capacity, reserved_seats_released_at into ev from alliance_events where id = new.event_id for update;
  select count(*) into taken from alliance_event_registrations where event_id = new.event_id and status = 'REGISTERED';
  if taken > ev.capacity then
    raise exception 'alliance event % would exceed its capacity of %', new.event_id, ev.capacity
      using errcode = 'check_violation', constraint = 'alliance_event_registrations_capacity';
  end if;
  if new.seat = 'RESERVED' then
    if (select count(*) from alliance_event_registrations
          where event_id = new.event_id and status = 'REGISTERED' and seat = 'RESERVED' and organisation_id is not distinct from new.organisation_id)
       > coalesce((select seats from alliance_event_quotas where event_id = new.event_id and organisation_id = new.organisation_id), 0) then
      raise exception 'enterprise % would exceed its reserved seats at event %', new.organisation_id, new.event_id
        using errcode = 'check_violation', constraint = 'alliance_event_registrations_quota';
    end if;
  elsif ev.reserved_seats_released_at is null then
    if (select count(*) from alliance_event_registrations where event_id = new.event_id and status = 'REGISTERED' and seat = 'OPEN')
       > ev.capacity - coalesce((select sum(seats) from alliance_event_quotas where event_id = new.event_id), 0) then
      raise exception 'alliance event % would exceed its open seats', new.event_id
        using errcode = 'check_violation', constraint = 'alliance_event_registrations_open_seats';
    end if;
  end if;
  return null;
end;
$$;`);
    this.addSql(`create trigger alliance_registration_seats_guard after insert or update of status, seat on alliance_event_registrations for each row execute function alliance_registration_seats_guard();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists alliance_registration_seats_guard on alliance_event_registrations;`);
    this.addSql(`drop function if exists alliance_registration_seats_guard();`);
    this.addSql(`alter table "alliance_cadre_nominations" drop constraint "alliance_cadre_nominations_cohort_id_foreign";`);

    this.addSql(`alter table "alliance_events" drop constraint "alliance_events_cohort_id_foreign";`);

    this.addSql(`alter table "alliance_event_quotas" drop constraint "alliance_event_quotas_event_id_foreign";`);

    this.addSql(`alter table "alliance_event_registrations" drop constraint "alliance_event_registrations_event_id_foreign";`);

    this.addSql(`drop table if exists "alliance_cadre_cohorts" cascade;`);

    this.addSql(`drop table if exists "alliance_member_profiles" cascade;`);

    this.addSql(`drop table if exists "alliance_convener_terms" cascade;`);

    this.addSql(`drop table if exists "notifications" cascade;`);

    this.addSql(`drop table if exists "calendar_feeds" cascade;`);

    this.addSql(`drop table if exists "alliance_cadre_nominations" cascade;`);

    this.addSql(`drop table if exists "alliance_events" cascade;`);

    this.addSql(`drop table if exists "alliance_event_quotas" cascade;`);

    this.addSql(`drop table if exists "alliance_event_registrations" cascade;`);

    this.addSql(`drop type "enterprise_size";`);
    this.addSql(`drop type "cadre_nomination_status";`);
    this.addSql(`drop type "alliance_event_kind";`);
    this.addSql(`drop type "alliance_event_status";`);
    this.addSql(`drop type "registration_status";`);
    this.addSql(`drop type "seat_kind";`);
  }

}
