import { Migration } from '@mikro-orm/migrations';

/**
 * The amount cap per application moves from application_forms into the policy's criteria rule
 * data (`applicationCap`), where it is versioned, scheduled by effective date and audited like
 * every other rule value (issue 17). A cap an administrator had already entered becomes a new
 * rule version from today (Shanghai) on the latest version's data, so nothing already decided is
 * rewritten; it is marked announced, since it is no news to followers.
 */
export class Migration20261208100000_caps_as_rule_data extends Migration {

  override async up(): Promise<void> {
    this.addSql(`
      with moved as (
        insert into "rule_versions" ("id", "rule_set_id", "version", "effective_from", "data", "legal_basis", "note_zh", "note_en")
        select gen_random_uuid(), s."id", v."version" + 1,
               greatest(v."effective_from", (now() at time zone 'Asia/Shanghai')::date),
               jsonb_set(v."data", '{applicationCap}', jsonb_build_object('amountYuan', f."amount_cap_yuan", 'sample', false)),
               v."legal_basis",
               '金额上限由申请须知移入规则数据（数值不变）。',
               'The amount cap moved from the application form into the rule data (same value).'
          from "application_forms" f
          join "rule_sets" s on s."policy_id" = f."policy_id" and s."kind" = 'ELIGIBILITY_CRITERIA'
          join lateral (select * from "rule_versions" where "rule_set_id" = s."id" order by "version" desc limit 1) v on true
         where f."amount_cap_yuan" is not null
        returning "id")
      insert into "policy_changes_announced" ("version_id") select "id" from moved;`);
    this.addSql(`alter table "application_forms" drop column "amount_cap_yuan";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "application_forms" add column "amount_cap_yuan" int null;`);
  }

}
