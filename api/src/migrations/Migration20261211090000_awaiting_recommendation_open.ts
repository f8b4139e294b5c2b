import { Migration } from '@mikro-orm/migrations';

const OPEN_BEFORE = `'DRAFT', 'SUBMITTED', 'EMPLOYER_CONFIRMED', 'UNDER_REVIEW', 'RETURNED_FOR_INFO', 'APPROVED'`;
const OPEN_NOW = `${OPEN_BEFORE}, 'AWAITING_RECOMMENDATION'`;

/**
 * A passed pre-check waiting for its recommendation is an open case (OPEN_STATES): the one open
 * case per person and policy now counts it.
 *
 * On a new database every migration runs in one transaction, and PostgreSQL refuses an enum value
 * added earlier in the same transaction (the pre-check migration adds AWAITING_RECOMMENDATION),
 * while an index predicate may not compare the status as text (enum to text is not immutable).
 * So which states are open is one immutable function of the status that compares its name;
 * tests/integration/application/one-open-application.test.ts checks it against OPEN_STATES.
 */
export class Migration20261211090000_awaiting_recommendation_open extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create function "application_status_open"(status "application_status") returns boolean language plpgsql immutable parallel safe as $$
      begin
        return status::text in (${OPEN_NOW});
      end
    $$;`);
    // A person who started a second case while the first waited for its recommendation keeps both:
    // the older stays under the index, the newer goes on as it was, marked so the index leaves it out.
    this.addSql(`update "applications" a set "grandfathered" = true
      where "application_status_open"(a."status") and not a."grandfathered"
        and exists (select 1 from "applications" b
                     where b."applicant_id" = a."applicant_id" and b."policy_id" = a."policy_id"
                       and "application_status_open"(b."status") and not b."grandfathered"
                       and (b."created_at", b."id") < (a."created_at", a."id"));`);
    this.addSql(`drop index "applications_one_open_per_person_policy";`);
    this.addSql(`create unique index "applications_one_open_per_person_policy" on "applications" ("applicant_id", "policy_id") where "application_status_open"("status") and not "grandfathered";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "applications_one_open_per_person_policy";`);
    this.addSql(`create unique index "applications_one_open_per_person_policy" on "applications" ("applicant_id", "policy_id") where "status" in (${OPEN_BEFORE}) and not "grandfathered";`);
    this.addSql(`drop function "application_status_open"("application_status");`);
  }

}
