import type { MessageKey } from '../messages/index.js';
import * as relationWords from '../messages/relations.js';

/**
 * A province's (or institution's) remote-meeting rules as data (DOMAIN.md: rule packs). The
 * evaluation functions in evaluate.ts read these fields; no code asks which province it is.
 * A rule a pack does not have is absent: its check does nothing and cites nothing.
 */
export type ReviewActor = 'JUDICIAL_OFFICE' | 'COUNTY_BUREAU' | 'INSTITUTION' | 'BUREAU_NOTIFY' | 'INMATE_NOTIFY';

export interface ReviewStage {
  /** Who acts at this stage. */
  actor: ReviewActor;
  /**
   * Working days the stage has, counted from the day the previous stage finished; absent when the
   * pack sets no deadline (the SX seed sets none: the queue shows how long a request has waited).
   */
  workingDays?: number;
  /** A first check may only forward (YN-8: the judicial office cannot reject). */
  mayReject: boolean;
  rule: string;
}

export interface RejectionReason {
  code: string;
  /** The words, in the message catalogue (`reason.inmate.CONFINEMENT`). */
  labelKey: MessageKey;
  rule: string;
  /** "Other" needs a written reason. */
  needsText?: boolean;
}

/**
 * Live monitoring (监视监听): a ground staff cite when they warn a meeting or stop it (GD-31, YN-16,
 * YN-17, SX-10). Its words are in the catalogue under `grounds.<pack>.<code>`.
 */
export interface Ground {
  code: string;
  labelKey: MessageKey;
  rule: string;
  /** "Other" needs a written reason. */
  needsText?: boolean;
  /** The rule (YN-16) by which staff warn first and stop only when that fails (a YN-17 ground stops at once). */
  warnFirst?: string;
}

export interface SanctionRange {
  minMonths: number;
  maxMonths: number;
  rule: string;
}

export interface RulePack {
  code: string;
  name: string;
  /**
   * The province's administrative division code (first two digits of its region codes). A
   * household (户籍) is in the province when its proven region code starts with it; an ID number's
   * first digits only say where the number was issued and decide nothing (DOMAIN.md, 户籍).
   */
  provinceCode: string;
  /** YN-38 / GD / CQ: the pack applies from this day (China Standard Time). */
  effectiveFrom: string;
  /** The pack's own article that sets the day (YN-38; GD-45 "自印发之日起施行"); absent when the source names none (SX). */
  effectiveRule?: string;
  limits: {
    /** GD-11 / YN-14 / SX-3: remote and on-site meetings share this monthly allowance. */
    meetingsPerMonth: number;
    /** The pack's own article for the monthly allowance (GD-11, YN-14, SX-3). */
    meetingsPerMonthRule: string;
    /** SX: lenient level (宽管级) gets more. */
    meetingsPerMonthByLevel?: Partial<Record<'LENIENT' | 'ORDINARY' | 'STRICT', number>>;
    minutesPerMeeting: number;
    visitorsPerMeeting: number;
    /** The pack's own article for visitors per meeting (GD-11, YN-14, SX-5 with its uncounted children). */
    visitorsPerMeetingRule: string;
    /** SX-5(4): children of this age or under (GD-43: "以下" includes the number) are not counted. */
    uncountedChildMaxAge?: number;
    /** YN-10: arrive this many minutes early; late forfeits the meeting. */
    arriveEarlyMinutes?: number;
    /** SX-2: apply at least this many days ahead. */
    applyAheadDays?: number;
    /** YN-14: applications are accepted on working days only. */
    applicationsOnWorkingDaysOnly?: boolean;
  };
  slots: {
    /** GD-13: next month's service days are fixed by this day of the month (the YN and SX seeds set none). */
    publishBeforeDay?: { day: number; rule: string };
    /** GD-14: monthly minimum slots per kind of unit (the YN and SX seeds set none). */
    monthlyMinimum?: { institution: number; countyBureau: number; judicialOffice: number; rule: string };
    /**
     * Which days are closed to service: GD-13 non-working days (service days are, in principle,
     * working days); SX-2 holidays ("节假日暂停视频会见"). Absent: the pack closes no day (YN).
     */
    closedDays?: { closed: 'NON_WORKING_DAYS' | 'HOLIDAYS'; rule: string };
  };
  review: {
    stages: ReviewStage[];
    /** GD-22: oversize, overlong or special requests get this many more working days. */
    extensionWorkingDays: number;
    /** YN-8(3): the institution's approval names the meeting's time (YN-10 counts the early arrival from it). */
    approvalCarriesTime?: boolean;
  };
  rejectionReasons: { visitor: RejectionReason[]; inmate: RejectionReason[]; detainee: RejectionReason[] };
  sanctions: { subject: SanctionRange; serious?: SanctionRange; verySerious?: SanctionRange };
  /**
   * YN-35 / SX-6 (GD-17 names the household register and the marriage certificate "等"): the
   * documents that prove a relationship under this pack. YN-35 ¶2: the institution may instead
   * check the visitor's ID against the relatives on the inmate's admission register.
   */
  relationshipProofs: { kinds: RelationshipProof[]; rule: string; institutionCheck?: { kind: RelationshipProof; rule: string } };
  /** SX-5: who counts as a relative, by the subject's crime category. */
  relativeScope?: { default: string[]; restricted: string[]; restrictedCategories: string[]; rule: string };
  /**
   * A family emergency, as each pack reads it; GD-35 / YN-27(3): only an approval recorded in the
   * system adds or lengthens a meeting, nothing else (a pack without the field has no such way).
   * - LONGER_OR_OFF_SCHEDULE (YN-14): a longer meeting, or one at a non-scheduled time, approved by
   *   the warden alone; not an extra meeting in the month (the month's count is untouched).
   * - EXTRA_MEETING (SX-4(2)): one more meeting in the month, up the chain ward → prison
   *   administration section → prison leadership.
   * `steps` are who approves, in order, each a different person (catalogue keys).
   */
  emergencyMeeting?: EmergencyMeeting;
  /**
   * YN-9: an inmate asks the prison for a meeting (Form 1); the prison decides, the family's bureau
   * tells the family and reports its answer, the prison tells the inmate. A later date change goes
   * back to the bureau within `changeNoticeWorkingDays`.
   */
  inmateRequest?: { stages: ReviewStage[]; changeNoticeWorkingDays: number; rule: string };
  /**
   * Ways another pack provides that this one rules out, each with this pack's own rule that rules
   * it out, cited when the way is refused (a rule ID cited is the applying pack's own, never
   * another pack's); absent or null: no rule of the pack speaks to it, and the refusal cites none.
   * - inmateRequests: YN-9's inmate-initiated request, where the pack has the family apply (GD-10, SX-3).
   * - meetingExtension: YN-14's longer meeting, where the pack has none (GD-35; SX-4: an emergency is an extra meeting).
   * - extraMeetings: SX-4(2)'s extra meeting in the month, where the pack has none (GD-35; YN-14: an emergency is a longer meeting).
   */
  ruledOut?: { inmateRequests?: string | null; meetingExtension?: string | null; extraMeetings?: string | null };
  /**
   * YN-12: before the meeting the venue checks its equipment and briefs the visitors on the rules;
   * YN-19: phones and recording devices are deposited before entering.
   */
  preparation?: { equipmentCheck: boolean; rulesBriefing: boolean; devicesDeposited: boolean };
  /**
   * SX-8(1): a visitor who hides or fabricates personal information is refused and the subject's
   * later meetings are stopped, for a period on the pack's sanction ladder (SX-10).
   */
  falseInformation?: { stopsSubject: boolean; rule: string };
  /**
   * The meeting itself: YN-25 staff per side who supervise; SX-8(3) Mandarin only, YN-23 another
   * language only with a translator; YN-14 the warden may lengthen a meeting (GD-35: recorded only).
   */
  /** Live monitoring: the pack's own grounds to warn a meeting and to stop it, each list ending with OTHER. */
  monitoring: { warnGrounds: Ground[]; stopGrounds: Ground[] };
  meeting: {
    staffPerSide?: number;
    mandarinOnly?: boolean;
    otherLanguageNeedsTranslator?: boolean;
    /** Who approves, as a catalogue key (`approver.warden`). */
    extensionApprovedBy?: MessageKey;
  };
  /**
   * The meeting day's consequences (review helper): GD-27 a no-show without reason bars the rest of
   * the month; YN-10 a late arrival forfeits this meeting, nothing more. A pack without either records
   * the no-show and bars nothing.
   */
  meetingDay?: { noShowBarsMonth?: { rule: string }; lateForfeits?: { rule: string } };
  /** GD-30: the pledge each visitor signs before joining (the pack's annex), if the pack has one. */
  pledge?: { title: string; text: string; rule: string };
  /**
   * GD-17 / YN-8(1) / SX-3(2): before a visitor's first application the relationship is proven and
   * registered: at the subject's institution (GD) or checked by the bureau with real-person
   * authentication (YN) or with a recent photo (SX).
   */
  relationshipCheck: { by: 'INSTITUTION' | 'BUREAU'; realPersonCheck: boolean; photo: boolean; rule: string };
  /**
   * GD-5 / YN-7: both relatives in custody in different institutions. GD: the visitor's institution
   * applies and the subject's institution approves; YN: each inmate applies to his or her own prison.
   */
  bothInCustody: {
    reviewedBy: 'RELATIVE_INSTITUTION' | 'OWN_INSTITUTION';
    /** null: the pack's seed is silent (the reading is product, citing no rule). */ rule: string | null;
  };
  /** YN-3 / SX-1: who the pack does not serve. */
  scope: {
    /** YN-3: foreign or stateless subjects are outside the pack. */
    excludesForeignSubjects?: { rule: string };
    /** SX-1: only families whose household (户籍) is proven to be in the province. */
    familiesRegisteredInProvinceOnly?: { rule: string };
    /** YN-6: a family from outside the province applies at a county bureau (which meets them or names an office). */
    outOfProvinceFamiliesAtCountyBureau?: { rule: string };
  };
}

/** Relations (YN-36): spouse, blood (incl. step- and adoptive), in-law; guardians (YN-37). */
export const Relation = {
  SPOUSE: 'SPOUSE',
  PARENT: 'PARENT',
  CHILD: 'CHILD',
  SIBLING: 'SIBLING',
  GRANDPARENT: 'GRANDPARENT',
  GRANDCHILD: 'GRANDCHILD',
  IN_LAW: 'IN_LAW',
  OTHER_RELATIVE: 'OTHER_RELATIVE',
  GUARDIAN: 'GUARDIAN',
} as const;
export type Relation = (typeof Relation)[keyof typeof Relation];

/** Near relatives: whom an inmate names on Form 1 (YN-9) or meets while both are in custody (GD-5 / YN-7). */
export const NEAR_RELATIONS: readonly Relation[] = [
  Relation.SPOUSE,
  Relation.PARENT,
  Relation.CHILD,
  Relation.SIBLING,
  Relation.GRANDPARENT,
  Relation.GRANDCHILD,
];

/** How a relation is written on a printed form (zh-CN; the catalogue's `relations.*`, which the portals show too). */
export const RELATION_LABELS: Record<Relation, string> = relationWords.zhCN.relations;

/**
 * Documents that prove a relationship (YN-35, SX-6; GD-17 names the household register and the
 * marriage certificate). Identity documents alone prove who someone is, not the relationship.
 */
export const RelationshipProof = {
  HOUSEHOLD_REGISTER: 'HOUSEHOLD_REGISTER',
  MARRIAGE_CERTIFICATE: 'MARRIAGE_CERTIFICATE',
  BIRTH_CERTIFICATE: 'BIRTH_CERTIFICATE',
  NOTARIAL_DEED: 'NOTARIAL_DEED',
  PATERNITY_TEST: 'PATERNITY_TEST',
  POLICE_CERTIFICATE: 'POLICE_CERTIFICATE',
  ARMY_CERTIFICATE: 'ARMY_CERTIFICATE',
  JUDICIAL_CERTIFICATE: 'JUDICIAL_CERTIFICATE',
  COMMITTEE_CERTIFICATE: 'COMMITTEE_CERTIFICATE',
  JUDGMENT: 'JUDGMENT',
  GUARDIANSHIP_CERTIFICATE: 'GUARDIANSHIP_CERTIFICATE',
  /** YN-35: a certificate of the inmate's former employer (罪犯原单位出具的证明). */
  EMPLOYER_CERTIFICATE: 'EMPLOYER_CERTIFICATE',
  /** YN-35: the inmate's work file (罪犯工作档案记载). */
  WORK_FILE: 'WORK_FILE',
  /** YN-35: a tombstone inscription (墓碑铭文). */
  TOMBSTONE_INSCRIPTION: 'TOMBSTONE_INSCRIPTION',
  /** YN-35 ¶2: the institution checked the visitor's ID against the inmate's admission register (入监登记表). */
  ADMISSION_REGISTER: 'ADMISSION_REGISTER',
} as const;
export type RelationshipProof = (typeof RelationshipProof)[keyof typeof RelationshipProof];

/**
 * 户籍 (SX-1, YN-6): where a person is registered now, proven by the household register (户口簿)
 * or a residence permit (居住证) seen by staff; a declaration proves nothing.
 */
export const HouseholdProof = {
  HOUSEHOLD_REGISTER: 'HOUSEHOLD_REGISTER',
  RESIDENCE_PERMIT: 'RESIDENCE_PERMIT',
} as const;
export type HouseholdProof = (typeof HouseholdProof)[keyof typeof HouseholdProof];

/**
 * GD-4: why a bureau puts an application first: a reward for good behaviour; old, young or infirm
 * family members; a family from far away; a special case. GD-39 / YN-18: a reschedule after a
 * suspension or an interrupted meeting goes first too.
 */
export const PriorityCategory = {
  REWARD: 'REWARD',
  VULNERABLE_FAMILY: 'VULNERABLE_FAMILY',
  DISTANT_FAMILY: 'DISTANT_FAMILY',
  SPECIAL: 'SPECIAL',
  RESCHEDULE: 'RESCHEDULE',
} as const;
export type PriorityCategory = (typeof PriorityCategory)[keyof typeof PriorityCategory];

/** See RulePack.emergencyMeeting. */
export type EmergencyMeeting =
  | { kind: 'EXTRA_MEETING'; steps: string[]; rule: string }
  | { kind: 'LONGER_OR_OFF_SCHEDULE'; steps: string[]; rule: string; /** YN-14: at most this many minutes added. */ maxExtraMinutes: number };
