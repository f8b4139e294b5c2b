import { Migration } from '@mikro-orm/migrations';

export class Migration20261209093000_imports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "import_kind" as enum ('TALENT_ACCOUNTS', 'STAFF_LIST', 'PAST_APPLICATIONS');`);
    this.addSql(`create table "import_batches" ("id" uuid not null, "kind" "import_kind" not null, "content_hash" varchar(64) not null, "enterprise_id" uuid null, "row_count" int not null, "imported_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "import_batches_pkey" primary key ("id"));`);
    this.addSql(`alter table "import_batches" add constraint "import_batches_one_per_content" unique ("kind", "content_hash");`);

    this.addSql(`create table "enterprise_staff" ("id" uuid not null, "enterprise_id" uuid not null, "legal_name" varchar(50) not null, "resident_id_number" varchar(18) not null, "phone" varchar(11) null, "position" varchar(50) null, "started_on" date null, "batch_id" uuid not null, "created_at" timestamptz not null default now(), constraint "enterprise_staff_pkey" primary key ("id"));`);
    this.addSql(`create index "enterprise_staff_batch_id_index" on "enterprise_staff" ("batch_id");`);
    this.addSql(`alter table "enterprise_staff" add constraint "enterprise_staff_one_per_person" unique ("enterprise_id", "resident_id_number");`);

    this.addSql(`alter table "import_batches" add constraint "import_batches_enterprise_id_foreign" foreign key ("enterprise_id") references "organisations" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "import_batches" add constraint "import_batches_imported_by_id_foreign" foreign key ("imported_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "enterprise_staff" add constraint "enterprise_staff_enterprise_id_foreign" foreign key ("enterprise_id") references "organisations" ("id") on update cascade;`);
    this.addSql(`alter table "enterprise_staff" add constraint "enterprise_staff_batch_id_foreign" foreign key ("batch_id") references "import_batches" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "applications" add column "legacy_reference" varchar(40) null, add column "import_batch_id" uuid null;`);
    this.addSql(`alter table "applications" add constraint "applications_legacy_reference_unique" unique ("legacy_reference");`);
    this.addSql(`create index "applications_import_batch_id_index" on "applications" ("import_batch_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enterprise_staff" drop constraint "enterprise_staff_batch_id_foreign";`);

    this.addSql(`drop table if exists "import_batches" cascade;`);

    this.addSql(`drop table if exists "enterprise_staff" cascade;`);

    this.addSql(`alter table "applications" drop constraint "applications_legacy_reference_unique";`);
    this.addSql(`drop index "applications_import_batch_id_index";`);
    this.addSql(`alter table "applications" drop column "legacy_reference", drop column "import_batch_id";`);

    this.addSql(`drop type "import_kind";`);
  }

}
