import { Migration } from '@mikro-orm/migrations';

/**
 * Villages and residential areas become organisations, and community workers act for one of them.
 * Only adds enum values: PostgreSQL cannot drop them again, so `down` leaves them (unused values
 * are harmless). Later migrations must not cast these new values in the same transaction.
 */
export class Migration20261204122919_community_places extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "organisation_kind" add value if not exists 'VILLAGE' after 'UNIVERSITY';`);
    this.addSql(`alter type "organisation_kind" add value if not exists 'RESIDENTIAL_AREA' after 'VILLAGE';`);
    this.addSql(`alter type "user_role" add value if not exists 'COMMUNITY_WORKER' after 'BANK_LIAISON';`);
  }
}
