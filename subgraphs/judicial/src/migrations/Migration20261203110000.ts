import { Migration } from '@mikro-orm/migrations';
import { RULE_PACKS } from '@rv/schema';

/**
 * GD-13 / GD-14 are the GD pack's only: standings recorded before for units under a pack without
 * either rule (YN, SX) flagged what those packs never asked, so they go (the report shows none).
 */
export class Migration20261203110000 extends Migration {
  override name = 'Migration20261203110000';

  override async up(): Promise<void> {
    const packs = Object.values(RULE_PACKS).filter((pack) => !pack.slots.publishBeforeDay && !pack.slots.monthlyMinimum).map((pack) => pack.code);
    if (!packs.length) return;
    const list = packs.map((code) => `'${code.replace(/'/g, "''")}'`).join(', ');
    this.addSql(`delete from "judicial"."slot_compliance" c
      where exists (select 1 from "judicial"."institution_ref" i where i.id = c.unit_id and i.rule_pack in (${list}))
         or exists (select 1 from "judicial"."county_bureau" b where b.id = c.unit_id and b.rule_pack in (${list}))`);
  }
}
