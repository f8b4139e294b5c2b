import { Migration } from '@mikro-orm/migrations';

export class Migration20261210100000_manual_apartment_offers extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "apartment_offers" add column "offered_by_id" uuid null, add column "offer_reason" text null;`);
    this.addSql(`alter table "apartment_offers" add constraint "apartment_offers_offered_by_id_foreign" foreign key ("offered_by_id") references "users" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "apartment_offers" add constraint apartment_offers_manual_check check(((offered_by_id is null) = (offer_reason is null)));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "apartment_offers" drop constraint "apartment_offers_offered_by_id_foreign";`);

    this.addSql(`alter table "apartment_offers" drop constraint apartment_offers_manual_check;`);
    this.addSql(`alter table "apartment_offers" drop column "offered_by_id", drop column "offer_reason";`);
  }

}
