import { Migration } from '@mikro-orm/migrations';
import { reviewNumberDdl } from '@rv/kit';

/** Issue 17: the review queue searched by application number and paged on the server (by institution, status, due day). */
export class Migration20261203165100 extends Migration {
  override name = 'Migration20261203165100';

  override async up(): Promise<void> {
    for (const sql of reviewNumberDdl('detox', 'centre_id')) this.addSql(sql);
  }
}
