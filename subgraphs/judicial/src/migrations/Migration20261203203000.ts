import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 15 / 19, the sign-in's loose ends:
 * - `totp_last_step`: the last TOTP time step an account signed in with. A code is accepted only for a
 *   later step (RFC 6238 §5.2: one code, one sign-in), by a conditional update, so two sign-ins racing
 *   with the same code cannot both pass.
 * - `failed_logins` / `locked_until` go: sign-in never locks an account (issue 19: the guesser is slowed
 *   per username and client in `rate_limit`, login.service.ts), and nothing read or wrote them.
 * - `account_code` by expiry: the purge job deletes codes that can no longer be used.
 * - `detention_centre_ref`: the detention centres (from detention's `institution.registered`), so a staff
 *   account names an existing, active one like every other kind of unit.
 */
export class Migration20261203203000 extends Migration {
  override name = 'Migration20261203203000';

  override async up(): Promise<void> {
    this.addSql(`alter table "judicial"."account" add column "totp_last_step" int null, drop column "failed_logins", drop column "locked_until"`);
    this.addSql(`create index "account_code_expires_idx" on "judicial"."account_code" ("expires_at")`);
    this.addSql(`create table "judicial"."detention_centre_ref" ("id" uuid primary key, "name" varchar(255) not null, "active" boolean not null default true)`);
  }
}
