import { Migration } from '@mikro-orm/migrations';

/** Who nominated an applicant (HR of the enterprise that files the policy), so HR follow the draft. */
export class Migration20261128054641_nominated_by extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "applications" add column "nominated_by_id" uuid null;`);
    this.addSql(`alter table "applications" add constraint "applications_nominated_by_id_foreign" foreign key ("nominated_by_id") references "users" ("id") on update cascade on delete set null;`);
    // Nominations made before this column: their creation step names the nominating HR.
    this.addSql(`update "applications" a set "nominated_by_id" = (e."data"->>'nominatedBy')::uuid
      from "application_events" e where e."application_id" = a."id" and e."action" = 'CREATE' and e."data"->>'nominatedBy' is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "applications" drop constraint "applications_nominated_by_id_foreign";`);
    this.addSql(`alter table "applications" drop column "nominated_by_id";`);
  }
}
