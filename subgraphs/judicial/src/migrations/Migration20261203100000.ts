import { Migration } from '@mikro-orm/migrations';

/**
 * 户籍 (SX-1, YN-6): the visitor's household as staff saw it proven (household register or
 * residence permit), recorded with the relationship; never inferred from the ID number. And the
 * rule that closed a service day that became a holiday, and the notice cause for such days.
 */
export class Migration20261203100000 extends Migration {
  override name = 'Migration20261203100000';

  override async up(): Promise<void> {
    this.addSql(`alter table "judicial"."relationship" add column "household_region" varchar(6) null, add column "household_proof" text null`);
    // GD-13 / SX-2: a published day that a newly entered year makes a holiday is closed, with the rule that closed it.
    this.addSql(`alter table "judicial"."service_day" add column "closed_by" text null`);
    // GD-39: the province's notice for such days has its own cause.
    this.addSql(`alter table "judicial"."suspension_notice" drop constraint "suspension_notice_cause_check"`);
    this.addSql(`alter table "judicial"."suspension_notice" add constraint "suspension_notice_cause_check" check ("cause" in ('UNIT_FAULT', 'POLICY_CHANGE', 'SYSTEM_UPGRADE', 'HOLIDAY_SCHEDULE'))`);
  }
}
