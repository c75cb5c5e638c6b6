import { Migration } from '@mikro-orm/migrations';

/** Lawyers' practices as justice bureaus verify them (CQ-2), with their duty-lawyer centres (CQ-1). */
export class Migration20261203141800 extends Migration {
  override name = 'Migration20261203141800';

  override async up(): Promise<void> {
    this.addSql(`create table "judicial"."lawyer_profile" (
      "account_id" uuid primary key references "judicial"."account" ("id"),
      "certificate_number" varchar(255) not null,
      "firm" varchar(255) not null,
      "verified" boolean not null default false,
      "duty_centre_ids" uuid[] not null default '{}',
      "verified_at" timestamptz null,
      "verified_by" uuid null)`);
    this.addSql(`create unique index "lawyer_profile_certificate" on "judicial"."lawyer_profile" ("certificate_number")`);
  }
}
