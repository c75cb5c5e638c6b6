import { Migration } from '@mikro-orm/migrations';

/** CQ-3 / CQ-1: when the centre's leaders were told by SMS that a deadline is near (queue) or has passed (legal help). */
export class Migration20261203204000 extends Migration {
  override name = 'Migration20261203204000';

  override async up(): Promise<void> {
    this.addSql(`alter table "detention"."queue_entry" add column "due_soon_alerted_at" timestamptz null`);
    this.addSql(`alter table "detention"."legal_help_request" add column "overdue_alerted_at" timestamptz null`);
  }
}
