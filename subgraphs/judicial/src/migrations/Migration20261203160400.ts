import { Migration } from '@mikro-orm/migrations';
import { sqlText, wordsPattern } from '@rv/kit';

/**
 * Issue 14: a suspension notice the platform wrote (a newly entered year's holidays, GD-13 / SX-2)
 * is kept by key; staff's notices keep their own words. Existing holiday notices are read back into the key.
 */
export class Migration20261203160400 extends Migration {
  override name = 'Migration20261203160400';

  override async up(): Promise<void> {
    const holidays = sqlText(wordsPattern('calendar.holidayNotice', ['year', 'from', 'to']));
    this.addSql(`alter table "judicial"."suspension_notice" add column "message_key" varchar(100) null, add column "message_params" jsonb null`);
    this.addSql(`update "judicial"."suspension_notice" set "message_key" = 'calendar.holidayNotice',
      "message_params" = jsonb_build_object('year', ((regexp_match("message", ${holidays}))[1])::int, 'from', (regexp_match("message", ${holidays}))[2], 'to', (regexp_match("message", ${holidays}))[3]),
      "message" = '' where "cause" = 'HOLIDAY_SCHEDULE' and "message" ~ ${holidays}`);
  }
}
