import { Migration } from '@mikro-orm/migrations';

/** Issue 19: media across several Janus nodes: each meeting records the node its room was placed on. */
export class Migration20261203201000 extends Migration {
  override name = 'Migration20261203201000';

  override async up(): Promise<void> {
    this.addSql(`alter table "media"."meeting" add column "janus_node" varchar(60) null`);
  }
}
