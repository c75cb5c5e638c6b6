import { Migration } from '@mikro-orm/migrations';

/** GD-33 / GD-11 at detox centres: sanctions and the on-site visit log, as at prisons. */
export class Migration20261126000000 extends Migration {
  override name = 'Migration20261126000000';

  override async up(): Promise<void> {
    this.addSql(`create table "detox"."sanction" (
      "id" uuid primary key,
      "detainee_id" uuid not null references "detox"."detainee" ("id"),
      "severity" text not null check ("severity" in ('ORDINARY', 'SERIOUS', 'VERY_SERIOUS')),
      "months" int not null check ("months" > 0),
      "starts_on" date not null,
      "ends_on" date not null,
      "reason" varchar(500) not null,
      "rule" varchar(16) not null,
      "imposed_by" uuid not null,
      "imposed_at" timestamptz not null,
      check ("ends_on" >= "starts_on"))`);
    this.addSql(`create index "sanction_detainee_idx" on "detox"."sanction" ("detainee_id", "ends_on")`);
    this.addSql(`create table "detox"."onsite_visit" (
      "id" uuid primary key, "detainee_id" uuid not null references "detox"."detainee" ("id"),
      "visit_date" date not null, "visitors" int not null check ("visitors" > 0),
      "recorded_by" uuid not null, "recorded_at" timestamptz not null)`);
    this.addSql(`create index "onsite_visit_detainee_idx" on "detox"."onsite_visit" ("detainee_id", "visit_date")`);
  }
}
