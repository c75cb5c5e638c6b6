import { Migration } from '@mikro-orm/migrations';

/** GD-22 in the reports: the day each institution's decision was due, kept after the application moves on. */
export class Migration20261126000000 extends Migration {
  override name = 'Migration20261126000000';

  override async up(): Promise<void> {
    this.addSql(`alter table "judicial"."application" add column "review_due_on" date null`);
  }
}
