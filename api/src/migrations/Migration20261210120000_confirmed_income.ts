import { Migration } from '@mikro-orm/migrations';

/**
 * HR's confirmed previous-year pre-tax income (whole yuan), entered when they confirm employment
 * for a policy the employer files (the key-talent incentive: at least 3× the average wage). Null
 * for confirmations given without it.
 */
export class Migration20261210120000_confirmed_income extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "employment_confirmations" add column "previous_year_income_yuan" integer null;`);
    this.addSql(`alter table "employment_confirmations" add constraint "employment_confirmations_income_range" check ("previous_year_income_yuan" between 0 and 1000000000);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "employment_confirmations" drop column "previous_year_income_yuan";`);
  }
}
