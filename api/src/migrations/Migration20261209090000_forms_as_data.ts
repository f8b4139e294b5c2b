import { Migration } from '@mikro-orm/migrations';

/**
 * Application forms as data (issue 17 item 1): a form has versions (questions, checklist,
 * benefit, processing days), the form row holds the version in force, and an application names
 * the version it was filed under. Each existing form becomes version 1 as it stands and every
 * existing application is filed under it, so nothing already filed changes. The questions the
 * web used to hard-code are written into version 1 by the reference seed step
 * `application-form-questions:v1` (seeds/application-sample-data.ts), which also fills new
 * databases. A trigger names the version in force on an application inserted without one.
 */
export class Migration20261209090000_forms_as_data extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "application_form_versions" ("id" uuid not null, "form_id" uuid not null, "version" int not null, "benefit" "benefit_kind" not null, "questions" jsonb not null, "checklist" jsonb not null, "processing_days" int not null, "employer_nominates" boolean not null default false, "created_by_id" uuid null, "created_at" timestamptz not null default now(), constraint "application_form_versions_pkey" primary key ("id"));`);
    this.addSql(`alter table "application_form_versions" add constraint "application_form_versions_form_id_version_unique" unique ("form_id", "version");`);

    this.addSql(`alter table "application_form_versions" add constraint "application_form_versions_form_id_foreign" foreign key ("form_id") references "application_forms" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "application_form_versions" add constraint "application_form_versions_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "application_forms" add column "version" int not null default 1, add column "questions" jsonb not null default '[]';`);

    this.addSql(`alter table "applications" add column "form_version_id" uuid null;`);
    this.addSql(`alter table "applications" add constraint "applications_form_version_id_foreign" foreign key ("form_version_id") references "application_form_versions" ("id") on update cascade on delete set null;`);

    this.addSql(`insert into "application_form_versions" ("id", "form_id", "version", "benefit", "questions", "checklist", "processing_days", "employer_nominates")
      select gen_random_uuid(), f."id", 1, f."benefit", f."questions", f."checklist", f."processing_days", f."employer_nominates" from "application_forms" f;`);
    this.addSql(`update "applications" a set "form_version_id" = v."id"
      from "application_forms" f join "application_form_versions" v on v."form_id" = f."id" and v."version" = f."version"
     where f."policy_id" = a."policy_id";`);
    this.addSql(`create function "applications_form_version"() returns trigger language plpgsql as $$
      begin
        if new."form_version_id" is null then
          select v."id" into new."form_version_id"
            from "application_forms" f join "application_form_versions" v on v."form_id" = f."id" and v."version" = f."version"
           where f."policy_id" = new."policy_id";
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "applications_form_version" before insert on "applications" for each row execute function "applications_form_version"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "applications_form_version" on "applications";`);
    this.addSql(`drop function if exists "applications_form_version"();`);
    this.addSql(`alter table "applications" drop constraint "applications_form_version_id_foreign";`);

    this.addSql(`drop table if exists "application_form_versions" cascade;`);

    this.addSql(`alter table "application_forms" drop column "version", drop column "questions";`);

    this.addSql(`alter table "applications" drop column "form_version_id";`);
  }

}
