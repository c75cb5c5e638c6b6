import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 15 / 19 staff accounts: deactivation, a temporary password to change at first sign-in, a token
 * version that revokes every older token at once, and the second factor (TOTP secret, sealed, and when it
 * was enrolled). Usernames are unique whatever their case.
 */
export class Migration20261203161000 extends Migration {
  override name = 'Migration20261203161000';

  override async up(): Promise<void> {
    this.addSql(`alter table "judicial"."account"
      add column "active" boolean not null default true,
      add column "must_change_password" boolean not null default false,
      add column "token_version" int not null default 0,
      add column "totp_secret" text null,
      add column "totp_enrolled_at" timestamptz null,
      add column "created_at" timestamptz not null default now()`);
    this.addSql(`create unique index "account_username_lower_unique" on "judicial"."account" (lower("username"))`);
    this.addSql(`create index "account_tenant_idx" on "judicial"."account" ("tenant_id")`);
  }
}
