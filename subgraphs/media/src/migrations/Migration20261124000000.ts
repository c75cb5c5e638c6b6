import { Migration } from '@mikro-orm/migrations';

/** The Janus room of a live meeting and its timer (GD-35). */
export class Migration20261124000000 extends Migration {
  override name = 'Migration20261124000000';

  override async up(): Promise<void> {
    this.addSql(`alter table "media"."meeting" add column "rule_pack" varchar(16) not null default 'GD',
      add column "janus_room" bigint null, add column "pin" text null, add column "secret" text null, add column "tokens" jsonb null,
      add column "started_at" timestamptz null, add column "ends_at" timestamptz null, add column "ended_at" timestamptz null`);
    this.addSql(`create index "meeting_live_ends_idx" on "media"."meeting" ("ends_at") where "state" = 'LIVE'`);
  }
}
