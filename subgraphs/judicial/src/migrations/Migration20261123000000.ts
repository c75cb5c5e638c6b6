import { Migration } from '@mikro-orm/migrations';
import { inboxDdl, outboxDdl } from '@rv/kit';

export class Migration20261123000000 extends Migration {
  override name = 'Migration20261123000000';

  override async up(): Promise<void> {
    this.addSql(`create table "judicial"."account" (
      "id" uuid primary key,
      "username" varchar(64) not null unique,
      "password_hash" varchar(255) not null,
      "display_name" varchar(255) not null,
      "tenant_kind" text null,
      "tenant_id" uuid null,
      "roles" text[] not null default '{}',
      "id_number" varchar(18) null,
      "phone" varchar(20) null,
      "failed_logins" int not null default 0,
      "locked_until" timestamptz null,
      check (("tenant_kind" is null) = ("tenant_id" is null)))`);
    this.addSql(`create table "judicial"."county_bureau" (
      "id" uuid primary key, "name" varchar(255) not null,
      "kind" text not null check ("kind" in ('COUNTY_BUREAU', 'JUDICIAL_OFFICE')),
      "region" varchar(255) not null, "address" varchar(255) not null, "rule_pack" varchar(16) not null)`);
    this.addSql(`create table "judicial"."service_day" (
      "id" uuid primary key,
      "institution_id" uuid not null,
      "institution_kind" text not null check ("institution_kind" in ('PRISON', 'DETOX_CENTRE')),
      "date" date not null,
      "capacity" int not null check ("capacity" >= 0),
      "taken" int not null default 0,
      constraint "service_day_taken_within_capacity" check ("taken" >= 0 and "taken" <= "capacity"),
      unique ("institution_id", "date"))`);
    this.addSql(`create table "judicial"."subject_ref" (
      "id" uuid primary key,
      "kind" text not null check ("kind" in ('INMATE', 'DETAINEE')),
      "institution_id" uuid not null,
      "in_custody" boolean not null)`);
    this.addSql(`create sequence "judicial"."application_number_seq"`);
    this.addSql(`create table "judicial"."application" (
      "id" uuid primary key,
      "number" varchar(32) not null unique,
      "status" text not null check ("status" in ('SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED')),
      "subject_kind" text not null check ("subject_kind" in ('INMATE', 'DETAINEE')),
      "subject_id" uuid not null,
      "institution_id" uuid not null,
      "venue_id" uuid not null references "judicial"."county_bureau" ("id"),
      "service_day_id" uuid not null references "judicial"."service_day" ("id"),
      "proxy_account_id" uuid null references "judicial"."account" ("id"),
      "filed_by_staff_id" uuid null references "judicial"."account" ("id"),
      "visitors" jsonb not null,
      "reason" varchar(500) null,
      "idempotency_key" varchar(64) not null,
      "submitted_at" timestamptz not null,
      "decided_at" timestamptz null,
      "rejection_reason" varchar(500) null,
      unique ("proxy_account_id", "idempotency_key"))`);
    this.addSql(`create index "application_venue_idx" on "judicial"."application" ("venue_id", "status")`);
    this.addSql(`create index "application_institution_idx" on "judicial"."application" ("institution_id", "status")`);
    this.addSql(`create index "application_subject_idx" on "judicial"."application" ("subject_id")`);
    for (const sql of [...outboxDdl('judicial'), ...inboxDdl('judicial')]) this.addSql(sql);
  }
}
