import { Migration } from '@mikro-orm/migrations';

/**
 * A policy version names its legal document's own effective date (施行日期), apart from the date
 * the version applies in the catalogue: most catalogue entries are listed from the month the
 * catalogue was compiled, and the pages showed that as the document's date. Unknown stays null
 * ("not verified"). The one date the catalogue's source states, the residence-points measures'
 * 2023-01-01 (沪府规〔2022〕21号), is filled in on its seeded version.
 */
export class Migration20261208090000_policy_document_effective_on extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "policy_versions" add column "document_effective_on" date null;`);
    this.addSql(`update "policy_versions" set "document_effective_on" = '2023-01-01' where "id" = '00000000-0000-4000-8000-000000004101' and "effective_from" = '2023-01-01';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "policy_versions" drop column "document_effective_on";`);
  }

}
