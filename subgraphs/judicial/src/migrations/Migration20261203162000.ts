import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 15 (families' accounts): a token version per account (a sign-in token names the version it
 * was issued for; changing or resetting the password moves it on, so older tokens stop working),
 * one-time SMS codes (stored as a keyed hash, single use, few attempts), and SMS that belong to an
 * account rather than an application.
 */
export class Migration20261203162000 extends Migration {
  override name = 'Migration20261203162000';

  override async up(): Promise<void> {
    // The staff accounts' migration (20261203161000, branch staff) adds the same column: whichever runs first adds it.
    this.addSql(`alter table "judicial"."account" add column if not exists "token_version" int not null default 0`);
    this.addSql(`create table "judicial"."account_code" (
      "id" uuid primary key,
      "purpose" text not null check ("purpose" in ('PASSWORD_RESET', 'PHONE_CHANGE')),
      "account_id" uuid null references "judicial"."account" ("id"),
      "new_phone" varchar(20) null,
      "code_hash" varchar(64) not null,
      "attempts" integer not null default 0 check ("attempts" between 0 and 5),
      "expires_at" timestamptz not null,
      "used_at" timestamptz null,
      "created_at" timestamptz not null,
      check ("purpose" <> 'PHONE_CHANGE' or ("account_id" is not null and "new_phone" is not null)))`);
    this.addSql(`create index "account_code_account_id_index" on "judicial"."account_code" ("account_id")`);
    this.addSql(`alter table "judicial"."sms_message" alter column "application_id" drop not null, alter column "venue_id" drop not null,
      add constraint "sms_message_about_check" check ("application_id" is not null and "venue_id" is not null or "kind" like 'account.%')`);
  }
}
