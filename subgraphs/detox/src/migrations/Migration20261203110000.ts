import { reviewLifecycleDdl } from '@rv/kit';
import { Migration } from '@mikro-orm/migrations';

/** Review cases closed by a withdrawal (WITHDRAWN) or stopped on the meeting day (STOPPED, GD-24 / GD-25 / YN-15 / SX-9); the application's own end. */
export class Migration20261203110000 extends Migration {
  override name = 'Migration20261203110000';

  override async up(): Promise<void> {
    for (const sql of reviewLifecycleDdl('detox')) this.addSql(sql);
  }
}
