import type { MessageKey, MessageParams } from '../messages/index.js';
import { chinaMinute, type WorkingCalendar } from './calendar.js';
import type { RuleDecision } from './evaluate.js';
import {
  CaseCategory,
  type CaseCategory as Category,
  type CaseStage,
  type CredentialGroup,
  type CredentialKind,
  type LawyerMeetingPack,
  type RequesterType,
} from './lawyer-pack.js';

/** Pure decisions for lawyer meetings at detention centres (CQ-1…CQ-8); the pack holds the numbers. */

const HOUR_MS = 3_600_000;
const allow = (pack: LawyerMeetingPack, rule: string): RuleDecision => ({ allowed: true, pack: pack.code, rule });
const refuse = (pack: LawyerMeetingPack, rule: string, reasonKey: MessageKey, params: MessageParams = {}): RuleDecision => ({
  allowed: false,
  pack: pack.code,
  rule,
  reasonKey,
  params,
});

export interface SuspectCase {
  caseStage: CaseStage;
  caseCategory: Category;
}

/** CQ-2: the documents this requester shows for this suspect: the requester's set, plus the investigator's permission where the case needs it. */
export function requiredCredentials(pack: LawyerMeetingPack, requester: RequesterType, suspect: SuspectCase): CredentialGroup[] {
  const groups = [...pack.credentials[requester]];
  if (needsPermission(pack, requester, suspect)) groups.push([pack.permission.kind]);
  return groups;
}

/** CQ-2: state security or terrorism in investigation: the lawyers (not an assistant or translator, who come with one) show the permission too. */
function needsPermission(pack: LawyerMeetingPack, requester: RequesterType, suspect: SuspectCase): boolean {
  const lawyer = requester === 'DEFENCE_LAWYER' || requester === 'DUTY_LAWYER';
  return lawyer && suspect.caseStage === pack.permission.stage && pack.permission.categories.includes(suspect.caseCategory);
}

/**
 * CQ-2: every group of the requester's set met by one document shown (more documents may be shown;
 * none beyond the set is ever asked for). The permission is named on its own when it is what is missing.
 */
export function checkCredentials(pack: LawyerMeetingPack, requester: RequesterType, suspect: SuspectCase, shown: readonly CredentialKind[]): RuleDecision {
  const rule = pack.credentials.rule;
  if (needsPermission(pack, requester, suspect) && !shown.includes(pack.permission.kind)) {
    return refuse(pack, pack.permission.rule, 'lawyer.permissionRequired');
  }
  const missing = pack.credentials[requester].filter((group) => !group.some((kind) => shown.includes(kind)));
  if (missing.length) return refuse(pack, rule, 'lawyer.credentialsMissing', { missing: missing.map((group) => group.join('/')).join(', ') });
  return allow(pack, rule);
}

/** CQ-3: arranged within the pack's clock hours of acceptance; weekends and holidays count like any hour. */
export function arrangementDueAt(pack: LawyerMeetingPack, acceptedAt: Date): Date {
  return new Date(acceptedAt.getTime() + pack.arrangement.withinHours * HOUR_MS);
}

/** CQ-3: when the centre's leaders are alerted that a place still waits (the pack's hours before its deadline). */
export function arrangementAlertAt(pack: LawyerMeetingPack, dueAt: Date): Date {
  return new Date(dueAt.getTime() - pack.arrangement.alertBeforeHours * HOUR_MS);
}

/** CQ-3: a meeting may not be arranged to start after its deadline. */
export function checkArrangementDeadline(pack: LawyerMeetingPack, dueAt: Date, startsAt: Date): RuleDecision {
  return startsAt.getTime() <= dueAt.getTime()
    ? allow(pack, pack.arrangement.rule)
    : refuse(pack, pack.arrangement.rule, 'lawyer.afterDeadline', { due: chinaMinute(dueAt).replace('T', ' ') });
}

/** CQ-3: a temporarily held suspect whose offence is unclear waits for the centre's check with the case-handling unit. */
export function checkOffenceKnown(pack: LawyerMeetingPack, suspect: SuspectCase): RuleDecision {
  return suspect.caseCategory === CaseCategory.UNCLEAR
    ? refuse(pack, pack.unclearOffence.rule, 'lawyer.offenceUnclear')
    : allow(pack, pack.unclearOffence.rule);
}

/**
 * CQ-8: within office hours, or ending at most the pack's overflow after closing; a non-working day
 * (weekend or holiday) only with a leader's recorded approval. The meeting starts and ends on one day.
 */
export function checkLawyerMeetingTime(
  pack: LawyerMeetingPack,
  calendar: WorkingCalendar,
  startsAt: Date,
  minutes: number,
  leaderApproval: string | null,
): RuleDecision {
  const { opens, closes, afterHoursMinutes, rule } = pack.hours;
  const start = chinaMinute(startsAt);
  const end = chinaMinute(new Date(startsAt.getTime() + minutes * 60_000));
  const day = start.slice(0, 10);
  if (!calendar.isWorkingDay(day) && !leaderApproval?.trim()) return refuse(pack, rule, 'lawyer.nonWorkingDayNeedsApproval', { date: day });
  const latestEnd = minuteOfDay(closes) + afterHoursMinutes;
  if (end.slice(0, 10) !== day || minuteOfDay(start.slice(11)) < minuteOfDay(opens) || minuteOfDay(end.slice(11)) > latestEnd) {
    return refuse(pack, rule, 'lawyer.outsideHours', { opens, closes, overflow: afterHoursMinutes });
  }
  return allow(pack, rule);
}

/** CQ-8: the meeting runs past closing (inside the overflow), which the desk reports as after-hours service. */
export function isAfterHours(pack: LawyerMeetingPack, startsAt: Date, minutes: number): boolean {
  const end = chinaMinute(new Date(startsAt.getTime() + minutes * 60_000));
  return minuteOfDay(end.slice(11)) > minuteOfDay(pack.hours.closes);
}

/** CQ-7: a quick room takes only meetings of at most the pack's minutes. */
export function checkRoom(pack: LawyerMeetingPack, quickRoom: boolean, minutes: number): RuleDecision {
  const { maxMinutes, rule } = pack.quickRoom;
  return !quickRoom || minutes <= maxMinutes ? allow(pack, rule) : refuse(pack, rule, 'lawyer.quickRoomTooLong', { max: maxMinutes });
}

/** CQ-7: two defence lawyers may meet together (or each alone); never more together. */
export function checkJointLawyers(pack: LawyerMeetingPack, lawyers: number): RuleDecision {
  const { max, rule } = pack.jointLawyers;
  return lawyers >= 1 && lawyers <= max ? allow(pack, rule) : refuse(pack, rule, 'lawyer.tooManyLawyers', { max });
}

/** CQ-1: a request for legal help reaches the duty lawyer by this time; the centre is alerted from `alertAt`. */
export function legalHelpDeadline(pack: LawyerMeetingPack, filedAt: Date): { dueAt: Date; alertAt: Date } {
  const dueAt = new Date(filedAt.getTime() + pack.legalHelp.withinHours * HOUR_MS);
  return { dueAt, alertAt: new Date(dueAt.getTime() - pack.legalHelp.alertBeforeHours * HOUR_MS) };
}

/** CQ-1: a letter to the defence lawyer is withheld only on one of the pack's grounds, with a leader's recorded approval. */
export function checkLetterWithheld(pack: LawyerMeetingPack, ground: string, approvedBy: string | null): RuleDecision {
  const { withholdGrounds, rule } = pack.letters;
  if (!withholdGrounds.includes(ground)) return refuse(pack, rule, 'lawyer.letter.mustPassOn', { grounds: withholdGrounds.join(', ') });
  if (!approvedBy?.trim()) return refuse(pack, rule, 'lawyer.letter.approvalRequired');
  return allow(pack, rule);
}

function minuteOfDay(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}
