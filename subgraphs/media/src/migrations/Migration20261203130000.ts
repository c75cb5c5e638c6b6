import { Migration } from '@mikro-orm/migrations';

/** GD-31 / YN-16 / YN-17 / SX-10: a warning and a termination keep the pack's ground they cited (code and rule). */
export class Migration20261203130000 extends Migration {
  override name = 'Migration20261203130000';

  override async up(): Promise<void> {
    this.addSql(`alter table "media"."meeting_warning" add column "ground" varchar(40) null, add column "ground_rule" varchar(20) null`);
    this.addSql(`alter table "media"."meeting" add column "end_ground" varchar(40) null, add column "end_ground_rule" varchar(20) null`);
  }
}
