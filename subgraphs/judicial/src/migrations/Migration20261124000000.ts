import { calendarYearTable } from '@rv/kit';
import { Migration } from '@mikro-orm/migrations';

/** GD-17 / YN-8(1) / SX-3(2): the register of proven relationships; GD-4 priority categories; GD-5 / YN-7 custody meetings. */
export class Migration20261124000000 extends Migration {
  override name = 'Migration20261124000000';

  override async up(): Promise<void> {
    this.addSql(`create table "judicial"."relationship" (
      "id" uuid primary key,
      "subject_id" uuid not null,
      "visitor_name" varchar(30) not null,
      "visitor_id_number" varchar(18) not null,
      "relation" text not null,
      "proof_kind" text not null,
      "proof_reference" varchar(100) not null,
      "real_person_checked" boolean not null default false,
      "photo" bytea null,
      "photo_sha256" varchar(64) null,
      "registered_by_tenant_id" uuid not null,
      "registered_by" uuid not null,
      "registered_at" timestamptz not null,
      constraint "relationship_subject_id_visitor_id_number_unique" unique ("subject_id", "visitor_id_number"))`);
    this.addSql(`alter table "judicial"."application" add column "priority_category" varchar(32) null, add column "priority_note" varchar(200) null`);
    // GD-5 / YN-7: relatives both in custody; no family venue, the visitor side is another institution.
    this.addSql(`alter table "judicial"."application" alter column "venue_id" drop not null,
      add column "visitor_institution_id" uuid null, add column "visitor_subject_id" uuid null, add column "paired_application_id" uuid null`);
    // GD-14 / GD-36: venues publish days too.
    this.addSql(`alter table "judicial"."service_day" drop constraint "service_day_institution_kind_check",
      add constraint "service_day_unit_kind_check" check ("institution_kind" in ('PRISON', 'DETOX_CENTRE', 'COUNTY_BUREAU', 'JUDICIAL_OFFICE'))`);
    this.addSql(`alter table "judicial"."application" add column "meeting_time" varchar(5) null, add column "preparation" jsonb null,
      add column "venue_service_day_id" uuid null references "judicial"."service_day" ("id")`);
    // Calendar years entered by the province admin; deadlines counted while a year was missing are recomputed.
    this.addSql(calendarYearTable('judicial'));
    this.addSql(`alter table "judicial"."calendar_year" add column "entered_by" uuid null`);
    this.addSql(`alter table "judicial"."application" add column "stage_from" date null, add column "calendar_missing" boolean not null default false`);
    // The meeting's outcome, settled from media's events.
    this.addSql(`alter table "judicial"."application" drop constraint "application_status_check",
      add constraint "application_status_check" check ("status" in ('SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'REFUSED_AT_VENUE', 'NO_SHOW', 'SUSPENDED', 'MET', 'TERMINATED', 'INTERRUPTED'))`);
    // GD-18: one real-name proxy account per person.
    this.addSql(`create unique index "account_proxy_id_number_unique" on "judicial"."account" ("id_number") where 'PROXY' = any ("roles")`);
    // YN-9: inmates' own requests (Form 1).
    this.addSql(`create table "judicial"."inmate_request" (
      "id" uuid primary key,
      "subject_id" uuid not null,
      "institution_id" uuid not null,
      "rule_pack" varchar(255) not null,
      "inmate_name" varchar(30) not null,
      "relatives" jsonb not null,
      "reason" varchar(200) not null,
      "status" varchar(16) not null,
      "stage" varchar(16) not null,
      "stage_due_on" date null,
      "venue_id" uuid null,
      "application_id" uuid null references "judicial"."application" ("id"),
      "rejection_reason" varchar(500) null,
      "family_accepted" boolean null,
      "requested_at" timestamptz not null,
      "requested_by" uuid not null,
      "decided_at" timestamptz null,
      "family_answered_at" timestamptz null,
      "inmate_told_at" timestamptz null)`);
    this.addSql(`create index "inmate_request_institution_id_stage_index" on "judicial"."inmate_request" ("institution_id", "stage")`);
    this.addSql(`create index "inmate_request_venue_id_stage_index" on "judicial"."inmate_request" ("venue_id", "stage")`);
    this.addSql(`create index "application_visitor_institution_id_status_index" on "judicial"."application" ("visitor_institution_id", "status")`);
  }
}
