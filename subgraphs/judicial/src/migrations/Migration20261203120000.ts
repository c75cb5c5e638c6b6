import { Migration } from '@mikro-orm/migrations';

/** STOPPED (GD-24 / GD-25 / YN-15 / SX-9 on the meeting day) and FORFEITED (YN-10) applications, with the rule behind them. */
export class Migration20261203120000 extends Migration {
  override name = 'Migration20261203120000';

  override async up(): Promise<void> {
    this.addSql(`alter table "judicial"."application" drop constraint "application_status_check",
      add constraint "application_status_check" check ("status" in ('SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'REFUSED_AT_VENUE', 'NO_SHOW', 'SUSPENDED', 'MET', 'TERMINATED', 'INTERRUPTED', 'STOPPED', 'FORFEITED')),
      add column "outcome_rule" varchar(16) null, add column "outcome_code" varchar(64) null`);
  }
}
