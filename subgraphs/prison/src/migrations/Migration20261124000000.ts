import { calendarYearTable } from '@rv/kit';
import { Migration } from '@mikro-orm/migrations';

/** GD-4: why a review case goes first; the calendar years entered by the province (CALENDAR_MISSING recomputed). */
export class Migration20261124000000 extends Migration {
  override name = 'Migration20261124000000';

  override async up(): Promise<void> {
    this.addSql(`alter table "prison"."review_case" add column "priority_category" varchar(32) null, add column "stage_from" date null,
      add column "service_date" date null`);
    this.addSql(calendarYearTable('prison'));
  }
}
