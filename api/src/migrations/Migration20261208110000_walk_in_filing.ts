import { Migration } from '@mikro-orm/migrations';

export class Migration20261208110000_walk_in_filing extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "applications" add column "filed_by_id" uuid null, add column "documents_seen_at_counter" jsonb not null default '[]';`);
    this.addSql(`alter table "applications" add constraint "applications_filed_by_id_foreign" foreign key ("filed_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "applications" drop constraint "applications_filed_by_id_foreign";`);

    this.addSql(`alter table "applications" drop column "filed_by_id", drop column "documents_seen_at_counter";`);
  }

}
