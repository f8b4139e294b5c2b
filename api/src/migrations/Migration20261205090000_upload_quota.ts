import { Migration } from '@mikro-orm/migrations';

/**
 * Per-person upload counts per Shanghai calendar day, for the upload quota. One row per person
 * and day, raised by one atomic upsert per upload (see upload-quota.ts), so parallel uploads on
 * any number of instances are counted one after the other.
 */
export class Migration20261205090000_upload_quota extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "upload_quota_usage" ("user_id" uuid not null, "day" date not null, "files" int not null default 0, "bytes" bigint not null default 0, constraint "upload_quota_usage_pkey" primary key ("user_id", "day"), constraint "upload_quota_usage_not_negative" check ("files" >= 0 and "bytes" >= 0));`);
    this.addSql(`alter table "upload_quota_usage" add constraint "upload_quota_usage_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "upload_quota_usage_day_index" on "upload_quota_usage" ("day");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "upload_quota_usage" cascade;`);
  }

}
