import { Migration } from '@mikro-orm/migrations';

/** GD-29 / GD-30 / YN-12 / YN-19: whether the visitor side is ready (judicial tells media); a meeting starts only when it is. */
export class Migration20261203120000 extends Migration {
  override name = 'Migration20261203120000';

  override async up(): Promise<void> {
    this.addSql(`alter table "media"."meeting" add column "ready" boolean not null default false`);
  }
}
