import { Migration } from '@mikro-orm/migrations';

/** YN-34: official sessions booked by courts, procuratorates, police, discipline commissions and notaries. */
export class Migration20261203151500 extends Migration {
  override name = 'Migration20261203151500';

  override async up(): Promise<void> {
    this.addSql(`create table "prison"."official_session" (
      "id" uuid not null primary key, "prison_id" uuid not null, "inmate_id" uuid not null references "prison"."inmate" ("id"),
      "organ" varchar(32) not null, "issued_by" varchar(100) not null, "letter_number" varchar(100) not null, "purpose" varchar(32) not null,
      "officials" jsonb not null, "date" date not null, "minutes" int not null,
      "status" text not null check ("status" in ('ARRANGED', 'CANCELLED')), "recording" varchar(20) not null, "rule" varchar(20) not null,
      "recorded_by" uuid not null, "recorded_at" timestamptz not null, "guest_code_sha256" varchar(64) not null)`);
    this.addSql(`create index "official_session_prison_id_date_index" on "prison"."official_session" ("prison_id", "date")`);
  }
}
