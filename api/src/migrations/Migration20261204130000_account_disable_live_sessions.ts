import { Migration } from '@mikro-orm/migrations';

/**
 * Administrators can disable an account; and every session that ends early (signed out, rotated
 * at sign-in, revoked when its account is disabled, or deleted with its account) is announced on
 * commit, so every server instance closes that session's open WebSockets at once.
 */
export class Migration20261204130000_account_disable_live_sessions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "users" add column "disabled_at" timestamptz null;`);
    this.addSql(`create function "sessions_announce_end"() returns trigger language plpgsql as $$
      begin perform pg_notify('session_ended', old.id::text); return null; end $$;`);
    this.addSql(`create trigger "sessions_announce_revoked" after update of "revoked_at" on "sessions"
      for each row when (old.revoked_at is null and new.revoked_at is not null) execute function "sessions_announce_end"();`);
    this.addSql(`create trigger "sessions_announce_deleted" after delete on "sessions"
      for each row execute function "sessions_announce_end"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "sessions_announce_deleted" on "sessions";`);
    this.addSql(`drop trigger if exists "sessions_announce_revoked" on "sessions";`);
    this.addSql(`drop function if exists "sessions_announce_end"();`);
    this.addSql(`alter table "users" drop column "disabled_at";`);
  }
}
