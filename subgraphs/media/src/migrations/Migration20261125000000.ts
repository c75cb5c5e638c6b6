import { Migration } from '@mikro-orm/migrations';

/** CQ-4: lawyer meetings, watched as video only. The parties' feed ids (YN-18: a party gone) and the stream ports a lawyer meeting's video goes to. */
export class Migration20261125000000 extends Migration {
  override name = 'Migration20261125000000';

  override async up(): Promise<void> {
    this.addSql(`alter table "media"."meeting" add column "privileged" boolean not null default false, add column "parties" jsonb null`);
  }
}
