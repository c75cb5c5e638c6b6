import { custodyChangeExternalIdDdl } from '@rv/kit';
import { Migration } from '@mikro-orm/migrations';

/** Custody events synced from the institution's own system carry its event id, recorded once. */
export class Migration20261203150000 extends Migration {
  override name = 'Migration20261203150000';

  override async up(): Promise<void> {
    for (const sql of custodyChangeExternalIdDdl('detox')) this.addSql(sql);
  }
}
