import { Migration } from '@mikro-orm/migrations';

/** The Janus room of a live meeting, its timer (GD-35), warnings and how it ended (GD-31, YN-26(6)). */
export class Migration20261124000000 extends Migration {
  override name = 'Migration20261124000000';

  override async up(): Promise<void> {
    this.addSql(`alter table "media"."meeting" add column "rule_pack" varchar(16) not null default 'GD',
      add column "janus_room" bigint null, add column "pin" text null, add column "secret" text null, add column "tokens" jsonb null,
      add column "started_at" timestamptz null, add column "ends_at" timestamptz null, add column "ended_at" timestamptz null`);
    this.addSql(`create index "meeting_live_ends_idx" on "media"."meeting" ("ends_at") where "state" = 'LIVE'`);
    this.addSql(`alter table "media"."meeting" add column "end_reason" varchar(200) null, add column "terminated_by" uuid null,
      add column "language" varchar(16) not null default 'MANDARIN', add column "translator_present" boolean not null default false,
      add column "extended_minutes" int not null default 0, add column "extension_approved_by" varchar(60) null`);
    // YN-13 / GD-37: one file per meeting, its checksum and retention; every playback logged.
    this.addSql(`alter table "media"."meeting" add column "recording_processed_at" timestamptz null, add column "recording_missing" boolean not null default false`);
    this.addSql(`create index "meeting_recording_unprocessed_idx" on "media"."meeting" ("id")
      where state in ('ENDED', 'TERMINATED', 'INTERRUPTED') and started_at is not null and recording_processed_at is null`);
    this.addSql(`create table "media"."recording" (
      "id" uuid primary key,
      "meeting_id" uuid not null unique references "media"."meeting" ("id"),
      "path" text not null,
      "sha256" varchar(64) not null,
      "bytes" bigint not null,
      "duration_seconds" double precision not null,
      "streams" jsonb not null,
      "created_at" timestamptz not null,
      "retain_until" date not null,
      "purged_at" timestamptz null)`);
    this.addSql(`create table "media"."recording_access" (
      "recording_id" uuid not null references "media"."recording" ("id"),
      "account_id" uuid not null,
      "tenant_id" uuid not null,
      "at" timestamptz not null)`);
    this.addSql(`create index "recording_access_recording_id_index" on "media"."recording_access" ("recording_id", "at")`);
    // YN-25: who supervised each meeting, per side.
    this.addSql(`create table "media"."meeting_supervisor" (
      "meeting_id" uuid not null references "media"."meeting" ("id"),
      "staff_id" uuid not null,
      "side" varchar(16) not null check ("side" in ('INSTITUTION', 'VENUE')),
      "joined_at" timestamptz not null,
      primary key ("meeting_id", "staff_id"))`);
    this.addSql(`create table "media"."meeting_warning" (
      "id" uuid primary key,
      "meeting_id" uuid not null references "media"."meeting" ("id"),
      "given_at" timestamptz not null,
      "given_by" uuid not null,
      "unit_id" uuid not null,
      "reason" varchar(200) not null)`);
    this.addSql(`create index "meeting_warning_meeting_id_given_at_index" on "media"."meeting_warning" ("meeting_id", "given_at")`);
  }
}
