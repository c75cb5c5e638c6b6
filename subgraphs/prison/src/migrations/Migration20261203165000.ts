import { Migration } from '@mikro-orm/migrations';
import { reviewNumberDdl } from '@rv/kit';

/** Issue 17: the review queue searched by application number and paged on the server (by institution, status, due day). */
export class Migration20261203165000 extends Migration {
  override name = 'Migration20261203165000';

  override async up(): Promise<void> {
    for (const sql of reviewNumberDdl('prison', 'prison_id')) this.addSql(sql);
  }
}
