import { Migration } from '@mikro-orm/migrations';
import { inboxDdl, outboxDdl } from '@rv/kit';

export class Migration20261123000000 extends Migration {
  override name = 'Migration20261123000000';

  override async up(): Promise<void> {
    this.addSql(`create table "detox"."detox_centre" (
      "id" uuid primary key, "name" varchar(255) not null, "region" varchar(255) not null, "rule_pack" varchar(16) not null)`);
    this.addSql(`create table "detox"."detainee" (
      "id" uuid primary key,
      "centre_id" uuid not null references "detox"."detox_centre" ("id"),
      "brigade" int not null,
      "name" varchar(255) not null,
      "detainee_number" varchar(32) not null unique,
      "id_number" varchar(18) not null,
      "in_custody" boolean not null default true,
      "in_physiological_detox" boolean not null default false,
      "under_restraint" boolean not null default false)`);
    this.addSql(`create index "detainee_centre_idx" on "detox"."detainee" ("centre_id", "detainee_number")`);
    for (const sql of [...outboxDdl('detox'), ...inboxDdl('detox')]) this.addSql(sql);
  }
}
