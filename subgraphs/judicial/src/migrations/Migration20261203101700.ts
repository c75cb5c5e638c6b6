import { Migration } from '@mikro-orm/migrations';

/**
 * GD-4 the bureaus' priority policies and each use of their counts; GD-33 the institution's
 * decision on a recommendation (the subject's suspension, an optional visitor bar) and police
 * referrals; GD-41 judicial offices acting as county bureaus; SX-8(1) false information found after approval.
 */
export class Migration20261203101700 extends Migration {
  override name = 'Migration20261203101700';

  override async up(): Promise<void> {
    this.addSql(`create table "judicial"."priority_policy" (
      "id" uuid primary key, "bureau_id" uuid not null, "subject_kind" varchar(16) not null, "category" varchar(32) not null,
      "max_times" int not null check ("max_times" >= 0), "period" varchar(8) not null check ("period" in ('MONTH', 'YEAR')),
      "conditions" varchar(500) not null, "set_by" uuid not null, "set_at" timestamptz not null)`);
    this.addSql(`alter table "judicial"."priority_policy" add constraint "priority_policy_subject_kind_category_unique" unique ("subject_kind", "category")`);
    this.addSql(`create table "judicial"."priority_mark" (
      "id" uuid primary key, "application_id" uuid not null, "policy_id" uuid not null references "judicial"."priority_policy" ("id"),
      "subject_id" uuid not null, "period_key" varchar(7) not null, "seq" int not null, "category" varchar(32) not null,
      "marker_kind" varchar(16) not null, "marker_tenant_id" uuid not null, "marked_by" uuid not null, "marked_at" timestamptz not null)`);
    this.addSql(`alter table "judicial"."priority_mark" add constraint "priority_mark_application_id_unique" unique ("application_id")`);
    this.addSql(`alter table "judicial"."priority_mark" add constraint "priority_mark_policy_id_subject_id_period_key_seq_unique" unique ("policy_id", "subject_id", "period_key", "seq")`);

    this.addSql(`alter table "judicial"."visitor_sanction"
      add column "subject_kind" varchar(16) not null default 'INMATE',
      add column "decided_months" int null,
      add column "bars_visitor" boolean not null default false,
      add column "decided_by" uuid null,
      add column "decided_at" timestamptz null`);
    // Before GD-33 was read right, an accepted recommendation barred the visitor: keep those bars.
    this.addSql(`update "judicial"."visitor_sanction" set "bars_visitor" = true, "decided_months" = "months" where "status" = 'ACCEPTED'`);
    this.addSql(`create table "judicial"."police_referral" (
      "id" uuid primary key, "recommendation_id" uuid not null references "judicial"."visitor_sanction" ("id"),
      "application_id" uuid not null, "police_unit" varchar(100) not null, "reference" varchar(64) not null,
      "referred_by_tenant_id" uuid not null, "referred_by" uuid not null, "referred_at" timestamptz not null)`);
    this.addSql(`alter table "judicial"."police_referral" add constraint "police_referral_recommendation_id_unique" unique ("recommendation_id")`);

    this.addSql(`alter table "judicial"."county_bureau" add column "acts_as_county_bureau" boolean not null default false`);

    this.addSql(`create table "judicial"."false_information" (
      "id" uuid primary key, "application_id" uuid not null, "subject_id" uuid not null, "institution_id" uuid not null,
      "visitor_id_number" varchar(18) not null, "visitor_name" varchar(30) not null, "note" varchar(500) not null,
      "rule" varchar(16) not null, "stop_months" int null, "stopped_until" date null, "other_meetings_stopped" int not null,
      "recorded_by_tenant_id" uuid not null, "recorded_by" uuid not null, "recorded_at" timestamptz not null)`);
    this.addSql(`alter table "judicial"."false_information" add constraint "false_information_application_id_unique" unique ("application_id")`);
  }
}
