import { Migration } from '@mikro-orm/migrations';
import { calendarYearTable, inboxDdl, outboxDdl } from '@rv/kit';

/** The detention subgraph's tables (public security): centres, suspects, lawyers, mandates, the queue (CQ-1…CQ-8). */
export class Migration20261203130000 extends Migration {
  override name = 'Migration20261203130000';

  override async up(): Promise<void> {
    this.addSql(`create table "detention"."detention_centre" (
      "id" uuid primary key, "name" varchar(255) not null, "region" varchar(255) not null,
      "rule_pack" varchar(16) not null default 'CQ', "last_seq" bigint not null default 0)`);
    this.addSql(`create table "detention"."meeting_room" (
      "id" uuid primary key, "centre_id" uuid not null references "detention"."detention_centre" ("id"),
      "name" varchar(255) not null, "kind" text not null check ("kind" in ('STANDARD', 'QUICK', 'VIDEO')))`);
    this.addSql(`create table "detention"."suspect" (
      "id" uuid primary key,
      "centre_id" uuid not null references "detention"."detention_centre" ("id"),
      "name" varchar(255) not null,
      "suspect_number" varchar(32) not null unique,
      "id_number" varchar(18) not null,
      "case_stage" text not null check ("case_stage" in ('INVESTIGATION', 'PROSECUTION', 'TRIAL')),
      "case_category" text not null check ("case_category" in ('ORDINARY', 'STATE_SECURITY', 'TERRORISM', 'UNCLEAR')),
      "temporary_holding" boolean not null default false,
      "case_unit" varchar(255) not null,
      "in_custody" boolean not null default true)`);
    this.addSql(`create index "suspect_centre_idx" on "detention"."suspect" ("centre_id", "suspect_number")`);
    this.addSql(`create table "detention"."lawyer" (
      "account_id" uuid primary key, "name" varchar(255) not null, "certificate_number" varchar(255) not null,
      "firm" varchar(255) not null, "verified" boolean not null default false, "duty_centre_ids" uuid[] not null default '{}')`);
    this.addSql(`create table "detention"."mandate" (
      "id" uuid primary key,
      "suspect_id" uuid not null references "detention"."suspect" ("id"),
      "lawyer_account_id" uuid not null,
      "kind" text not null check ("kind" in ('DEFENCE', 'LEGAL_AID', 'DUTY')),
      "active" boolean not null default true,
      "created_at" timestamptz not null,
      "ended_at" timestamptz null)`);
    this.addSql(`create index "mandate_lawyer_account_id_active_index" on "detention"."mandate" ("lawyer_account_id", "active")`);
    this.addSql(`create unique index "mandate_one_active" on "detention"."mandate" ("suspect_id", "lawyer_account_id") where "active"`);
    this.addSql(`create table "detention"."queue_entry" (
      "id" uuid primary key,
      "centre_id" uuid not null references "detention"."detention_centre" ("id"),
      "suspect_id" uuid not null references "detention"."suspect" ("id"),
      "kind" text not null check ("kind" in ('LAWYER_MEETING', 'INTERROGATION', 'ESCORT')),
      "status" text not null check ("status" in ('BOOKED', 'WAITING', 'ARRANGED', 'REFUSED_BY_SUSPECT', 'CANCELLED')),
      "channel" text not null check ("channel" in ('DESK', 'ONLINE', 'PHONE')),
      "mode" text not null default 'IN_PERSON' check ("mode" in ('IN_PERSON', 'REMOTE')),
      "purpose" text not null default 'MEETING' check ("purpose" in ('MEETING', 'MANDATE_END')),
      "seq" bigint null,
      "accepted_at" timestamptz null,
      "due_at" timestamptz null,
      "minutes" int not null,
      "lawyer_account_ids" uuid[] not null default '{}',
      "requester_type" text null,
      "case_unit" text null,
      "officers" text null,
      "room_id" uuid null references "detention"."meeting_room" ("id"),
      "starts_at" timestamptz null,
      "arranged_at" timestamptz null,
      "arranged_by" uuid null,
      "leader_approval" text null,
      "refusal_text" text null,
      "refused_at" timestamptz null,
      "handed_over_at" timestamptz null,
      "identity_confirmed" boolean not null default false,
      "computer_note" text null,
      "overdue_alerted_at" timestamptz null,
      "booked_by" uuid null,
      "created_at" timestamptz not null)`);
    // CQ-3: one acceptance number per place in a centre's queue.
    this.addSql(`create unique index "queue_entry_centre_seq" on "detention"."queue_entry" ("centre_id", "seq")`);
    this.addSql(`create index "queue_entry_centre_id_status_seq_index" on "detention"."queue_entry" ("centre_id", "status", "seq")`);
    this.addSql(`create index "queue_entry_room_starts" on "detention"."queue_entry" ("room_id", "starts_at") where "status" = 'ARRANGED'`);
    this.addSql(`create table "detention"."credential" (
      "id" uuid primary key,
      "entry_id" uuid not null references "detention"."queue_entry" ("id"),
      "holder" varchar(255) not null,
      "kind" text not null,
      "reference" varchar(255) not null,
      "source" varchar(8) not null check ("source" in ('DESK', 'UPLOAD')),
      "file" bytea null,
      "file_name" text null,
      "kept_at" timestamptz not null)`);
    this.addSql(`create index "credential_entry_idx" on "detention"."credential" ("entry_id")`);
    this.addSql(`create table "detention"."companion" (
      "id" uuid primary key,
      "entry_id" uuid not null references "detention"."queue_entry" ("id"),
      "role" text not null check ("role" in ('ASSISTANT', 'TRANSLATOR')),
      "name" varchar(255) not null)`);
    this.addSql(`create table "detention"."legal_help_request" (
      "id" uuid primary key,
      "centre_id" uuid not null references "detention"."detention_centre" ("id"),
      "suspect_id" uuid not null references "detention"."suspect" ("id"),
      "kind" text not null check ("kind" in ('RETAIN_LAWYER', 'LEGAL_AID', 'LEGAL_HELP')),
      "filed_at" timestamptz not null,
      "recorded_by" uuid not null,
      "passed_to" text null,
      "passed_at" timestamptz null,
      "duty_lawyer_account_id" uuid null,
      "due_at" timestamptz null,
      "alert_at" timestamptz null,
      "alerted_at" timestamptz null)`);
    this.addSql(`create index "legal_help_centre_idx" on "detention"."legal_help_request" ("centre_id", "filed_at")`);
    this.addSql(calendarYearTable('detention'));
    for (const sql of [...outboxDdl('detention'), ...inboxDdl('detention')]) this.addSql(sql);
  }
}
