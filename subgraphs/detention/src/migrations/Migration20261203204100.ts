import { Migration } from '@mikro-orm/migrations';

/** CQ-1: suspects' letters to their defence lawyers, passed on unread (no content column, by design). */
export class Migration20261203204100 extends Migration {
  override name = 'Migration20261203204100';

  override async up(): Promise<void> {
    this.addSql(`create table "detention"."lawyer_letter" (
      "id" uuid primary key, "centre_id" uuid not null references "detention"."detention_centre" ("id"),
      "suspect_id" uuid not null references "detention"."suspect" ("id"), "lawyer_account_id" uuid not null,
      "status" text not null default 'RECEIVED' check ("status" in ('RECEIVED', 'PASSED_ON', 'WITHHELD')),
      "received_at" timestamptz not null, "received_by" uuid not null,
      "via" text null check ("via" in ('HANDED', 'AT_MEETING', 'POST')), "passed_at" timestamptz null, "passed_by" uuid null,
      "withheld_ground" text null, "withheld_approved_by" text null, "withheld_at" timestamptz null,
      check (("status" = 'PASSED_ON') = ("passed_at" is not null)), check (("status" = 'WITHHELD') = ("withheld_approved_by" is not null)))`);
    this.addSql(`create index "lawyer_letter_lawyer_account_id_received_at_index" on "detention"."lawyer_letter" ("lawyer_account_id", "received_at")`);
    this.addSql(`create index "lawyer_letter_centre_id_index" on "detention"."lawyer_letter" ("centre_id")`);
  }
}
