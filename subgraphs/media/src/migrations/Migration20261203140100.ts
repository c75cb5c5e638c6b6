import { Migration } from '@mikro-orm/migrations';

/** CQ-4 / CQ-7 / YN-34: a meeting's kind, the lawyers who take a lawyer meeting's visitor seat, and the minutes an arrangement booked. */
export class Migration20261203140100 extends Migration {
  override name = 'Migration20261203140100';

  override async up(): Promise<void> {
    this.addSql(`alter table "media"."meeting" add column "kind" text check ("kind" in ('FAMILY', 'LAWYER', 'OFFICIAL')) not null default 'FAMILY',
      add column "counsel_account_ids" jsonb not null default '[]', add column "booked_minutes" int null`);
    // CQ: a lawyer meeting's subject is a suspect held by a detention centre.
    this.addSql(`alter table "media"."meeting" drop constraint "meeting_subject_kind_check",
      add constraint "meeting_subject_kind_check" check ("subject_kind" in ('INMATE', 'DETAINEE', 'SUSPECT'))`);
  }
}
