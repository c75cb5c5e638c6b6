import { Migration } from '@mikro-orm/migrations';

/** CQ-4: the alarms lawyers raise from a meeting, kept on record. YN-34: an official session's joining code (its hash). */
export class Migration20261203141000 extends Migration {
  override name = 'Migration20261203141000';

  override async up(): Promise<void> {
    this.addSql(`create table "media"."meeting_alarm" (
      "id" uuid not null primary key, "meeting_id" uuid not null, "institution_id" uuid not null, "kind" varchar(32) not null,
      "rule" varchar(20) not null, "raised_by" uuid not null, "raised_at" timestamptz not null,
      "acknowledged_by" uuid null, "acknowledged_at" timestamptz null)`);
    this.addSql(`alter table "media"."meeting" add column "guest_code_sha256" varchar(64) null`);
    this.addSql(`create index "meeting_alarm_meeting_id_raised_at_index" on "media"."meeting_alarm" ("meeting_id", "raised_at")`);
  }
}
