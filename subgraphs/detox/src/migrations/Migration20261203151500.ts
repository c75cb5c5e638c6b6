import { Migration } from '@mikro-orm/migrations';
import { unitColumnsDdl } from '@rv/kit';

/** Issue 15: a detox centre’s address and phone for families, deactivation with its reason, rule packs by effective date; its brigades (大队) named, from the detainees' brigade numbers. */
export class Migration20261203151500 extends Migration {
  override name = 'Migration20261203151500';

  override async up(): Promise<void> {
    for (const sql of unitColumnsDdl('detox', 'detox_centre', false)) this.addSql(sql);
    this.addSql(`create table "detox"."brigade" (
      "id" uuid primary key, "centre_id" uuid not null references "detox"."detox_centre" ("id"),
      "number" int not null, "name" varchar(255) not null, unique ("centre_id", "number"))`);
    this.addSql(`insert into "detox"."brigade" ("id", "centre_id", "number", "name")
      select gen_random_uuid(), "centre_id", "brigade", '第' || "brigade" || '大队' from (select distinct "centre_id", "brigade" from "detox"."detainee") d`);
  }
}
