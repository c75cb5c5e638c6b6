import {
  ErrorCode, Topic, audience, checkSanctionMonths, chinaDate, clock, invalid, ruleError, suspensionEndsOn,
  type OnsiteVisitRecorded, type RuleDecision, type RulePack, type SanctionImposed,
} from '@rv/schema';
import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import { recordEvent } from './outbox.js';

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
  reason: string;
}

/** GD-33 / YN-17 / SX-10: the suspension's period and rule, from today, inside the pack's range (refused outside it). */
export function sanctionPeriod(pack: RulePack, request: SanctionRequest): { startsOn: string; endsOn: string; rule: string; reason: string } {
  const reason = request.reason.trim();
  if (!reason || reason.length > 500) throw invalid('review.sanctionReasonRequired', { max: 500 }, 'reason');
  const verdict = checkSanction(pack, request.severity, request.months);
  if (!verdict.allowed) throw ruleError(verdict, ErrorCode.BAD_USER_INPUT, { field: 'months' });
  const startsOn = chinaDate(clock.now());
  return { startsOn, endsOn: suspensionEndsOn(startsOn, request.months), rule: verdict.rule, reason };
}

/** sanction.imposed: judicial refuses the subject's bookings meanwhile. */
export async function announceSanction(em: EntityManager, schema: string, sanctionId: string, institutionId: string, payload: SanctionImposed): Promise<void> {
  await recordEvent(em, schema, { topic: Topic.SANCTION_IMPOSED, aggregateType: 'Sanction', aggregateId: sanctionId, audience: [audience.tenant(institutionId)], payload });
}

/** GD-11 / SX-3: an on-site visit's visitors (1 to 20). */
export function checkOnsiteVisitors(visitors: number): void {
  if (!Number.isInteger(visitors) || visitors < 1 || visitors > 20) throw invalid('review.visitorCount', { min: 1, max: 20 }, 'visitors');
}

/** onsite_visit.recorded: the visit uses the subject's month (GD-11 / SX-3). */
export async function announceOnsiteVisit(em: EntityManager, schema: string, visitId: string, institutionId: string, payload: OnsiteVisitRecorded): Promise<void> {
  await recordEvent(em, schema, { topic: Topic.ONSITE_VISIT_RECORDED, aggregateType: 'OnsiteVisit', aggregateId: visitId, audience: [audience.tenant(institutionId)], payload });
}
