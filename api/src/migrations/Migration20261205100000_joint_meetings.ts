import { Migration } from '@mikro-orm/migrations';

export class Migration20261205100000_joint_meetings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "community_meeting_level" as enum ('TOWN', 'AREA', 'VILLAGE');`);
    this.addSql(`create type "community_decision_status" as enum ('OPEN', 'DONE');`);
    this.addSql(`create table "community_joint_meetings" ("id" uuid not null, "level" "community_meeting_level" not null, "place_id" uuid null, "area_name" text null, "title" text not null, "held_on" date not null, "location" text null, "convener" text not null, "deputy_convener" text not null, "attendees" text[] not null, "minutes" text null, "version" int not null default 1, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "community_joint_meetings_pkey" primary key ("id"), constraint community_joint_meetings_level_check check (((level = 'VILLAGE'::community_meeting_level) = (place_id IS NOT NULL)) AND ((level = 'AREA'::community_meeting_level) = (area_name IS NOT NULL))));`);
    this.addSql(`create index "community_joint_meetings_place_id_held_on_index" on "community_joint_meetings" ("place_id", "held_on");`);
    this.addSql(`create index "community_joint_meetings_held_on_index" on "community_joint_meetings" ("held_on");`);

    this.addSql(`create table "community_meeting_agenda_items" ("id" uuid not null, "meeting_id" uuid not null, "position" int not null, "title" text not null, "notes" text null, "need_id" uuid null, "project_id" uuid null, constraint "community_meeting_agenda_items_pkey" primary key ("id"));`);
    this.addSql(`alter table "community_meeting_agenda_items" add constraint "community_meeting_agenda_items_meeting_id_position_unique" unique ("meeting_id", "position");`);

    this.addSql(`create table "community_meeting_decisions" ("id" uuid not null, "meeting_id" uuid not null, "agenda_item_id" uuid null, "text" text not null, "owner_id" uuid not null, "due_on" date not null, "status" "community_decision_status" not null default 'OPEN', "done_at" timestamptz null, "sequence" int not null default 0, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "community_meeting_decisions_pkey" primary key ("id"), constraint community_meeting_decisions_done_check check (((status = 'DONE'::community_decision_status) = (done_at IS NOT NULL))));`);
    this.addSql(`create index "community_meeting_decisions_owner_id_status_due_on_index" on "community_meeting_decisions" ("owner_id", "status", "due_on");`);

    this.addSql(`alter table "community_joint_meetings" add constraint "community_joint_meetings_place_id_foreign" foreign key ("place_id") references "organisations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "community_joint_meetings" add constraint "community_joint_meetings_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "community_meeting_agenda_items" add constraint "community_meeting_agenda_items_meeting_id_foreign" foreign key ("meeting_id") references "community_joint_meetings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "community_meeting_agenda_items" add constraint "community_meeting_agenda_items_need_id_foreign" foreign key ("need_id") references "community_needs" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "community_meeting_agenda_items" add constraint "community_meeting_agenda_items_project_id_foreign" foreign key ("project_id") references "community_projects" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "community_meeting_decisions" add constraint "community_meeting_decisions_meeting_id_foreign" foreign key ("meeting_id") references "community_joint_meetings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "community_meeting_decisions" add constraint "community_meeting_decisions_agenda_item_id_foreign" foreign key ("agenda_item_id") references "community_meeting_agenda_items" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "community_meeting_decisions" add constraint "community_meeting_decisions_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "community_meeting_decisions" add constraint "community_meeting_decisions_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "community_meeting_agenda_items" drop constraint "community_meeting_agenda_items_meeting_id_foreign";`);

    this.addSql(`alter table "community_meeting_decisions" drop constraint "community_meeting_decisions_meeting_id_foreign";`);

    this.addSql(`alter table "community_meeting_decisions" drop constraint "community_meeting_decisions_agenda_item_id_foreign";`);

    this.addSql(`drop table if exists "community_joint_meetings" cascade;`);

    this.addSql(`drop table if exists "community_meeting_agenda_items" cascade;`);

    this.addSql(`drop table if exists "community_meeting_decisions" cascade;`);

    this.addSql(`drop type "community_meeting_level";`);
    this.addSql(`drop type "community_decision_status";`);
  }

}
