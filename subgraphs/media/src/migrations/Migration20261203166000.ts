import { Migration } from '@mikro-orm/migrations';

/** YN-13: a recording that fails post-processing is retried a few times, then flagged missing, so it never blocks the meeting clock. */
export class Migration20261203166000 extends Migration {
  override name = 'Migration20261203166000';

  override async up(): Promise<void> {
    this.addSql(`alter table "media"."meeting" add column "recording_failures" smallint not null default 0`);
  }
}
