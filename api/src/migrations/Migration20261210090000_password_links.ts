import { Migration } from '@mikro-orm/migrations';

export class Migration20261210090000_password_links extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "password_link_purpose" as enum ('RESET', 'ACTIVATION');`);
    this.addSql(`create table "password_links" ("id" uuid not null, "token_hash" varchar(255) not null, "user_id" uuid not null, "purpose" "password_link_purpose" not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "password_links_pkey" primary key ("id"));`);
    this.addSql(`alter table "password_links" add constraint "password_links_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "password_links_user_id_created_at_index" on "password_links" ("user_id", "created_at");`);

    this.addSql(`alter table "password_links" add constraint "password_links_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "password_links" cascade;`);

    this.addSql(`drop type "password_link_purpose";`);
  }

}
