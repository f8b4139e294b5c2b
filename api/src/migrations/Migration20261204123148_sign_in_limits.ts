import { Migration } from '@mikro-orm/migrations';

export class Migration20261204123148_sign_in_limits extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sign_in_limits" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "sign_in_limits_pkey" primary key ("key"));`);

    this.addSql(`drop table if exists "sign_in_failures" cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table "sign_in_failures" ("id" uuid not null, "email" varchar(255) not null, "failed_at" timestamptz(6) not null default now(), constraint "sign_in_failures_pkey" primary key ("id"));`);
    this.addSql(`create index "sign_in_failures_email_failed_at_index" on "sign_in_failures" ("email", "failed_at");`);

    this.addSql(`drop table if exists "sign_in_limits" cascade;`);
  }

}
