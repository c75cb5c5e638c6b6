import { Migration } from '@mikro-orm/migrations';

/** Rule-pack routing for subjects, GD-22 extended reviews, and the GD-11 monthly allowance. */
export class Migration20261123010000 extends Migration {
  override name = 'Migration20261123010000';

  override async up(): Promise<void> {
    this.addSql(`alter table "judicial"."subject_ref"
      add column "rule_pack" varchar(16) not null default 'GD',
      add column "ward" int null,
      add column "treatment_level" text not null default 'ORDINARY',
      add column "crime_category" varchar(64) not null default 'ORDINARY',
      add column "foreign" boolean not null default false,
      add column "suspended_until" date null,
      add column "suspension_rule" varchar(16) null`);
    this.addSql(`alter table "judicial"."application" add column "extended_review" boolean not null default false,
      add column "applicant_name" varchar(30) null, add column "applicant_id_number" varchar(18) null, add column "applicant_phone" varchar(20) null`);
    this.addSql(`create unique index "application_staff_idempotency" on "judicial"."application" ("filed_by_staff_id", "idempotency_key")`);
    this.addSql(`create table "judicial"."sms_message" (
      "id" uuid primary key,
      "application_id" uuid not null references "judicial"."application" ("id"),
      "venue_id" uuid not null,
      "phone" varchar(20) not null,
      "kind" varchar(32) not null,
      "body" varchar(500) not null,
      "status" text not null check ("status" in ('PENDING', 'SENT', 'FAILED')),
      "attempts" int not null default 0,
      "provider_ref" varchar(128) null,
      "created_at" timestamptz not null,
      "sent_at" timestamptz null)`);
    this.addSql(`create index "sms_message_pending_idx" on "judicial"."sms_message" ("status", "created_at")`);
    this.addSql(`create index "sms_message_venue_idx" on "judicial"."sms_message" ("venue_id", "created_at")`);
    this.addSql(`create table "judicial"."monthly_allowance" (
      "subject_id" uuid not null,
      "month" char(7) not null,
      "used" int not null check ("used" >= 0),
      "blocked_by" varchar(16) null,
      "extra" int not null default 0 check ("extra" >= 0),
      primary key ("subject_id", "month"))`);
    this.addSql(`alter table "judicial"."application" drop constraint "application_status_check",
      add constraint "application_status_check" check ("status" in ('SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'REFUSED_AT_VENUE', 'NO_SHOW', 'SUSPENDED'))`);
    this.addSql(`alter table "judicial"."application" add column "reschedule_offered" boolean not null default false,
      add column "priority" boolean not null default false,
      add column "rule_pack" varchar(16) not null default 'GD',
      add column "stage" text not null default 'INSTITUTION' check ("stage" in ('JUDICIAL_OFFICE', 'COUNTY_BUREAU', 'INSTITUTION', 'BUREAU_NOTIFY', 'DONE')),
      add column "stage_due_on" date null,
      add column "notified_at" timestamptz null`);
    this.addSql(`alter table "judicial"."county_bureau" add column "parent_bureau_id" uuid null references "judicial"."county_bureau" ("id")`);
    this.addSql(`create table "judicial"."suspension_notice" (
      "id" uuid primary key,
      "cause" text not null check ("cause" in ('UNIT_FAULT', 'POLICY_CHANGE', 'SYSTEM_UPGRADE')),
      "issuer_kind" text not null, "issuer_id" uuid not null,
      "from_date" date not null, "to_date" date not null, "message" varchar(500) not null,
      "affected" int not null, "issued_at" timestamptz not null, check ("to_date" >= "from_date"))`);
    this.addSql(`create table "judicial"."visitor_sanction" (
      "id" uuid primary key, "application_id" uuid not null references "judicial"."application" ("id"),
      "subject_id" uuid not null, "institution_id" uuid not null, "venue_id" uuid not null,
      "visitor_id_number" varchar(18) not null, "visitor_name" varchar(30) not null,
      "months" int not null check ("months" > 0), "reason" varchar(500) not null,
      "status" varchar(16) not null check ("status" in ('RECOMMENDED', 'ACCEPTED', 'DECLINED')),
      "ends_on" date null, "recommended_at" timestamptz not null)`);
    this.addSql(`create index "visitor_sanction_subject_idx" on "judicial"."visitor_sanction" ("subject_id", "visitor_id_number")`);
    this.addSql(`create table "judicial"."institution_ref" (
      "id" uuid primary key, "kind" text not null check ("kind" in ('PRISON', 'DETOX_CENTRE')),
      "name" varchar(255) not null, "rule_pack" varchar(16) not null, "ward_days" jsonb null)`);
    this.addSql(`create table "judicial"."slot_compliance" (
      "unit_id" uuid not null, "month" char(7) not null, "unit_name" varchar(255) not null,
      "total" int not null, "minimum" int not null, "below_minimum" boolean not null, "late" boolean not null,
      "checked_at" timestamptz not null, primary key ("unit_id", "month"))`);
    this.addSql(`create table "judicial"."attendance" (
      "id" uuid primary key,
      "application_id" uuid not null references "judicial"."application" ("id"),
      "visitor_index" int not null,
      "checked_at" timestamptz not null,
      "checked_by" uuid not null,
      "admitted" boolean not null,
      "refusal" varchar(200) null,
      "pledge_signed_at" timestamptz null,
      "pledge_signature" text null check ("pledge_signature" in ('SIGNATURE', 'FINGERPRINT', 'BY_APPLICANT')),
      unique ("application_id", "visitor_index"),
      check ("admitted" or "pledge_signed_at" is null))`);
  }
}
