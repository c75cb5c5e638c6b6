import { Migration } from '@mikro-orm/migrations';

/** GD-4: why a review case goes first. */
export class Migration20261124000000 extends Migration {
  override name = 'Migration20261124000000';

  override async up(): Promise<void> {
    this.addSql(`alter table "prison"."review_case" add column "priority_category" varchar(32) null`);
  }
}
