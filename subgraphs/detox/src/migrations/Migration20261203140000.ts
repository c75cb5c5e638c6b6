import { custodyChangeDdl, custodyEndDdl, rosterImportDdl } from '@rv/kit';
import { Migration } from '@mikro-orm/migrations';

/** Roster imports and sync batches; custody changes as dated append-only events; a transfer or release stops open cases. */
export class Migration20261203140000 extends Migration {
  override name = 'Migration20261203140000';

  override async up(): Promise<void> {
    for (const sql of [...rosterImportDdl('detox'), ...custodyChangeDdl('detox', 'detainee', 'detainee'), ...custodyEndDdl('detox')]) this.addSql(sql);
  }
}
