import { Migration } from '@mikro-orm/migrations';
import { sqlText } from '@rv/kit';
import { translate } from '@rv/schema';

/**
 * Issue 14: why a meeting ended is kept by catalogue key and parameters, never as words. Existing
 * rows: a catalogue key stays a key (platform.videoGatewayLost …); the time limit's Chinese words
 * become meetingDay.timeUp; anything else (a termination's note, a ground's code) is kept as written
 * (decision.note).
 */
export class Migration20261203160100 extends Migration {
  override name = 'Migration20261203160100';

  override async up(): Promise<void> {
    this.addSql(`alter table "media"."meeting" add column "end_reason_key" varchar(100) null, add column "end_reason_params" jsonb null`);
    this.addSql(`update "media"."meeting" set "end_reason_key" = 'meetingDay.timeUp', "end_reason_params" = '{}'::jsonb
      where "end_reason" = ${sqlText(translate('meetingDay.timeUp'))} or "end_reason" = 'meetingDay.timeUp'`);
    this.addSql(`update "media"."meeting" set "end_reason_key" = "end_reason", "end_reason_params" = '{}'::jsonb
      where "end_reason_key" is null and "end_reason" in ('platform.videoGatewayLost', 'platform.visitorSideLost', 'platform.subjectSideLost')`);
    this.addSql(`update "media"."meeting" set "end_reason_key" = 'decision.note', "end_reason_params" = jsonb_build_object('note', "end_reason")
      where "end_reason_key" is null and "end_reason" is not null`);
    this.addSql(`alter table "media"."meeting" drop column "end_reason"`);
  }
}
