import { lookupQuotaTable } from '@rv/kit';
import { Migration } from '@mikro-orm/migrations';

/** GD-5 / YN-7: look-ups of a relative held here are counted per account (heldRelative…). */
export class Migration20261203100000 extends Migration {
  override name = 'Migration20261203100000';

  override async up(): Promise<void> {
    this.addSql(lookupQuotaTable('prison'));
  }
}
