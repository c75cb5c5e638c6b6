import type { MessageKey, MessageParams } from '../messages/index.js';
import type { Ground } from './rule-pack.js';

/**
 * What happens around a lawyer meeting beyond its booking (DOMAIN.md "Lawyers and officials"), as
 * data: the alarms a lawyer raises (CQ-4), the prohibited acts that stop a meeting (CQ-14), the
 * service evaluation (CQ-11) and the complaint channels (CQ-12 / CQ-13). Chongqing seed 003.
 */
export interface LawyerConductPack {
  code: string;
  /** CQ-4: what a lawyer who sees it reports at once; the centre sees it live. */
  alarms: { kinds: readonly string[]; rule: string };
  /** CQ-14: the prohibited acts, as grounds (stop the meeting, report it to the justice bureau). */
  violations: { grounds: readonly Ground[]; rule: string; reportedTo: 'COUNTY_BUREAU' };
  /** CQ-11: a lawyer rates the centre's service once per meeting. */
  evaluation: { minScore: number; maxScore: number; rule: string };
  /** CQ-12: the organs a complaint may be addressed to (a named contact of each); CQ-13: each answers with feedback. */
  complaints: { organs: readonly string[]; rule: string; feedbackRule: string; hearingOnRequest: boolean };
  /** CQ-11: the joint meeting reads these figures per centre and month; CQ-3's deadline counts as compliance. */
  figures: { arrangeWithinHours: number; rule: string };
}

const violation = (code: string, extra: { needsText?: boolean } = {}): Ground => ({
  code,
  labelKey: `lawyerConduct.violation.${code}` as MessageKey,
  rule: 'CQ-14',
  ...extra,
});

/** Chongqing (seed 003, items 4 and 11–14). */
export const CQ_CONDUCT: LawyerConductPack = {
  code: 'CQ',
  alarms: { kinds: ['VIOLENCE', 'SUICIDE', 'SELF_HARM', 'ESCAPE', 'SUDDEN_ILLNESS'], rule: 'CQ-4' },
  violations: {
    grounds: [
      violation('CONTRABAND'),
      violation('UNAUTHORISED_PERSON'),
      violation('PHONE_TO_SUSPECT'),
      violation('PASSING_ITEMS'),
      violation('SMOKING'),
      violation('OTHER', { needsText: true }),
    ],
    rule: 'CQ-14',
    reportedTo: 'COUNTY_BUREAU',
  },
  evaluation: { minScore: 1, maxScore: 5, rule: 'CQ-11' },
  complaints: { organs: ['POLICE', 'JUSTICE_BUREAU', 'BAR_ASSOCIATION'], rule: 'CQ-12', feedbackRule: 'CQ-13', hearingOnRequest: true },
  figures: { arrangeWithinHours: 48, rule: 'CQ-11' },
};

const CONDUCT_PACKS: Record<string, LawyerConductPack> = { CQ: CQ_CONDUCT };

/** The conduct pack for a lawyer meeting's pack (Chongqing's is the only one so far, and the default). */
export function lawyerConductPack(code: string | null | undefined): LawyerConductPack {
  return CONDUCT_PACKS[code ?? 'CQ'] ?? CQ_CONDUCT;
}

export type ConductDecision =
  { allowed: true; pack: string; rule: string } | { allowed: false; pack: string; rule: string; reasonKey: MessageKey; params: MessageParams };

const allow = (pack: LawyerConductPack, rule: string): ConductDecision => ({ allowed: true, pack: pack.code, rule });
const refuse = (pack: LawyerConductPack, rule: string, reasonKey: MessageKey, params: MessageParams = {}): ConductDecision => ({
  allowed: false,
  pack: pack.code,
  rule,
  reasonKey,
  params,
});

/** CQ-4: the alarm's kind must be one the pack lists. */
export function checkAlarmKind(pack: LawyerConductPack, kind: string): ConductDecision {
  return pack.alarms.kinds.includes(kind) ? allow(pack, pack.alarms.rule) : refuse(pack, pack.alarms.rule, 'lawyerConduct.alarm.notAKind', { pack: pack.code });
}

/** CQ-14: the violation must be one of the prohibited acts ("other" with a written description). */
export function checkViolation(pack: LawyerConductPack, code: string, details: string | null | undefined): ConductDecision {
  const ground = pack.violations.grounds.find((candidate) => candidate.code === code);
  if (!ground) return refuse(pack, pack.violations.rule, 'lawyerConduct.violation.notAGround', { pack: pack.code });
  if (ground.needsText && !details?.trim()) return refuse(pack, pack.violations.rule, 'rule.otherNeedsText');
  return allow(pack, ground.rule);
}

/** CQ-11: a score within the pack's scale. */
export function checkEvaluationScore(pack: LawyerConductPack, score: number): ConductDecision {
  const { minScore: min, maxScore: max, rule } = pack.evaluation;
  return Number.isInteger(score) && score >= min && score <= max ? allow(pack, rule) : refuse(pack, rule, 'lawyerConduct.evaluation.scoreRange', { min, max });
}

/** CQ-12: a complaint contact belongs to one of the organs the pack names. */
export function checkComplaintOrgan(pack: LawyerConductPack, organ: string): ConductDecision {
  return pack.complaints.organs.includes(organ) ? allow(pack, pack.complaints.rule) : refuse(pack, pack.complaints.rule, 'lawyerConduct.complaint.notAnOrgan');
}

/** CQ-13: the complaint is answered with the investigation's outcome, after hearing the lawyer in person when they asked to be. */
export function checkComplaintAnswer(pack: LawyerConductPack, wantsHearing: boolean, heardInPerson: boolean): ConductDecision {
  const rule = pack.complaints.feedbackRule;
  return pack.complaints.hearingOnRequest && wantsHearing && !heardInPerson ? refuse(pack, rule, 'lawyerConduct.complaint.hearingRequired') : allow(pack, rule);
}

/** CQ-3 as the joint meeting counts it (CQ-11): arranged within the pack's clock hours of acceptance. */
export function arrangedInTime(pack: LawyerConductPack, acceptedAt: Date, arrangedAt: Date): boolean {
  return arrangedAt.getTime() - acceptedAt.getTime() <= pack.figures.arrangeWithinHours * 3_600_000;
}
