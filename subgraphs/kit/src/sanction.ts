import {
  ErrorCode,
  Topic,
  audience,
  checkSanctionMonths,
  chinaDate,
  clock,
  invalid,
  noteText,
  ruleError,
  suspensionEndsOn,
  type KeyedParams,
  type KeyedText,
  type OnsiteVisitRecorded,
  type RuleDecision,
  type RulePack,
  type SanctionImposed,
} from '@rv/schema';
import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import { recordEvent } from './outbox.js';
import { sqlText, wordsPattern } from './keyed-text.js';

export enum SanctionSeverity {
  ORDINARY = 'ORDINARY',
  SERIOUS = 'SERIOUS',
  VERY_SERIOUS = 'VERY_SERIOUS',
}
registerEnumType(SanctionSeverity, { name: 'SanctionSeverity', description: 'SX-10 ladder; GD-33 and YN-17 know only ORDINARY' });

const RANGE = { ORDINARY: 'ordinary', SERIOUS: 'serious', VERY_SERIOUS: 'verySerious' } as const;

/** GD-33 / YN-17 / SX-10: whether a suspension of this many months fits the pack's range for the severity (prisons and detox centres alike). */
export function checkSanction(pack: RulePack, severity: SanctionSeverity, months: number): RuleDecision {
  return checkSanctionMonths(pack, RANGE[severity], months);
}

export interface SanctionRequest {
  severity: SanctionSeverity;
  months: number;
  /** Staff's own words (required unless the platform gives the reason by key). */
  reason: string;
  /** Issue 14: a reason the platform gives (SX-8(1)'s stop), by key; `reason` is then staff's note, if any. */
  reasonKeyed?: KeyedText | null;
}

/** A sanction's reason columns: staff's words, and the platform's reason by key (issue 14). */
export interface SanctionReason {
  reason: string;
  reasonKey: string | null;
  reasonParams: KeyedParams | null;
}

/** GD-33 / YN-17 / SX-10: the suspension's period and rule, from today, inside the pack's range (refused outside it). */
export function sanctionPeriod(pack: RulePack, request: SanctionRequest): { startsOn: string; endsOn: string; rule: string } & SanctionReason {
  const reason = request.reason.trim();
  if ((!reason && !request.reasonKeyed) || reason.length > 500) throw invalid('review.sanctionReasonRequired', { max: 500 }, 'reason');
  const verdict = checkSanction(pack, request.severity, request.months);
  if (!verdict.allowed) throw ruleError(verdict, ErrorCode.BAD_USER_INPUT, { field: 'months' });
  const startsOn = chinaDate(clock.now());
  const keyed = request.reasonKeyed ?? null;
  return {
    startsOn,
    endsOn: suspensionEndsOn(startsOn, request.months),
    rule: verdict.rule,
    reason,
    reasonKey: keyed?.key ?? null,
    reasonParams: keyed ? (keyed.params ?? {}) : null,
  };
}

/** A sanction's reason as a keyed text: the platform's by its key, staff's own words as a note. */
export function sanctionReasonText(sanction: SanctionReason): KeyedText {
  return sanction.reasonKey ? { key: sanction.reasonKey, params: sanction.reasonParams ?? {} } : noteText(sanction.reason);
}

/**
 * Issue 14 (a migration's statements): a sanction table gains the reason's key; rows whose reason
 * is the platform's own Chinese words (SX-8(1)'s stop, with or without staff's note) are read back
 * into the key, the note kept as the staff's words.
 */
export function sanctionReasonKeyDdl(table: string): string[] {
  const withNote = wordsPattern('powers.falseInformation.sanctionReason', ['rule', 'note']);
  const stop = wordsPattern('review.falseInformationStop', ['rule']);
  const quote = sqlText;
  return [
    `alter table ${table} add column "reason_key" varchar(100) null, add column "reason_params" jsonb null`,
    `update ${table} set "reason_key" = 'powers.falseInformation.sanctionReason',
      "reason_params" = jsonb_build_object('rule', (regexp_match("reason", ${quote(withNote)}))[1], 'note', (regexp_match("reason", ${quote(withNote)}))[2]),
      "reason" = (regexp_match("reason", ${quote(withNote)}))[2] where "reason" ~ ${quote(withNote)}`,
    `update ${table} set "reason_key" = 'review.falseInformationStop', "reason_params" = jsonb_build_object('rule', (regexp_match("reason", ${quote(stop)}))[1]),
      "reason" = '' where "reason_key" is null and "reason" ~ ${quote(stop)}`,
  ];
}

/** sanction.imposed: judicial refuses the subject's bookings meanwhile. */
export async function announceSanction(em: EntityManager, schema: string, sanctionId: string, institutionId: string, payload: SanctionImposed): Promise<void> {
  await recordEvent(em, schema, {
    topic: Topic.SANCTION_IMPOSED,
    aggregateType: 'Sanction',
    aggregateId: sanctionId,
    audience: [audience.tenant(institutionId)],
    payload,
  });
}

/** GD-11 / SX-3: an on-site visit's visitors (1 to 20). */
export function checkOnsiteVisitors(visitors: number): void {
  if (!Number.isInteger(visitors) || visitors < 1 || visitors > 20) throw invalid('review.visitorCount', { min: 1, max: 20 }, 'visitors');
}

/** onsite_visit.recorded: the visit uses the subject's month (GD-11 / SX-3). */
export async function announceOnsiteVisit(
  em: EntityManager,
  schema: string,
  visitId: string,
  institutionId: string,
  payload: OnsiteVisitRecorded,
): Promise<void> {
  await recordEvent(em, schema, {
    topic: Topic.ONSITE_VISIT_RECORDED,
    aggregateType: 'OnsiteVisit',
    aggregateId: visitId,
    audience: [audience.tenant(institutionId)],
    payload,
  });
}
