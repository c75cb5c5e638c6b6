import type { RefusedDecision } from '../errors.js';
import { noteText, translate, type KeyedText, type Locale, type MessageKey, type MessageParams } from '../messages/index.js';
import { residentIdBirthDate } from '../personal-data.js';
import { addMonthsClamped, type WorkingCalendar, type WorkingDayResult } from './calendar.js';
import type { Ground, RejectionReason, ReviewActor, RulePack } from './rule-pack.js';

/**
 * 户籍 (SX-1, YN-6): a visitor's household as staff saw it proven (household register or residence
 * permit), as a region code, or null when nothing was proven. The ID number's first six digits only
 * say where the number was issued and are never read here (DOMAIN.md).
 */
export type ProvenHousehold = string | null;

/** Where the visitors' households stand against the pack's province: all proven inside, one proven outside, or one not proven. */
export function householdStanding(pack: RulePack, households: ProvenHousehold[]): 'IN_PROVINCE' | 'OUTSIDE' | 'NOT_PROVEN' {
  if (households.some((region) => region === null)) return 'NOT_PROVEN';
  return households.every((region) => region!.startsWith(pack.provinceCode)) ? 'IN_PROVINCE' : 'OUTSIDE';
}

/**
 * Every rule decision explains itself (DOMAIN.md, product additions): which pack, which rule and,
 * when refused, a message key with its parameters that the reader's language turns into words.
 */
export type RuleDecision =
  | { allowed: true; pack: string; rule: string; /** GD-22: allowed, but the review may take the pack's extra working days. */ extendedReview?: boolean }
  | ({ allowed: false } & RefusedDecision);

const allow = (pack: RulePack, rule: string): RuleDecision => ({ allowed: true, pack: pack.code, rule });
/** Allowed because the pack has no such rule: nothing to cite. */
const noRule = (pack: RulePack): RuleDecision => allow(pack, '');
const refuse = (pack: RulePack, rule: string, reasonKey: MessageKey, params: MessageParams = {}): RuleDecision => ({
  allowed: false,
  pack: pack.code,
  rule,
  reasonKey,
  params,
});

/** Whole days between two calendar dates (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Age in whole years on a day, from the birth date in a resident ID number. */
export function ageOn(idNumber: string, date: string): number {
  const birth = residentIdBirthDate(idNumber);
  let age = Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
  if (date.slice(5) < birth.slice(5)) age--;
  return age;
}

/** YN-38 (and each pack's date): a pack applies from its effective day. */
export function checkEffective(pack: RulePack, date: string): RuleDecision {
  const rule = pack.effectiveRule ?? '';
  return date >= pack.effectiveFrom ? allow(pack, rule) : refuse(pack, rule, 'rule.notYetEffective', { packName: pack.name, from: pack.effectiveFrom });
}

/** YN-3: foreign or stateless subjects are outside the YN pack. */
export function checkSubjectScope(pack: RulePack, subject: { foreign: boolean }): RuleDecision {
  const foreign = pack.scope.excludesForeignSubjects;
  if (!foreign) return noRule(pack);
  return subject.foreign ? refuse(pack, foreign.rule, 'rule.foreignSubject') : allow(pack, foreign.rule);
}

/**
 * SX-1: families whose household (户籍) is proven to be in the province only; a visitor whose
 * household was not proven is refused with what to bring.
 */
export function checkHousehold(pack: RulePack, households: ProvenHousehold[]): RuleDecision {
  const household = pack.scope.familiesRegisteredInProvinceOnly;
  if (!household) return noRule(pack);
  const standing = householdStanding(pack, households);
  if (standing === 'NOT_PROVEN') return refuse(pack, household.rule, 'rule.householdNotProven');
  if (standing === 'OUTSIDE') return refuse(pack, household.rule, 'rule.householdOutsideProvince');
  return allow(pack, household.rule);
}

/**
 * YN-6: a family applies at the bureau or judicial office of its household or residence; a family
 * from outside the province, or whose household is not proven, applies at a county bureau of the
 * province, not at a judicial office.
 */
export function checkVenue(pack: RulePack, venueKind: string, households: ProvenHousehold[]): RuleDecision {
  const rule = pack.scope.outOfProvinceFamiliesAtCountyBureau?.rule;
  if (!rule) return noRule(pack);
  const standing = householdStanding(pack, households);
  if (standing !== 'IN_PROVINCE' && venueKind === 'JUDICIAL_OFFICE')
    return refuse(pack, rule, standing === 'NOT_PROVEN' ? 'rule.householdNotProvenAtCountyBureau' : 'rule.outOfProvinceAtCountyBureau');
  return allow(pack, rule);
}

/**
 * Visitors per meeting. SX-5(4): children aged 14 or under (GD-43: "以下" includes 14) are not
 * counted but must come with an adult guardian.
 */
export function checkVisitors(pack: RulePack, visitors: { idNumber: string }[], meetingDate: string): RuleDecision {
  const childAge = pack.limits.uncountedChildMaxAge;
  const ages = visitors.map((visitor) => ageOn(visitor.idNumber, meetingDate));
  const children = childAge === undefined ? 0 : ages.filter((age) => age <= childAge).length;
  const counted = visitors.length - children;
  const rule = pack.limits.visitorsPerMeetingRule;
  if (childAge !== undefined && children > 0 && counted === 0) return refuse(pack, rule, 'rule.childNeedsGuardian', { age: childAge });
  if (counted <= pack.limits.visitorsPerMeeting) return allow(pack, rule);
  // GD-22: an oversize request is not refused; its review may take longer.
  const institutionStage = pack.review.stages.find((stage) => stage.actor === 'INSTITUTION');
  if (pack.review.extensionWorkingDays > 0 && institutionStage) return { allowed: true, pack: pack.code, rule: institutionStage.rule, extendedReview: true };
  return childAge === undefined
    ? refuse(pack, rule, 'rule.tooManyVisitors', { max: pack.limits.visitorsPerMeeting })
    : refuse(pack, rule, 'rule.tooManyVisitorsChildrenUncounted', { max: pack.limits.visitorsPerMeeting, age: childAge });
}

/** SX-2: apply at least N days before the meeting day. */
export function checkApplyAhead(pack: RulePack, today: string, meetingDate: string): RuleDecision {
  const ahead = pack.limits.applyAheadDays;
  if (ahead === undefined) return noRule(pack);
  if (daysBetween(today, meetingDate) < ahead) return refuse(pack, 'SX-2', 'rule.applyAhead', { days: ahead });
  return allow(pack, 'SX-2');
}

/** YN-14: applications are accepted on working days. */
export function checkApplicationDay(pack: RulePack, calendar: WorkingCalendar, today: string): RuleDecision {
  if (!pack.limits.applicationsOnWorkingDaysOnly) return noRule(pack);
  if (!calendar.isWorkingDay(today)) return refuse(pack, 'YN-14', 'rule.applicationsOnWorkingDays');
  return allow(pack, 'YN-14');
}

/** GD-11 / YN-14 / SX-3: meetings per subject per month, remote and on-site together; SX lenient level gets 2. */
export function monthlyAllowance(pack: RulePack, treatmentLevel: 'LENIENT' | 'ORDINARY' | 'STRICT' = 'ORDINARY'): number {
  return pack.limits.meetingsPerMonthByLevel?.[treatmentLevel] ?? pack.limits.meetingsPerMonth;
}

/** SX-5: relatives allowed for the subject's crime category. */
export function checkRelation(pack: RulePack, crimeCategory: string, relation: string): RuleDecision {
  const scope = pack.relativeScope;
  if (!scope) return noRule(pack);
  const allowed = scope.restrictedCategories.includes(crimeCategory) ? scope.restricted : scope.default;
  return allowed.includes(relation) ? allow(pack, scope.rule) : refuse(pack, scope.rule, 'rule.relativeOutOfScope');
}

export interface RelationshipEvidence {
  /** Who registers: staff of the subject's institution, or of a county bureau / judicial office. */
  registrar: 'INSTITUTION' | 'BUREAU';
  proofKind: string;
  realPersonChecked: boolean;
  hasPhoto: boolean;
}

/**
 * GD-17 / YN-8(1) / SX-3(2): who may register a relationship and with what: the pack names the
 * registrar (GD the institution, YN and SX the bureau), YN-35 / SX-6 the valid proofs, YN the
 * real-person check and SX a recent photo. YN-35 ¶2: the institution may instead check the
 * visitor's ID against the relatives on the inmate's admission register.
 */
export function checkRelationshipRegistration(pack: RulePack, evidence: RelationshipEvidence): RuleDecision {
  const check = pack.relationshipCheck;
  const proofs = pack.relationshipProofs;
  const institutionCheck = proofs.institutionCheck;
  if (institutionCheck && evidence.proofKind === institutionCheck.kind)
    return evidence.registrar === 'INSTITUTION'
      ? allow(pack, institutionCheck.rule)
      : refuse(pack, institutionCheck.rule, 'rule.admissionRegisterAtInstitution');
  if (evidence.registrar !== check.by) return refuse(pack, check.rule, check.by === 'INSTITUTION' ? 'rule.registrarIsInstitution' : 'rule.registrarIsBureau');
  if (!(proofs.kinds as string[]).includes(evidence.proofKind)) return refuse(pack, proofs.rule, 'rule.invalidProof');
  if (check.realPersonCheck && !evidence.realPersonChecked) return refuse(pack, check.rule, 'rule.realPersonCheckNeeded');
  if (check.photo && !evidence.hasPhoto) return refuse(pack, check.rule, 'rule.photoNeeded');
  return allow(pack, check.rule);
}

/** GD-17 / YN-8(1): later applications need only ID, once the relationship is registered as claimed. */
export function checkRegisteredRelationship(pack: RulePack, registered: string | null, claimed: string): RuleDecision {
  const rule = pack.relationshipCheck.rule;
  if (registered === null)
    return refuse(pack, rule, pack.relationshipCheck.by === 'INSTITUTION' ? 'rule.registerAtInstitutionFirst' : 'rule.registerAtBureauFirst');
  if (registered !== claimed) return refuse(pack, rule, 'rule.relationDiffers');
  return allow(pack, rule);
}

export interface Preparation {
  equipmentChecked: boolean;
  rulesBriefed: boolean;
  devicesDeposited: boolean;
}

/** YN-12 equipment checked and visitors briefed; YN-19 phones and recorders deposited: what is still missing. */
export function checkPreparation(pack: RulePack, done: Preparation | null): RuleDecision {
  const needed = pack.preparation;
  if (!needed) return allow(pack, 'YN-12');
  if (needed.equipmentCheck && !done?.equipmentChecked) return refuse(pack, 'YN-12', 'rule.checkEquipment');
  if (needed.rulesBriefing && !done?.rulesBriefed) return refuse(pack, 'YN-12', 'rule.briefVisitors');
  if (needed.devicesDeposited && !done?.devicesDeposited) return refuse(pack, 'YN-19', 'rule.depositDevices');
  return allow(pack, 'YN-12');
}

/** YN-8(3): an approval names the meeting's time (HH:MM, China Standard Time) where the pack says so. */
export function checkMeetingTime(pack: RulePack, time: string | null | undefined): RuleDecision {
  if (time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return refuse(pack, 'YN-8(3)', 'rule.meetingTimeFormat');
  if (pack.review.approvalCarriesTime && !time) return refuse(pack, 'YN-8(3)', 'rule.approvalNeedsTime');
  return allow(pack, 'YN-8(3)');
}

/**
 * YN-10: visitors arrive at least N minutes before the meeting's time; later is forfeited.
 * `now` is China Standard Time as YYYY-MM-DDTHH:MM.
 */
export function checkArrival(pack: RulePack, meetingDate: string, meetingTime: string | null, now: string): RuleDecision {
  const early = pack.limits.arriveEarlyMinutes;
  if (early === undefined || !meetingTime) return allow(pack, 'YN-10');
  const [hours, minutes] = meetingTime.split(':').map(Number);
  const latest = hours * 60 + minutes - early;
  const latestText = `${String(Math.floor(latest / 60)).padStart(2, '0')}:${String(latest % 60).padStart(2, '0')}`;
  if (now > `${meetingDate}T${latestText}`) return refuse(pack, 'YN-10', 'rule.arrivedLate', { latest: latestText });
  return allow(pack, 'YN-10');
}

/** GD-13 service days are, in principle, working days; SX-2 holidays are closed; YN closes no day. */
export function checkServiceDay(pack: RulePack, calendar: WorkingCalendar, date: string): RuleDecision {
  const closed = pack.slots.closedDays;
  if (!closed) return noRule(pack);
  if (closed.closed === 'NON_WORKING_DAYS' && !calendar.isWorkingDay(date)) return refuse(pack, closed.rule, 'rule.notAWorkingDay', { date });
  if (closed.closed === 'HOLIDAYS' && calendar.isHoliday(date)) return refuse(pack, closed.rule, 'rule.holidayClosed', { date });
  return allow(pack, closed.rule);
}

/** SX-2: a ward meets only on its days of the month. */
export function checkWardDay(pack: RulePack, wardDays: Record<number, number[]> | undefined, ward: number, date: string): RuleDecision {
  if (!wardDays) return allow(pack, 'SX-2');
  const days = wardDays[ward] ?? [];
  return days.includes(Number(date.slice(8, 10))) ? allow(pack, 'SX-2') : refuse(pack, 'SX-2', 'rule.wardDays', { days: days.join('、') });
}

export interface PublicationCheck {
  /** GD-13: fixed by the 5th of the month before; null when the pack sets no deadline. */
  late: RuleDecision | null;
  /** GD-14: the month's total at least the unit's minimum; null when the pack sets no minimum. */
  belowMinimum: RuleDecision | null;
  /** The unit's minimum, when the pack has one. */
  minimum: number | null;
}

/**
 * GD-13 / GD-14: next month's service days, published by a unit of a kind. "每月5日前" is read
 * as "by the 5th", the 5th included (product: the usual reading of 日前 in administrative
 * deadlines). A pack without these rules (YN, SX) has no such check and nothing is flagged.
 */
export function checkPublication(
  pack: RulePack,
  today: string,
  month: string,
  unit: 'institution' | 'countyBureau' | 'judicialOffice',
  monthTotal: number,
): PublicationCheck {
  const { publishBeforeDay, monthlyMinimum } = pack.slots;
  const deadline = publishBeforeDay ? `${addMonthsClamped(`${month}-01`, -1).slice(0, 7)}-${String(publishBeforeDay.day).padStart(2, '0')}` : null;
  const minimum = monthlyMinimum ? monthlyMinimum[unit] : null;
  return {
    late:
      !publishBeforeDay || !deadline
        ? null
        : today <= deadline
          ? allow(pack, publishBeforeDay.rule)
          : refuse(pack, publishBeforeDay.rule, 'rule.publicationLate', { month, deadline }),
    belowMinimum:
      !monthlyMinimum || minimum === null
        ? null
        : monthTotal >= minimum
          ? allow(pack, monthlyMinimum.rule)
          : refuse(pack, monthlyMinimum.rule, 'rule.belowMinimum', { minimum, total: monthTotal }),
    minimum,
  };
}

export interface InmateStatus {
  underInvestigation: boolean;
  isolationReview: boolean;
  inTraining: boolean;
  inConfinement: boolean;
  separateCustody: boolean;
  admonished: boolean;
  treatmentLevel: 'LENIENT' | 'ORDINARY' | 'STRICT';
  /** Dates (YYYY-MM-DD) of disciplinary records. */
  lastWarningOrDemerit: string | null;
  lastConfinementPunishment: string | null;
  seriousViolationInvestigationOn: string | null;
}

export interface EligibilityFinding {
  reason: RejectionReason;
  /** What was found, as a catalogue key and its parameters (translated where it is shown). */
  detailKey: MessageKey;
  params: MessageParams;
}

/**
 * YN-15(4): "within N months of a punishment" on the meeting day: the punishment falls after the day
 * N calendar months before the meeting day (clamped to the month's end: one month before 31 March
 * is 28 or 29 February, never 3 March).
 */
function withinMonthsBefore(meetingDate: string, months: number, punishedOn: string | null): boolean {
  return !!punishedOn && punishedOn <= meetingDate && punishedOn > addMonthsClamped(meetingDate, -months);
}

/**
 * GD-24 / YN-15 / SX-9: why an inmate must not be given the meeting on `meetingDate`, checked from
 * the custody status the prison keeps; only the reasons the pack lists are considered. Periods
 * (YN-15(4)) are counted back from the meeting day, and YN-15(5) speaks of the meeting day itself.
 */
export function inmateEligibility(pack: RulePack, status: InmateStatus, meetingDate: string): EligibilityFinding[] {
  const reasons = new Map(pack.rejectionReasons.inmate.map((reason) => [reason.code, reason]));
  const findings: EligibilityFinding[] = [];
  const find = (code: string, when: boolean, detailKey: MessageKey, params: MessageParams = {}) => {
    const reason = reasons.get(code);
    if (reason && when) findings.push({ reason, detailKey, params });
  };
  find('UNDER_INVESTIGATION', status.underInvestigation, 'eligibility.underInvestigation');
  find('ISOLATION_REVIEW', status.isolationReview, 'eligibility.isolationReview');
  find('TRAINING', status.inTraining, 'eligibility.inTraining');
  find('CONFINEMENT', status.inConfinement, 'eligibility.inConfinement');
  find('SEPARATE_CUSTODY', status.separateCustody, 'eligibility.separateCustody');
  find('ADMONITION', status.admonished, 'eligibility.admonished');
  find('STRICT_LEVEL', status.treatmentLevel === 'STRICT', 'eligibility.strictLevel');
  find('RECENT_WARNING', withinMonthsBefore(meetingDate, 1, status.lastWarningOrDemerit), 'eligibility.recentWarning', {
    date: status.lastWarningOrDemerit ?? '',
  });
  find('RECENT_CONFINEMENT', withinMonthsBefore(meetingDate, 3, status.lastConfinementPunishment), 'eligibility.recentConfinement', {
    date: status.lastConfinementPunishment ?? '',
  });
  find('SERIOUS_VIOLATION_INVESTIGATION', status.seriousViolationInvestigationOn === meetingDate, 'eligibility.seriousViolationInvestigation');
  return findings;
}

/** GD-25: why a detainee cannot meet. */
export function detaineeEligibility(pack: RulePack, status: { inPhysiologicalDetox: boolean; underRestraint: boolean }): EligibilityFinding[] {
  const reasons = new Map(pack.rejectionReasons.detainee.map((reason) => [reason.code, reason]));
  const findings: EligibilityFinding[] = [];
  if (status.inPhysiologicalDetox) findings.push({ reason: reasons.get('PHYSIOLOGICAL_DETOX')!, detailKey: 'eligibility.physiologicalDetox', params: {} });
  if (status.underRestraint) findings.push({ reason: reasons.get('RESTRAINT')!, detailKey: 'eligibility.restraint', params: {} });
  return findings;
}

/** A rejection reason's words in a language (zh-CN by default): what the GraphQL `label` fields show. */
export function reasonLabel(reason: RejectionReason, locale?: Locale): string {
  return translate(reason.labelKey, {}, locale);
}

/**
 * A rejection as it is stored (issue 14): the pack's reason by its key, the reviewer's note after
 * it, and the rule the reason cites (the applying pack's own, e.g. SX-9, never GD's). No words.
 */
export function rejectionText(
  pack: RulePack,
  about: 'visitor' | 'inmate' | 'detainee',
  code: string | null | undefined,
  note: string | null | undefined,
): KeyedText & { rule: string | null } {
  const listed = pack.rejectionReasons[about].find((candidate) => candidate.code === code);
  const written = note?.trim() || null;
  const rule = listed?.rule ?? null;
  if (!listed) return { ...noteText(written ?? ''), rule };
  return written ? { key: 'decision.withNote', params: { reason: { key: listed.labelKey }, note: written }, rule } : { key: listed.labelKey, params: {}, rule };
}

/** GD-23 / GD-24 / GD-25 / YN-15 / SX-9: a rejection must give one of the pack's reasons. */
export function checkRejectionReason(pack: RulePack, about: 'visitor' | 'inmate' | 'detainee', code: string, text: string | null | undefined): RuleDecision {
  const reason = pack.rejectionReasons[about].find((candidate) => candidate.code === code);
  if (!reason) return refuse(pack, pack.rejectionReasons[about][0]?.rule ?? 'GD-26', 'rule.notAReasonOfPack', { pack: pack.code });
  if (reason.needsText && !text?.trim()) return refuse(pack, reason.rule, 'rule.otherNeedsText');
  return allow(pack, reason.rule);
}

/** A pack's monitoring ground by its code, in the warn or the stop list (null when the pack lists none). */
export function findGround(pack: RulePack, kind: 'warn' | 'stop', code: string | null | undefined): Ground | null {
  const grounds = kind === 'warn' ? pack.monitoring.warnGrounds : pack.monitoring.stopGrounds;
  return grounds.find((candidate) => candidate.code === code) ?? null;
}

/**
 * GD-31 / YN-16 / YN-17 / SX-10: a warning or a stop cites one of the pack's own grounds ("other"
 * with a written reason). YN-16: a ground that is warned first stops only after an earlier warning
 * on the same meeting (`warnedBefore`); a YN-17 ground stops at once.
 */
export function checkGround(pack: RulePack, kind: 'warn' | 'stop', code: string, text: string | null | undefined, warnedBefore = false): RuleDecision {
  const list = kind === 'warn' ? pack.monitoring.warnGrounds : pack.monitoring.stopGrounds;
  const ground = findGround(pack, kind, code);
  if (!ground) return refuse(pack, list[0]!.rule, 'monitoring.notAGround', { pack: pack.code });
  if (ground.needsText && !text?.trim()) return refuse(pack, ground.rule, 'rule.otherNeedsText');
  if (kind === 'stop' && ground.warnFirst && !warnedBefore) return refuse(pack, ground.warnFirst, 'monitoring.warnFirst');
  return allow(pack, ground.rule);
}

export interface StageDeadline {
  actor: ReviewActor;
  /** Null when the pack sets the stage no deadline (SX). */
  due: string | null;
  rule: string;
  calendarMissing: boolean;
}

/**
 * GD-22: decision due 3 working days after submission, +2 when extended. YN-8: four stages of
 * 2 + 2 + 5 + 2 working days, each counted from the end of the one before.
 */
export function reviewDeadlines(pack: RulePack, calendar: WorkingCalendar, submittedOn: string, extended = false): StageDeadline[] {
  let from: string | null = submittedOn;
  return pack.review.stages.map((stage, index) => {
    const due =
      from === null || stage.workingDays === undefined
        ? null
        : calendar.addWorkingDays(from, stage.workingDays + (extended && index === pack.review.stages.length - 1 ? pack.review.extensionWorkingDays : 0));
    from = due?.date ?? null;
    return { actor: stage.actor, due: due?.date ?? null, rule: stage.rule, calendarMissing: due?.calendarMissing ?? false };
  });
}

/**
 * The due day of one stage that starts on `from` (GD-22 +2 applies to the institution's stage when
 * extended); `date` is null when the pack sets the stage no deadline (SX: the queue shows the wait).
 */
export function stageDue(
  pack: RulePack,
  calendar: WorkingCalendar,
  actor: ReviewActor,
  from: string,
  extended = false,
): { date: string | null; calendarMissing: boolean; rule: string } {
  const stage = pack.review.stages.find((candidate) => candidate.actor === actor) ?? pack.review.stages[pack.review.stages.length - 1];
  if (stage.workingDays === undefined) return { date: null, calendarMissing: false, rule: stage.rule };
  const days = stage.workingDays + (extended && stage.actor === 'INSTITUTION' ? pack.review.extensionWorkingDays : 0);
  return { ...calendar.addWorkingDays(from, days), rule: stage.rule };
}

/** YN-9: the due day of a stage of an inmate's own request, starting on `from`. */
export function inmateRequestStageDue(pack: RulePack, calendar: WorkingCalendar, actor: ReviewActor, from: string): WorkingDayResult & { rule: string } {
  const chain = pack.inmateRequest;
  if (!chain) throw new Error(`the ${pack.code} pack has no inmate requests`);
  const stage = chain.stages.find((candidate) => candidate.actor === actor) ?? chain.stages[chain.stages.length - 1];
  return { ...calendar.addWorkingDays(from, stage.workingDays ?? 0), rule: stage.rule };
}

/** The pack's own rule that rules out a way another pack provides; '' (no rule cited) when none of its rules speaks to it. */
function ruledOutBy(pack: RulePack, way: keyof NonNullable<RulePack['ruledOut']>): string {
  return pack.ruledOut?.[way] ?? '';
}

/** YN-9: inmates may ask for a meeting themselves only where the pack provides for it. */
export function checkInmateRequest(pack: RulePack): RuleDecision {
  return pack.inmateRequest
    ? allow(pack, pack.inmateRequest.rule)
    : refuse(pack, ruledOutBy(pack, 'inmateRequests'), 'rule.noInmateRequests', { pack: pack.code });
}

/** YN-8: the stage after this one, or null when the chain is done. */
export function nextStage(pack: RulePack, actor: ReviewActor): ReviewActor | null {
  const index = pack.review.stages.findIndex((stage) => stage.actor === actor);
  return pack.review.stages[index + 1]?.actor ?? null;
}

/** SX-8(3) Mandarin only; YN-23 a foreign, minority or sign language only with a translator present. */
export function checkLanguage(pack: RulePack, language: string, translatorPresent: boolean): RuleDecision {
  if (language === 'MANDARIN') return allow(pack, 'YN-23');
  if (pack.meeting.mandarinOnly) return refuse(pack, 'SX-8(3)', 'rule.mandarinOnly');
  if (pack.meeting.otherLanguageNeedsTranslator && !translatorPresent) return refuse(pack, 'YN-23', 'rule.translatorNeeded');
  return allow(pack, 'YN-23');
}

/**
 * YN-14: in a family emergency the warden alone approves a longer meeting, or one at a
 * non-scheduled time; GD-35 / YN-27(3): only that recorded approval lengthens a meeting, never
 * staff on the spot. A pack without them refuses citing its own rule that rules them out (GD-35;
 * SX-4: its emergency is an extra meeting), never YN-14.
 */
export function checkLongerMeetings(pack: RulePack): RuleDecision {
  const emergency = pack.emergencyMeeting;
  return emergency?.kind === 'LONGER_OR_OFF_SCHEDULE'
    ? allow(pack, emergency.rule)
    : refuse(pack, ruledOutBy(pack, 'meetingExtension'), 'booking.emergency.noLongerMeeting');
}

/**
 * SX-4(2): a family emergency gets an extra meeting in the month, up the pack's chain. A pack
 * without it refuses citing its own rule that rules it out (GD-35; YN-14: a longer meeting instead).
 */
export function checkExtraMeetings(pack: RulePack): RuleDecision {
  const emergency = pack.emergencyMeeting;
  return emergency?.kind === 'EXTRA_MEETING'
    ? allow(pack, emergency.rule)
    : refuse(pack, ruledOutBy(pack, 'extraMeetings'), 'booking.emergency.noExtraMeeting');
}

/** YN-25: at least N staff supervise each side; the sides with fewer are flagged. */
export function understaffedSides(pack: RulePack, staffBySide: Record<'INSTITUTION' | 'VENUE', number>): string[] {
  const needed = pack.meeting.staffPerSide ?? 0;
  return (['INSTITUTION', 'VENUE'] as const).filter((side) => staffBySide[side] < needed);
}

export type SanctionSeverity = 'ordinary' | 'serious' | 'verySerious';

/**
 * SX-8(1): rejecting a visitor for false identity or information also stops the subject's later
 * meetings, for months on the ordinary step of the pack's ladder (SX-10), which the reviewer gives.
 * Returns null when the rejection stops nothing.
 */
export function falseInformationStop(
  pack: RulePack,
  about: 'subject' | 'visitor',
  reasonCode: string | null | undefined,
  months: number | null | undefined,
): RuleDecision | null {
  if (!pack.falseInformation?.stopsSubject || about !== 'visitor' || reasonCode !== 'FALSE_IDENTITY') return null;
  const range = checkSanctionMonths(pack, 'ordinary', months ?? 0);
  return range.allowed
    ? allow(pack, pack.falseInformation.rule)
    : refuse(pack, pack.falseInformation.rule, 'rule.stopMonthsNeeded', { min: pack.sanctions.subject.minMonths, max: pack.sanctions.subject.maxMonths });
}

/**
 * GD-33 / YN-17 / SX-10: a suspension of N months starting on `start` ends on the same day N months
 * later, clamped to the month's end (1 month from 31 January ends 28 or 29 February, never 2 or 3
 * March). Both YYYY-MM-DD; the end day is the last day suspended (checkSuspension).
 */
export function suspensionEndsOn(start: string, months: number): string {
  return addMonthsClamped(start, months);
}

/** GD-33 / YN-17 / SX-10: a suspended subject has no remote meetings until the suspension ends. */
export function checkSuspension(pack: RulePack, suspendedUntil: string | null, rule: string | null, meetingDate: string): RuleDecision {
  const applies = rule ?? pack.sanctions.subject.rule;
  if (suspendedUntil && meetingDate <= suspendedUntil) return refuse(pack, applies, 'rule.subjectSuspended', { until: suspendedUntil });
  return allow(pack, applies);
}

/** GD-33 (3–6 months), YN-17 (1–3), SX-10 (1–3, serious 6, very serious 12): suspension within the pack's range. */
export function checkSanctionMonths(pack: RulePack, severity: SanctionSeverity, months: number): RuleDecision {
  const range = severity === 'ordinary' ? pack.sanctions.subject : pack.sanctions[severity];
  if (!range) return refuse(pack, pack.sanctions.subject.rule, 'rule.noSuchSeverity', { pack: pack.code });
  if (!Number.isInteger(months) || months < range.minMonths || months > range.maxMonths)
    return refuse(pack, range.rule, 'rule.sanctionMonths', { min: range.minMonths, max: range.maxMonths });
  return allow(pack, range.rule);
}
