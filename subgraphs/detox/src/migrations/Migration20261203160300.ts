import { Migration } from '@mikro-orm/migrations';
import { sanctionReasonKeyDdl } from '@rv/kit';

/** Issue 14: a sanction's reason given by the platform (SX-8(1)'s stop) is kept by key, staff's own words as written. */
export class Migration20261203160300 extends Migration {
  override name = 'Migration20261203160300';

  override async up(): Promise<void> {
    for (const sql of sanctionReasonKeyDdl('"detox"."sanction"')) this.addSql(sql);
  }
}
