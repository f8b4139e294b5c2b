import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox moves onto the job engine (graphile-worker, schema `graphile_worker`, installed by
 * the app under the same lock right after these migrations): every new message gets a delivery
 * job in the inserting transaction; SENDING marks a message a worker has claimed. Live delivery
 * catches up by time after a reconnect, hence the two indexes.
 */
export class Migration20261204141500_job_engine extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "outbox_status" add value if not exists 'SENDING' after 'PENDING';`);
    this.addSql(`create index "notifications_created_at_index" on "notifications" ("created_at");`);
    this.addSql(`create index "application_events_at_index" on "application_events" ("at");`);
    // Without the queue's schema (a database migrated by tools that do not install it), rows wait
    // for the outbox.recover job, which hands them out once the queue exists.
    this.addSql(`create function "outbox_messages_enqueue"() returns trigger language plpgsql as $$
      begin
        if to_regnamespace('graphile_worker') is not null then
          perform graphile_worker.add_job('outbox.deliver', json_build_object('id', new.id), max_attempts => 10, job_key => 'outbox:' || new.id::text);
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "outbox_messages_enqueue" after insert on "outbox_messages"
      for each row execute function "outbox_messages_enqueue"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "outbox_messages_enqueue" on "outbox_messages";`);
    this.addSql(`drop function if exists "outbox_messages_enqueue"();`);
    this.addSql(`drop index "application_events_at_index";`);
    this.addSql(`drop index "notifications_created_at_index";`);
  }
}
