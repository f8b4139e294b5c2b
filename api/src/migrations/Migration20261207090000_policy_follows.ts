import { Migration } from '@mikro-orm/migrations';

/**
 * Following policies and alerts when a rule or policy version takes effect: who follows what
 * (with or without eligibility alerts), which versions have been announced, and each message sent
 * by (version, person, policy), written with the notification so it goes out once. Versions already
 * in force when this runs count as announced: only later changes are news.
 */
export class Migration20261207090000_policy_follows extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "policy_follows" ("id" uuid not null, "user_id" uuid not null, "policy_id" uuid not null, "eligibility_alerts" boolean not null default false, "created_at" timestamptz not null default now(), constraint "policy_follows_pkey" primary key ("id"));`);
    this.addSql(`create index "policy_follows_policy_id_index" on "policy_follows" ("policy_id");`);
    this.addSql(`alter table "policy_follows" add constraint "policy_follows_user_id_policy_id_unique" unique ("user_id", "policy_id");`);
    this.addSql(`alter table "policy_follows" add constraint "policy_follows_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "policy_follows" add constraint "policy_follows_policy_id_foreign" foreign key ("policy_id") references "policies" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "policy_changes_announced" ("version_id" uuid not null, "announced_at" timestamptz not null default now(), constraint "policy_changes_announced_pkey" primary key ("version_id"));`);
    this.addSql(`create table "policy_alerts_sent" ("version_id" uuid not null, "user_id" uuid not null, "policy_id" uuid not null, "kind" varchar(10) not null, "sent_at" timestamptz not null default now(), constraint "policy_alerts_sent_pkey" primary key ("version_id", "user_id", "policy_id"), constraint "policy_alerts_sent_kind_known" check ("kind" in ('ELIGIBLE', 'POINTS', 'VERSION')));`);
    this.addSql(`alter table "policy_alerts_sent" add constraint "policy_alerts_sent_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`insert into "policy_changes_announced" ("version_id") select "id" from "rule_versions" where "effective_from" <= (now() at time zone 'Asia/Shanghai')::date union all select "id" from "policy_versions" where "effective_from" <= (now() at time zone 'Asia/Shanghai')::date;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "policy_alerts_sent" cascade;`);
    this.addSql(`drop table if exists "policy_changes_announced" cascade;`);
    this.addSql(`drop table if exists "policy_follows" cascade;`);
  }

}
