import { Migration } from '@mikro-orm/migrations';

/** GD-19: a family finds its relatives in custody by its own ID number (myRelatives). */
export class Migration20261125000000 extends Migration {
  override name = 'Migration20261125000000';

  override async up(): Promise<void> {
    this.addSql(`create index "relationship_visitor_id_number_index" on "judicial"."relationship" ("visitor_id_number")`);
  }
}
