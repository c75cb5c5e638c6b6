import { Migration } from '@mikro-orm/migrations';
import { inboxDdl, outboxDdl } from '@rv/kit';

export class Migration20261123000000 extends Migration {
  override name = 'Migration20261123000000';

  override async up(): Promise<void> {
    this.addSql(`create table "prison"."prison" (
      "id" uuid primary key, "name" varchar(255) not null, "region" varchar(255) not null,
      "rule_pack" varchar(16) not null)`);
    this.addSql(`create table "prison"."ward" (
      "id" uuid primary key, "prison_id" uuid not null references "prison"."prison" ("id"),
      "number" int not null, "name" varchar(255) not null, unique ("prison_id", "number"))`);
    this.addSql(`create table "prison"."inmate" (
      "id" uuid primary key,
      "prison_id" uuid not null references "prison"."prison" ("id"),
      "ward_id" uuid not null references "prison"."ward" ("id"),
      "name" varchar(255) not null,
      "inmate_number" varchar(32) not null unique,
      "id_number" varchar(18) not null,
      "custody_status" text not null check ("custody_status" in ('IN_CUSTODY', 'RELEASED', 'TRANSFERRED')),
      "treatment_level" text not null check ("treatment_level" in ('STRICT', 'ORDINARY', 'LENIENT')),
      "in_confinement" boolean not null default false,
      "under_investigation" boolean not null default false,
      "crime_category" varchar(64) not null default 'ORDINARY')`);
    this.addSql(`create index "inmate_prison_idx" on "prison"."inmate" ("prison_id", "inmate_number")`);
    this.addSql(`create table "prison"."review_case" (
      "id" uuid primary key,
      "application_id" uuid not null unique,
      "inmate_id" uuid not null references "prison"."inmate" ("id"),
      "prison_id" uuid not null references "prison"."prison" ("id"),
      "status" text not null check ("status" in ('PENDING', 'APPROVED', 'REJECTED')),
      "submitted_at" timestamptz not null,
      "decided_at" timestamptz null,
      "decided_by" uuid null,
      "reason" varchar(500) null,
      check (("status" = 'PENDING') = ("decided_at" is null)))`);
    this.addSql(`create index "review_case_queue_idx" on "prison"."review_case" ("prison_id", "status", "submitted_at")`);
    for (const sql of [...outboxDdl('prison'), ...inboxDdl('prison')]) this.addSql(sql);
  }
}
