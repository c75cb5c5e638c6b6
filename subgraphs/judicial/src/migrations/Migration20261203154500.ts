import { Migration } from '@mikro-orm/migrations';
import { unitColumnsDdl } from '@rv/kit';

/**
 * Issue 15: venues get phone, deactivation and packs by effective date; the institution directory
 * keeps the institutions' packs by day and whether they take bookings; the provincial prison and
 * detox bureaus become units of their own.
 */
export class Migration20261203154500 extends Migration {
  override name = 'Migration20261203154500';

  override async up(): Promise<void> {
    for (const sql of unitColumnsDdl('judicial', 'county_bureau', false, true)) this.addSql(sql);
    this.addSql(`alter table "judicial"."institution_ref" add column "pack_schedule" jsonb not null default '[]',
      add column "active" boolean not null default true, add column "inactive_reason" text null`);
    this.addSql(`create table "judicial"."supervising_bureau" (
      "id" uuid primary key, "kind" text not null check ("kind" in ('PRISON_BUREAU', 'DETOX_BUREAU')),
      "name" varchar(255) not null, "region" varchar(255) not null, "rule_pack" varchar(255) not null,
      "address" text not null default '', "phone" varchar(20) not null default '', "active" boolean not null default true,
      "inactive_reason" text null, "pack_schedule" jsonb not null default '[]')`);
  }
}
