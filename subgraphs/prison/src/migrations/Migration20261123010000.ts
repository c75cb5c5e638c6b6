import { Migration } from '@mikro-orm/migrations';

/** Custody status the review's automatic eligibility check reads (GD-24, YN-15, SX-9); review deadlines (GD-22). */
export class Migration20261123010000 extends Migration {
  override name = 'Migration20261123010000';

  override async up(): Promise<void> {
    this.addSql(`alter table "prison"."inmate"
      add column "foreign" boolean not null default false,
      add column "isolation_review" boolean not null default false,
      add column "in_training" boolean not null default false,
      add column "separate_custody" boolean not null default false,
      add column "admonished" boolean not null default false,
      add column "last_warning_or_demerit" date null,
      add column "last_confinement_punishment" date null,
      add column "serious_violation_investigation_on" date null`);
    this.addSql(`alter table "prison"."prison" add column "ward_days" jsonb null`);
    this.addSql(`create table "prison"."extra_meeting" (
      "id" uuid primary key, "inmate_id" uuid not null references "prison"."inmate" ("id"),
      "month" varchar(7) not null, "reason" varchar(500) not null, "approvals" jsonb not null,
      "steps_required" int not null check ("steps_required" > 0), "granted" boolean not null default false)`);
    this.addSql(`alter table "prison"."review_case"
      add column "rule_pack" varchar(16) not null default 'GD',
      add column "due_on" date null,
      add column "calendar_missing" boolean not null default false,
      add column "extended" boolean not null default false,
      add column "reason_code" varchar(64) null,
      add column "priority" boolean not null default false`);
    this.addSql(`create table "prison"."sanction" (
      "id" uuid primary key,
      "inmate_id" uuid not null references "prison"."inmate" ("id"),
      "severity" text not null check ("severity" in ('ORDINARY', 'SERIOUS', 'VERY_SERIOUS')),
      "months" int not null check ("months" > 0),
      "starts_on" date not null,
      "ends_on" date not null,
      "reason" varchar(500) not null,
      "rule" varchar(16) not null,
      "imposed_by" uuid not null,
      "imposed_at" timestamptz not null,
      check ("ends_on" >= "starts_on"))`);
    this.addSql(`create index "sanction_inmate_idx" on "prison"."sanction" ("inmate_id", "ends_on")`);
    this.addSql(`create table "prison"."onsite_visit" (
      "id" uuid primary key, "inmate_id" uuid not null references "prison"."inmate" ("id"),
      "visit_date" date not null, "visitors" int not null check ("visitors" > 0),
      "recorded_by" uuid not null, "recorded_at" timestamptz not null)`);
    this.addSql(`create index "onsite_visit_inmate_idx" on "prison"."onsite_visit" ("inmate_id", "visit_date")`);
  }
}
