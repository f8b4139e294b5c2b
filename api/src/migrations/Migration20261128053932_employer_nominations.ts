import { Migration } from '@mikro-orm/migrations';

/** Employers may nominate staff for some policies (the key-talent incentive is filed by the enterprise). */
export class Migration20261128053932_employer_nominations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "application_forms" add column "employer_nominates" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "application_forms" drop column "employer_nominates";`);
  }
}
