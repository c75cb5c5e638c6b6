import { Migration } from '@mikro-orm/migrations';

/** Reviews of applications for detainees (GD-21, GD-22, GD-25). */
export class Migration20261123010000 extends Migration {
  override name = 'Migration20261123010000';

  override async up(): Promise<void> {
    this.addSql(`create table "detox"."review_case" (
      "id" uuid primary key,
      "application_id" uuid not null unique,
      "detainee_id" uuid not null references "detox"."detainee" ("id"),
      "centre_id" uuid not null references "detox"."detox_centre" ("id"),
      "status" text not null check ("status" in ('PENDING', 'APPROVED', 'REJECTED')),
      "submitted_at" timestamptz not null,
      "decided_at" timestamptz null,
      "decided_by" uuid null,
      "reason" varchar(500) null,
      "reason_code" varchar(64) null,
      "rule_pack" varchar(16) not null,
      "due_on" date null,
      "calendar_missing" boolean not null default false,
      "extended" boolean not null default false,
      "priority" boolean not null default false,
      check (("status" = 'PENDING') = ("decided_at" is null)))`);
    this.addSql(`create index "review_case_queue_idx" on "detox"."review_case" ("centre_id", "status", "due_on")`);
  }
}
