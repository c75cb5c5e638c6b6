import { Migration } from '@mikro-orm/migrations';
import { sqlText } from '@rv/kit';
import { RULE_PACKS, translate, type MessageKey } from '@rv/schema';

/** Texts the platform stored as words before issue 14: each pack's rejection reasons and the meeting day's notes. */
const NOTES: MessageKey[] = [
  'meetingDay.forfeited', 'meetingDay.absentWithReason', 'meetingDay.absentWithoutReason', 'meetingDay.noOriginalId', 'meetingDay.idExpired',
  'meetingDay.timeUp', 'booking.custody.pairStopped', 'booking.familyDeclined',
];

/** (pack, key, zh-CN words, rule): what an old row's words were made from. */
function knownWords(): string {
  const rows = Object.values(RULE_PACKS).flatMap((pack) => [
    ...[...pack.rejectionReasons.visitor, ...pack.rejectionReasons.inmate, ...pack.rejectionReasons.detainee]
      .map((reason) => [pack.code, reason.labelKey, translate(reason.labelKey), reason.rule]),
    ...NOTES.map((key) => [pack.code, key, translate(key), null]),
  ]);
  return rows.map((row) => `(${row.map((value) => (value === null ? 'null' : sqlText(value))).join(', ')})`).join(',\n');
}

/**
 * Issue 14: decisions are stored by catalogue key and parameters (with the applying pack's rule),
 * never as Chinese or mixed sentences. Existing rows are read back into keys: a catalogue key stays
 * a key; the words of a pack's reason (alone, or "reason：note") become that reason's key (the note
 * kept as written) and its rule under the row's own pack; the meeting day's fixed notes become their
 * keys; anything else (staff's own words) is kept as a note (decision.note). SMS keep the words sent
 * and gain the key they were made from (null for the messages sent before).
 */
export class Migration20261203160000 extends Migration {
  override name = 'Migration20261203160000';

  override async up(): Promise<void> {
    this.addSql(`create temporary table "decision_words" ("pack" text, "key" text, "words" text, "rule" text)`);
    this.addSql(`insert into "decision_words" values ${knownWords()}`);
    for (const [table, column, prefix] of [['application', 'rejection_reason', 'rejection'], ['inmate_request', 'rejection_reason', 'rejection'], ['attendance', 'refusal', 'refusal']]) {
      const target = `"judicial"."${table}"`;
      const pack = table === 'attendance' ? `(select a."rule_pack" from "judicial"."application" a where a."id" = t."application_id")` : 't."rule_pack"';
      this.addSql(`alter table ${target} add column "${prefix}_key" varchar(100) null, add column "${prefix}_params" jsonb null, add column "${prefix}_rule" varchar(16) null`);
      // Already a key, or the whole words of a known key (under the row's own pack first).
      this.addSql(`update ${target} t set "${prefix}_key" = w."key", "${prefix}_params" = '{}'::jsonb, "${prefix}_rule" = w."rule"
        from "decision_words" w where t."${column}" is not null and (t."${column}" = w."key" or t."${column}" = w."words") and w."pack" = ${pack}`);
      // A pack's reason and the reviewer's note after it.
      this.addSql(`update ${target} t set "${prefix}_key" = 'decision.withNote', "${prefix}_rule" = w."rule",
          "${prefix}_params" = jsonb_build_object('reason', jsonb_build_object('key', w."key"), 'note', substr(t."${column}", length(w."words") + 2))
        from "decision_words" w where t."${prefix}_key" is null and t."${column}" is not null and w."rule" is not null
          and w."pack" = ${pack} and t."${column}" like w."words" || '：%'`);
      // Anything else: staff's own words, kept as written.
      this.addSql(`update ${target} t set "${prefix}_key" = 'decision.note', "${prefix}_params" = jsonb_build_object('note', t."${column}")
        where t."${prefix}_key" is null and t."${column}" is not null`);
      this.addSql(`alter table ${target} drop column "${column}"`);
    }
    // A forfeit, a barred no-show: the rule the application's outcome already names.
    this.addSql(`update "judicial"."application" set "rejection_rule" = "outcome_rule" where "rejection_rule" is null and "outcome_rule" is not null and "rejection_key" is not null`);
    this.addSql(`drop table "decision_words"`);
    this.addSql(`alter table "judicial"."sms_message" add column "message_key" varchar(100) null, add column "params" jsonb null`);
  }
}
