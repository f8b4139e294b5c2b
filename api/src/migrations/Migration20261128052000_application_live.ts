import { Migration } from '@mikro-orm/migrations';

/** Every step of an application is announced on commit, so every party's open page can follow it. */
export class Migration20261128052000_application_live extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "application_events_announce"() returns trigger language plpgsql as $$
      begin perform pg_notify('application_changed', new.application_id::text); return new; end $$;`);
    this.addSql(`create trigger "application_events_announce" after insert on "application_events"
      for each row execute function "application_events_announce"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "application_events_announce" on "application_events";`);
    this.addSql(`drop function if exists "application_events_announce"();`);
  }
}
