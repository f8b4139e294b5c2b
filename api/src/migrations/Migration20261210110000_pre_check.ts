import { Migration } from '@mikro-orm/migrations';

/**
 * The town's pre-check for city procedures (issue 17 item 7): a benefit kind, the two states after
 * a pass, and each pre-check policy's city procedure (who recommends, where and what to file).
 * The new enum values are only added here; nothing in this transaction uses them.
 */
export class Migration20261210110000_pre_check extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "benefit_kind" add value if not exists 'PRE_CHECK' after 'NOMINATION';`);
    this.addSql(`alter type "application_status" add value if not exists 'AWAITING_RECOMMENDATION' after 'WITHDRAWN';`);
    this.addSql(`alter type "application_status" add value if not exists 'READY_TO_FILE' after 'AWAITING_RECOMMENDATION';`);

    this.addSql(`create type "city_recommender" as enum ('EMPLOYER', 'TOWN');`);
    this.addSql(`create table "city_procedures" ("id" uuid not null, "policy_id" uuid not null, "recommendation" "city_recommender" null, "where_zh" text not null, "where_en" text not null, "how_zh" text not null, "how_en" text not null, "documents" jsonb not null, "url" text null, "updated_at" timestamptz not null default now(), constraint "city_procedures_pkey" primary key ("id"));`);
    this.addSql(`alter table "city_procedures" add constraint "city_procedures_policy_id_unique" unique ("policy_id");`);
    this.addSql(`alter table "city_procedures" add constraint "city_procedures_policy_id_foreign" foreign key ("policy_id") references "policies" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop enum values; the added ones stay unused.
    this.addSql(`drop table if exists "city_procedures" cascade;`);
    this.addSql(`drop type "city_recommender";`);
  }

}
