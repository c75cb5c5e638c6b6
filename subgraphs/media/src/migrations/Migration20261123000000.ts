import { Migration } from '@mikro-orm/migrations';
import { inboxDdl, outboxDdl } from '@rv/kit';

export class Migration20261123000000 extends Migration {
  override name = 'Migration20261123000000';

  override async up(): Promise<void> {
    this.addSql(`create table "media"."meeting" (
      "id" uuid primary key,
      "application_id" uuid not null unique,
      "state" text not null check ("state" in ('SCHEDULED', 'LIVE', 'ENDED', 'TERMINATED', 'INTERRUPTED', 'CANCELLED')),
      "date" date not null,
      "venue_id" uuid not null,
      "institution_id" uuid not null,
      "subject_kind" text not null check ("subject_kind" in ('INMATE', 'DETAINEE')),
      "proxy_account_id" uuid null,
      "updated_at" timestamptz not null)`);
    this.addSql(`create index "meeting_venue_idx" on "media"."meeting" ("venue_id", "date")`);
    this.addSql(`create index "meeting_institution_idx" on "media"."meeting" ("institution_id", "date")`);
    for (const sql of [...outboxDdl('media'), ...inboxDdl('media')]) this.addSql(sql);
  }
}
