import { Migration } from '@mikro-orm/migrations';
import { unitColumnsDdl } from '@rv/kit';

/**
 * Issue 15: a detention centre is a unit like the others (address and phone, deactivation with its
 * reason, its pack since opening). Centres opened before are announced to judicial once, so its
 * directory (staff accounts must name an existing, active centre) holds them too.
 */
export class Migration20261203203100 extends Migration {
  override name = 'Migration20261203203100';

  override async up(): Promise<void> {
    for (const sql of unitColumnsDdl('detention', 'detention_centre', false)) this.addSql(sql);
    this.addSql(`insert into "detention"."outbox" ("topic", "aggregate_type", "aggregate_id", "audience", "payload")
      select 'institution.registered', 'DetentionCentre', c.id::text, jsonb_build_array('tenant:' || c.id),
             jsonb_build_object('institutionId', c.id, 'kind', 'DETENTION_CENTRE', 'name', c.name, 'rulePack', c.rule_pack, 'wardDays', null,
               'packSchedule', c.pack_schedule, 'active', c.active, 'inactiveReason', c.inactive_reason)
        from "detention"."detention_centre" c order by c.id`);
  }
}
