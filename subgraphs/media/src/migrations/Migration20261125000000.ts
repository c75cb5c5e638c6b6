import { Migration } from '@mikro-orm/migrations';

/** CQ-4: lawyer meetings, watched as video only; the seats' feeds and the stream ports their video goes to. */
export class Migration20261125000000 extends Migration {
  override name = 'Migration20261125000000';

  override async up(): Promise<void> {
    this.addSql(`alter table "media"."meeting" add column "privileged" boolean not null default false, add column "video_forward" jsonb null`);
  }
}
