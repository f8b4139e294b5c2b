import { Migration } from '@mikro-orm/migrations';

/**
 * Appointments at the service window and bank branches. Written by hand for the rules the
 * database keeps whoever writes: places per slot (a counter row per service point and slot,
 * kept by a trigger on appointments, whose CHECK refuses more bookings than the slot's capacity;
 * the capacity is computed from the opening hours, closures and the holiday calendar, so a
 * booking on a holiday or off the slot grid gets capacity 0), one active booking per person,
 * service and day, and queue numbers unique per service point and day.
 */
export class Migration20261206100000_appointments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "appointment_status" as enum ('BOOKED', 'CALLED', 'SERVED', 'NO_SHOW', 'CANCELLED');`);
    this.addSql(`create type "appointment_day_kind" as enum ('HOLIDAY', 'WORKDAY');`);

    this.addSql(`create table "appointment_service_points" ("id" uuid not null, "organisation_id" uuid not null constraint "appointment_service_points_organisation_id_foreign" references "organisations" ("id") on update cascade, "name_zh" text not null, "name_en" text not null, "address_zh" text not null, "address_en" text not null, "queue_prefix" text not null default 'A', "slot_minutes" int not null, "booking_days_ahead" int not null default 30, "no_show_limit" int not null default 3, "no_show_window_days" int not null default 90, "is_sample" boolean not null default false, "created_at" timestamptz not null default now(), constraint "appointment_service_points_pkey" primary key ("id"), constraint appointment_service_points_prefix_check check (queue_prefix ~ '^[A-Z]$'), constraint appointment_service_points_slot_check check (slot_minutes between 5 and 240), constraint appointment_service_points_ahead_check check (booking_days_ahead between 1 and 180), constraint appointment_service_points_no_show_check check (no_show_limit between 1 and 100 and no_show_window_days between 1 and 365));`);
    this.addSql(`create index "appointment_service_points_organisation_id_index" on "appointment_service_points" ("organisation_id");`);

    this.addSql(`create table "appointment_opening_hours" ("id" uuid not null, "point_id" uuid not null constraint "appointment_opening_hours_point_id_foreign" references "appointment_service_points" ("id") on update cascade on delete cascade, "weekday" smallint not null, "opens_at" time not null, "closes_at" time not null, "capacity" int not null, constraint "appointment_opening_hours_pkey" primary key ("id"), constraint appointment_opening_hours_weekday_check check (weekday between 1 and 7), constraint appointment_opening_hours_times_check check (opens_at < closes_at), constraint appointment_opening_hours_capacity_check check (capacity between 1 and 100));`);
    this.addSql(`create index "appointment_opening_hours_point_id_weekday_index" on "appointment_opening_hours" ("point_id", "weekday");`);

    this.addSql(`create table "appointment_closures" ("id" uuid not null, "point_id" uuid not null constraint "appointment_closures_point_id_foreign" references "appointment_service_points" ("id") on update cascade on delete cascade, "closed_on" date not null, "reason" text not null, constraint "appointment_closures_pkey" primary key ("id"), constraint "appointment_closures_point_id_closed_on_unique" unique ("point_id", "closed_on"));`);

    this.addSql(`create table "appointment_calendar_days" ("day" date not null, "kind" "appointment_day_kind" not null, "name_zh" text not null, "name_en" text not null, "is_sample" boolean not null default false, constraint "appointment_calendar_days_pkey" primary key ("day"));`);

    this.addSql(`create table "appointment_services" ("id" uuid not null, "point_id" uuid not null constraint "appointment_services_point_id_foreign" references "appointment_service_points" ("id") on update cascade, "name_zh" text not null, "name_en" text not null, "description_zh" text not null, "description_en" text not null, "duration_minutes" int not null, "documents_zh" text[] not null default '{}', "documents_en" text[] not null default '{}', "policy_ids" uuid[] not null default '{}', "cancel_cutoff_minutes" int not null default 120, "active" boolean not null default true, "is_sample" boolean not null default false, constraint "appointment_services_pkey" primary key ("id"), constraint appointment_services_duration_check check (duration_minutes between 5 and 240), constraint appointment_services_cutoff_check check (cancel_cutoff_minutes between 0 and 10080));`);
    this.addSql(`create index "appointment_services_policy_ids_index" on "appointment_services" using gin ("policy_ids");`);

    this.addSql(`create table "appointments" ("id" uuid not null, "service_id" uuid not null constraint "appointments_service_id_foreign" references "appointment_services" ("id") on update cascade, "point_id" uuid not null constraint "appointments_point_id_foreign" references "appointment_service_points" ("id") on update cascade, "person_id" uuid not null constraint "appointments_person_id_foreign" references "users" ("id") on update cascade, "booked_by_id" uuid not null constraint "appointments_booked_by_id_foreign" references "users" ("id") on update cascade, "application_id" uuid null constraint "appointments_application_id_foreign" references "applications" ("id") on update cascade on delete set null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "local_day" date not null, "queue_number" int not null, "queue_code" text not null, "status" "appointment_status" not null default 'BOOKED', "called_at" timestamptz null, "served_at" timestamptz null, "no_show_at" timestamptz null, "cancelled_at" timestamptz null, "sequence" int not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "appointments_pkey" primary key ("id"), constraint appointments_day_check check (local_day = (starts_at at time zone 'Asia/Shanghai')::date), constraint appointments_times_check check (ends_at > starts_at), constraint appointments_queue_check check (queue_number between 1 and 999), constraint "appointments_point_id_local_day_queue_number_unique" unique ("point_id", "local_day", "queue_number"));`);
    // One active booking per person, service and day, whoever writes and however many at once.
    this.addSql(`create unique index "appointments_one_active_per_person_service_day" on "appointments" ("person_id", "service_id", "local_day") where status in ('BOOKED', 'CALLED');`);
    this.addSql(`create index "appointments_point_id_local_day_status_index" on "appointments" ("point_id", "local_day", "status");`);
    this.addSql(`create index "appointments_person_id_starts_at_index" on "appointments" ("person_id", "starts_at");`);
    this.addSql(`create index "appointments_booked_by_id_starts_at_index" on "appointments" ("booked_by_id", "starts_at");`);

    this.addSql(`create table "appointment_slot_loads" ("point_id" uuid not null constraint "appointment_slot_loads_point_id_foreign" references "appointment_service_points" ("id") on update cascade on delete cascade, "starts_at" timestamptz not null, "booked" int not null, "capacity" int not null, constraint "appointment_slot_loads_pkey" primary key ("point_id", "starts_at"), constraint appointment_slot_loads_capacity_check check (booked >= 0 and booked <= capacity));`);
    this.addSql(`create table "appointment_queue_counters" ("point_id" uuid not null constraint "appointment_queue_counters_point_id_foreign" references "appointment_service_points" ("id") on update cascade on delete cascade, "day" date not null, "last_number" int not null, constraint "appointment_queue_counters_pkey" primary key ("point_id", "day"), constraint appointment_queue_counters_number_check check (last_number between 1 and 999));`);

    // Places in one slot: 0 on a holiday, a closure, outside the opening hours or off the slot
    // grid. An adjusted working day (调休) on a weekend opens with Monday's hours.
    this.addSql(`create function appointment_slot_capacity(p_point uuid, p_starts timestamptz) returns int language sql stable as $$
      with t as (select (p_starts at time zone 'Asia/Shanghai') as local),
      d as (select local::date as day, extract(epoch from local::time) as secs, extract(isodow from local)::int as dow from t),
      k as (select d.*, (select c.kind from appointment_calendar_days c where c.day = d.day) as kind from d)
      select coalesce((
        select min(h.capacity) from k
          join appointment_service_points p on p.id = p_point
          join appointment_opening_hours h on h.point_id = p.id
           and h.weekday = case when k.kind = 'WORKDAY' and k.dow in (6, 7) then 1 else k.dow end
           and extract(epoch from h.opens_at) <= k.secs
           and k.secs + p.slot_minutes * 60 <= extract(epoch from h.closes_at)
           and (k.secs - extract(epoch from h.opens_at))::int % (p.slot_minutes * 60) = 0
         where k.kind is distinct from 'HOLIDAY'
           and not exists (select 1 from appointment_closures c where c.point_id = p_point and c.closed_on = k.day)
      ), 0)
    $$;`);
    this.addSql(`create function appointments_hold_places() returns trigger language plpgsql as $$
      declare
        old_holds boolean := false;
        new_holds boolean := false;
      begin
        if tg_op in ('UPDATE', 'DELETE') then old_holds := old.status <> 'CANCELLED'; end if;
        if tg_op in ('INSERT', 'UPDATE') then new_holds := new.status <> 'CANCELLED'; end if;
        if tg_op = 'UPDATE' and old_holds = new_holds and old.point_id = new.point_id and old.starts_at = new.starts_at then
          return new;
        end if;
        if old_holds then
          update appointment_slot_loads set booked = booked - 1 where point_id = old.point_id and starts_at = old.starts_at;
        end if;
        if new_holds then
          insert into appointment_slot_loads as l (point_id, starts_at, booked, capacity)
            values (new.point_id, new.starts_at, 1, appointment_slot_capacity(new.point_id, new.starts_at))
            on conflict (point_id, starts_at) do update set booked = l.booked + 1, capacity = excluded.capacity;
        end if;
        if tg_op = 'DELETE' then return old; end if;
        return new;
      end
    $$;`);
    this.addSql(`create trigger appointments_hold_places after insert or update of status, point_id, starts_at or delete on appointments for each row execute function appointments_hold_places();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists appointments_hold_places on appointments;`);
    this.addSql(`drop function if exists appointments_hold_places();`);
    this.addSql(`drop function if exists appointment_slot_capacity(uuid, timestamptz);`);
    this.addSql(`drop table if exists "appointment_slot_loads", "appointment_queue_counters", "appointments", "appointment_services", "appointment_calendar_days", "appointment_closures", "appointment_opening_hours", "appointment_service_points" cascade;`);
    this.addSql(`drop type "appointment_status";`);
    this.addSql(`drop type "appointment_day_kind";`);
  }
}
