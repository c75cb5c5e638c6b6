import { Migration } from '@mikro-orm/migrations';

/** CQ-11 … CQ-14: lawyer-meeting facts for the joint meeting, violation reports, evaluations, complaint contacts and complaints. */
export class Migration20261203143500 extends Migration {
  override name = 'Migration20261203143500';

  override async up(): Promise<void> {
    this.addSql(`create table "judicial"."lawyer_meeting_fact" (
      "booking_id" uuid not null primary key, "centre_id" uuid not null, "counsel_account_ids" jsonb not null default '[]', "date" date not null,
      "accepted_at" timestamptz null, "arranged_at" timestamptz null, "held_at" timestamptz null)`);
    this.addSql(`create index "lawyer_meeting_fact_centre_id_date_index" on "judicial"."lawyer_meeting_fact" ("centre_id", "date")`);
    this.addSql(`create table "judicial"."lawyer_violation" (
      "id" uuid not null primary key, "booking_id" uuid not null, "centre_id" uuid not null, "bureau_id" uuid not null, "lawyer_account_id" uuid null,
      "ground" varchar(40) not null, "ground_rule" varchar(20) not null, "details" varchar(500) not null, "reported_by" uuid not null,
      "reported_at" timestamptz not null, "status" text not null check ("status" in ('REPORTED', 'HANDLED')),
      "handling" varchar(1000) null, "handled_by" uuid null, "handled_at" timestamptz null)`);
    this.addSql(`create index "lawyer_violation_bureau_id_status_index" on "judicial"."lawyer_violation" ("bureau_id", "status")`);
    this.addSql(`create index "lawyer_violation_centre_id_reported_at_index" on "judicial"."lawyer_violation" ("centre_id", "reported_at")`);
    this.addSql(`create table "judicial"."lawyer_evaluation" (
      "id" uuid not null primary key, "booking_id" uuid not null, "centre_id" uuid not null, "lawyer_account_id" uuid not null,
      "score" int not null, "comment" varchar(500) not null, "created_at" timestamptz not null,
      constraint "lawyer_evaluation_booking_id_lawyer_account_id_unique" unique ("booking_id", "lawyer_account_id"))`);
    this.addSql(`create table "judicial"."complaint_contact" (
      "id" uuid not null primary key, "centre_id" uuid not null, "organ" varchar(32) not null, "organ_name" varchar(100) not null,
      "contact_name" varchar(40) not null, "phone" varchar(40) not null, "handler_tenant_id" uuid not null, "active" boolean not null default true)`);
    this.addSql(`create index "complaint_contact_centre_id_index" on "judicial"."complaint_contact" ("centre_id")`);
    this.addSql(`create table "judicial"."lawyer_complaint" (
      "id" uuid not null primary key, "centre_id" uuid not null, "booking_id" uuid null, "contact_id" uuid not null references "judicial"."complaint_contact" ("id"),
      "handler_tenant_id" uuid not null, "lawyer_account_id" uuid not null, "text" varchar(2000) not null, "wants_hearing" boolean not null,
      "filed_at" timestamptz not null, "status" text not null check ("status" in ('OPEN', 'ANSWERED')), "feedback" varchar(2000) null,
      "heard_in_person" boolean not null default false, "answered_by" uuid null, "answered_at" timestamptz null)`);
    this.addSql(`create index "lawyer_complaint_handler_tenant_id_status_index" on "judicial"."lawyer_complaint" ("handler_tenant_id", "status")`);
    this.addSql(`create index "lawyer_complaint_centre_id_filed_at_index" on "judicial"."lawyer_complaint" ("centre_id", "filed_at")`);
  }
}
