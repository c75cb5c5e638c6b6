import { Migration } from '@mikro-orm/migrations';
import { unitColumnsDdl } from '@rv/kit';

/** Issue 15: a prison's address and phone for families, deactivation with its reason, rule packs by effective date. */
export class Migration20261203152500 extends Migration {
  override name = 'Migration20261203152500';

  override async up(): Promise<void> {
    for (const sql of unitColumnsDdl('prison', 'prison', true)) this.addSql(sql);
  }
}
