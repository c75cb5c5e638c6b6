import { checkSanctionMonths, type RuleDecision, type RulePack } from '@rv/schema';
import { registerEnumType } from 'type-graphql';

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
