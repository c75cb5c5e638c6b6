import { Migration } from '@mikro-orm/migrations';

/**
 * YN-7: a pair of custody applications carries where it stands (one meeting, when both are
 * approved); YN-14: the warden's recorded approval of a longer or off-schedule emergency meeting.
 */
export class Migration20261203094117 extends Migration {
  override name = 'Migration20261203094117';

  override async up(): Promise<void> {
    this.addSql(`alter table "judicial"."application"
      add column "pair_state" text null check ("pair_state" in ('WAITING', 'MEETS', 'JOINS', 'STOPPED')),
      add column "emergency_minutes" int not null default 0 check ("emergency_minutes" >= 0),
      add column "emergency_approval" jsonb null`);
  }
}
