import { Migration } from '@mikro-orm/migrations';

export class Migration20261204131500_one_open_application extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "applications" add column "grandfathered" boolean not null default false;`);
    // Cases already open side by side for one person and policy: the oldest stays under the new
    // index, the others go on as they were, marked so the index leaves them out.
    this.addSql(`update "applications" a set "grandfathered" = true
      where a."status" in ('DRAFT', 'SUBMITTED', 'EMPLOYER_CONFIRMED', 'UNDER_REVIEW', 'RETURNED_FOR_INFO', 'APPROVED')
        and exists (select 1 from "applications" b
                     where b."applicant_id" = a."applicant_id" and b."policy_id" = a."policy_id"
                       and b."status" in ('DRAFT', 'SUBMITTED', 'EMPLOYER_CONFIRMED', 'UNDER_REVIEW', 'RETURNED_FOR_INFO', 'APPROVED')
                       and (b."created_at", b."id") < (a."created_at", a."id"));`);
    this.addSql(`create unique index "applications_one_open_per_person_policy" on "applications" ("applicant_id", "policy_id") where "status" in ('DRAFT', 'SUBMITTED', 'EMPLOYER_CONFIRMED', 'UNDER_REVIEW', 'RETURNED_FOR_INFO', 'APPROVED') and not "grandfathered";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "applications_one_open_per_person_policy";`);
    this.addSql(`alter table "applications" drop column "grandfathered";`);
  }

}
