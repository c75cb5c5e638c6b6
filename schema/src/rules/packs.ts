import type { MessageKey } from '../messages/index.js';
import { Relation, RelationshipProof, type Ground, type RejectionReason, type RulePack } from './rule-pack.js';

type About = 'visitor' | 'inmate' | 'detainee';

/** A pack's rejection reason; its words are in the catalogue under `reason.<about>.<code>`. */
function reason(about: About, code: string, rule: string, needsText = false): RejectionReason {
  return { code, labelKey: `reason.${about}.${code}` as MessageKey, rule, ...(needsText ? { needsText } : {}) };
}

/**
 * Reasons to refuse a visitor, one list for every pack, each citing the applying pack's own rule:
 * GD-23; YN-8 (the bureau and the prison refuse giving the reason, YN-8(3)); SX-8(1) (false
 * information or not meeting the rules: 不批准会见).
 */
const visitorReasons = (rule: string): RejectionReason[] => [
  reason('visitor', 'FALSE_IDENTITY', rule),
  reason('visitor', 'MENTAL_ILLNESS', rule),
  reason('visitor', 'INVOLVED_IN_CASE', rule),
  reason('visitor', 'OTHER', rule, true),
];

/** GD-25; a pack whose seed has no detox centres (YN, SX) cites no rule ('') rather than GD's. */
const detaineeReasons = (rule: string): RejectionReason[] => [
  reason('detainee', 'PHYSIOLOGICAL_DETOX', rule),
  reason('detainee', 'RESTRAINT', rule),
  reason('detainee', 'OTHER', rule, true),
];

const gdInmateReasons: RejectionReason[] = [
  reason('inmate', 'UNDER_INVESTIGATION', 'GD-24'),
  reason('inmate', 'ISOLATION_REVIEW', 'GD-24'),
  reason('inmate', 'TRAINING', 'GD-24'),
  reason('inmate', 'CONFINEMENT', 'GD-24'),
  reason('inmate', 'OTHER', 'GD-24', true),
];

/** A pack's monitoring ground; its words are in the catalogue under `grounds.<pack>.<code>`. */
function ground(pack: string, code: string, rule: string, extra: { needsText?: boolean; warnFirst?: string } = {}): Ground {
  return { code, labelKey: `grounds.${pack}.${code}` as MessageKey, rule, ...extra };
}

/** GD-31: staff warn for each listed case; in a serious case they stop the meeting at once (GD-31, GD-32). */
const gdGrounds: Ground[] = [
  ground('GD', 'CODED_OR_FOREIGN_LANGUAGE', 'GD-31'),
  ground('GD', 'HARMFUL_TOPICS', 'GD-31'),
  ground('GD', 'PHONE_OR_RECORDING', 'GD-31'),
  ground('GD', 'OTHER', 'GD-31', { needsText: true }),
];

/** YN-16 (with YN-20's supervision and YN-22's forbidden topics): staff dissuade first, then stop. */
const ynWarnGrounds: Ground[] = [
  ground('YN', 'DEVICES_OR_BANNED_ITEMS', 'YN-16', { warnFirst: 'YN-16' }),
  ground('YN', 'REFUSES_SUPERVISION', 'YN-20', { warnFirst: 'YN-16' }),
  ground('YN', 'CODED_LANGUAGE_OR_GESTURES', 'YN-16', { warnFirst: 'YN-16' }),
  ground('YN', 'POLICE_PRIVATE_INFO', 'YN-16', { warnFirst: 'YN-16' }),
  ground('YN', 'DISCUSSES_CASE', 'YN-22', { warnFirst: 'YN-16' }),
  ground('YN', 'AGAINST_REFORM', 'YN-22', { warnFirst: 'YN-16' }),
  ground('YN', 'ENDANGERS_CUSTODY', 'YN-22', { warnFirst: 'YN-16' }),
  ground('YN', 'DISORDER', 'YN-16', { warnFirst: 'YN-16' }),
  ground('YN', 'OTHER', 'YN-16', { needsText: true }),
];

/** YN-17: these stop the meeting at once. */
const ynStopAtOnce: Ground[] = [
  ground('YN', 'SUBJECT_REFUSES', 'YN-17'),
  ground('YN', 'FALSE_IDENTITY', 'YN-17'),
  ground('YN', 'ABNORMAL_BEHAVIOUR', 'YN-17'),
  ground('YN', 'DISOBEYS_STAFF', 'YN-17'),
  ground('YN', 'SECURITY_DETAILS', 'YN-17'),
  ground('YN', 'SEEKING_FAVOURS', 'YN-17'),
  ground('YN', 'CASE_COLLUSION', 'YN-17'),
  ground('YN', 'DEFAMATION', 'YN-17'),
  ground('YN', 'OTHER', 'YN-17', { needsText: true }),
];

/** SX-10: the listening officer stops the meeting at once (SX-8(3): Mandarin only, so coded language ends it). */
const sxStopGrounds: Ground[] = [
  ground('SX', 'CONTRABAND_INFO', 'SX-10'),
  ground('SX', 'DISORDER', 'SX-10'),
  ground('SX', 'PHONE_OR_RECORDING', 'SX-10'),
  ground('SX', 'GESTURES', 'SX-10'),
  ground('SX', 'CODED_LANGUAGE', 'SX-8(3)'),
  ground('SX', 'TRANSFERS_OR_FAVOURS', 'SX-10'),
  ground('SX', 'NEGATIVE_IDEAS', 'SX-10'),
  ground('SX', 'CASE_DETAILS', 'SX-10'),
  ground('SX', 'PRISON_SECURITY', 'SX-10'),
  ground('SX', 'OTHER', 'SX-10', { needsText: true }),
];

/** GD-17 "居民户口簿或者结婚证等": the common documents (the Guangdong prison bureau's list). */
const COMMON_PROOFS: RelationshipProof[] = [
  RelationshipProof.HOUSEHOLD_REGISTER,
  RelationshipProof.MARRIAGE_CERTIFICATE,
  RelationshipProof.BIRTH_CERTIFICATE,
  RelationshipProof.NOTARIAL_DEED,
  RelationshipProof.PATERNITY_TEST,
  RelationshipProof.POLICE_CERTIFICATE,
  RelationshipProof.ARMY_CERTIFICATE,
  RelationshipProof.JUDICIAL_CERTIFICATE,
  RelationshipProof.COMMITTEE_CERTIFICATE,
  RelationshipProof.JUDGMENT,
  RelationshipProof.GUARDIANSHIP_CERTIFICATE,
];

const FAMILY = [
  Relation.SPOUSE,
  Relation.PARENT,
  Relation.CHILD,
  Relation.SIBLING,
  Relation.GRANDPARENT,
  Relation.GRANDCHILD,
  Relation.IN_LAW,
  Relation.OTHER_RELATIVE,
  Relation.GUARDIAN,
];

/** Guangdong (GD seed, 2017): one stage at the institution, 3 working days (+2). */
export const GD: RulePack = {
  code: 'GD',
  name: '广东省远程视频会见规定',
  provinceCode: '44',
  effectiveFrom: '2017-12-28',
  effectiveRule: 'GD-45',
  limits: { meetingsPerMonth: 1, meetingsPerMonthRule: 'GD-11', minutesPerMeeting: 25, visitorsPerMeeting: 3, visitorsPerMeetingRule: 'GD-11' },
  slots: {
    publishBeforeDay: { day: 5, rule: 'GD-13' },
    monthlyMinimum: { institution: 240, countyBureau: 80, judicialOffice: 20, rule: 'GD-14' },
    closedDays: { closed: 'NON_WORKING_DAYS', rule: 'GD-13' },
  },
  review: {
    stages: [{ actor: 'INSTITUTION', workingDays: 3, mayReject: true, rule: 'GD-22' }],
    extensionWorkingDays: 2,
  },
  rejectionReasons: { visitor: visitorReasons('GD-23'), inmate: gdInmateReasons, detainee: detaineeReasons('GD-25') },
  sanctions: { subject: { minMonths: 3, maxMonths: 6, rule: 'GD-33' } },
  relationshipCheck: { by: 'INSTITUTION', realPersonCheck: false, photo: false, rule: 'GD-17' },
  relationshipProofs: { kinds: COMMON_PROOFS, rule: 'GD-17' },
  monitoring: { warnGrounds: gdGrounds, stopGrounds: gdGrounds },
  meeting: {},
  meetingDay: { noShowBarsMonth: { rule: 'GD-27' } },
  bothInCustody: { reviewedBy: 'RELATIVE_INSTITUTION', rule: 'GD-5' },
  // GD-10: the visitor applies (no inmate-initiated requests); GD-35: staff never add or lengthen a meeting, and GD has no approval that does.
  ruledOut: { inmateRequests: 'GD-10', meetingExtension: 'GD-35', extraMeetings: 'GD-35' },
  scope: {},
  pledge: {
    title: '广东司法行政远程帮教探视系统会见人承诺书',
    rule: 'GD-30',
    text: [
      '远程会见是广东司法行政系统实施亲情帮教、提高改造戒治质量的有力举措，是一项便民、惠民的实事工程。本会见人郑重承诺：',
      '一、严格遵守《广东司法行政远程会见管理办法（试行）》和其它有关会见的管理规定；',
      '二、举止文明，不大声喧哗，听从工作人员安排；',
      '三、不无理取闹、扰乱正常秩序或辱骂威胁工作人员；',
      '四、不未经允许擅自进入会见室；',
      '五、不谈论有碍服刑人员改造、戒毒人员戒治或涉及监狱、戒毒单位保密的内容；',
      '六、不未经批准使用手机等移动通讯设备，或使用摄像录音设备进行录音、录像、照相；',
      '七、充分发挥亲情感化作用，教育、引导亲属积极改造（戒治）；',
      '八、会见过程中保持平和心态，出现身体不适或者其它重大变故的，本人愿意承担一切后果和责任。',
      '（承诺书一式二份，会见人、司法局各持一份；会见人超过一人的，分别签名或由会见申请人代签）',
    ].join('\n'),
  },
};

/** Yunnan (YN seed, 2023): four stages 2 + 2 + 5 + 2 working days. */
export const YN: RulePack = {
  code: 'YN',
  name: '云南省远程视频会见规定',
  provinceCode: '53',
  effectiveFrom: '2023-05-04',
  effectiveRule: 'YN-38',
  limits: {
    meetingsPerMonth: 1,
    meetingsPerMonthRule: 'YN-14',
    minutesPerMeeting: 30,
    visitorsPerMeeting: 3,
    visitorsPerMeetingRule: 'YN-14',
    arriveEarlyMinutes: 30,
    applicationsOnWorkingDaysOnly: true,
  },
  // The YN seed sets no publication deadline, no minimums and no closed days for service (YN-14 is about applications).
  slots: {},
  review: {
    stages: [
      { actor: 'JUDICIAL_OFFICE', workingDays: 2, mayReject: false, rule: 'YN-8' },
      { actor: 'COUNTY_BUREAU', workingDays: 2, mayReject: true, rule: 'YN-8' },
      { actor: 'INSTITUTION', workingDays: 5, mayReject: true, rule: 'YN-8' },
      { actor: 'BUREAU_NOTIFY', workingDays: 2, mayReject: false, rule: 'YN-8' },
    ],
    extensionWorkingDays: 0,
    approvalCarriesTime: true,
  },
  emergencyMeeting: { kind: 'LONGER_OR_OFF_SCHEDULE', steps: ['booking.emergency.step.warden'], rule: 'YN-14', maxExtraMinutes: 60 },
  preparation: { equipmentCheck: true, rulesBriefing: true, devicesDeposited: true },
  // YN-14: a family emergency is a longer or off-schedule meeting, never an extra one in the month.
  ruledOut: { extraMeetings: 'YN-14' },
  inmateRequest: {
    stages: [
      { actor: 'INSTITUTION', workingDays: 5, mayReject: true, rule: 'YN-9' },
      { actor: 'BUREAU_NOTIFY', workingDays: 2, mayReject: false, rule: 'YN-9' },
      { actor: 'INMATE_NOTIFY', workingDays: 2, mayReject: false, rule: 'YN-9' },
    ],
    changeNoticeWorkingDays: 2,
    rule: 'YN-9',
  },
  rejectionReasons: {
    visitor: visitorReasons('YN-8'),
    inmate: [
      ...gdInmateReasons.filter((candidate) => candidate.code !== 'OTHER').map((candidate) => ({ ...candidate, rule: 'YN-15' })),
      reason('inmate', 'RECENT_WARNING', 'YN-15'),
      reason('inmate', 'RECENT_CONFINEMENT', 'YN-15'),
      reason('inmate', 'SERIOUS_VIOLATION_INVESTIGATION', 'YN-15'),
      reason('inmate', 'OTHER', 'YN-15', true),
    ],
    detainee: detaineeReasons(''),
  },
  sanctions: { subject: { minMonths: 1, maxMonths: 3, rule: 'YN-17' } },
  relationshipCheck: { by: 'BUREAU', realPersonCheck: true, photo: false, rule: 'YN-8(1)' },
  relationshipProofs: {
    // YN-35: the common documents and the inmate's former employer's certificate, work file, tombstone inscription.
    kinds: [...COMMON_PROOFS, RelationshipProof.EMPLOYER_CERTIFICATE, RelationshipProof.WORK_FILE, RelationshipProof.TOMBSTONE_INSCRIPTION],
    rule: 'YN-35',
    // YN-35 ¶2: the prison may instead check the visitor's ID against the inmate's admission register.
    institutionCheck: { kind: RelationshipProof.ADMISSION_REGISTER, rule: 'YN-35' },
  },
  // A YN-16 ground stops only after a warning; a YN-17 ground stops at once.
  monitoring: { warnGrounds: ynWarnGrounds, stopGrounds: [...ynWarnGrounds.filter((g) => g.code !== 'OTHER'), ...ynStopAtOnce] },
  meeting: { staffPerSide: 2, otherLanguageNeedsTranslator: true, extensionApprovedBy: 'approver.warden' },
  meetingDay: { lateForfeits: { rule: 'YN-10' } },
  bothInCustody: { reviewedBy: 'OWN_INSTITUTION', rule: 'YN-7' },
  scope: { excludesForeignSubjects: { rule: 'YN-3' }, outOfProvinceFamiliesAtCountyBureau: { rule: 'YN-6' } },
};

/** Shanxi Yongji prison (SX seed, 2026): ward days, treatment levels, relative scope. */
export const SX: RulePack = {
  code: 'SX',
  name: '山西省永济监狱远程视频会见须知',
  provinceCode: '14',
  effectiveFrom: '2026-01-01',
  limits: {
    meetingsPerMonth: 1,
    meetingsPerMonthRule: 'SX-3',
    meetingsPerMonthByLevel: { LENIENT: 2 },
    minutesPerMeeting: 30,
    visitorsPerMeeting: 3,
    visitorsPerMeetingRule: 'SX-5',
    uncountedChildMaxAge: 14,
    applyAheadDays: 10,
  },
  // The SX seed sets no publication deadline and no minimums; SX-2 "节假日暂停视频会见": holidays are closed.
  slots: { closedDays: { closed: 'HOLIDAYS', rule: 'SX-2' } },
  // SX-3(2) the prison approves; the seed sets no deadline, so the queue shows how long a request has waited.
  review: { stages: [{ actor: 'INSTITUTION', mayReject: true, rule: 'SX-3(2)' }], extensionWorkingDays: 0 },
  emergencyMeeting: {
    kind: 'EXTRA_MEETING',
    steps: ['booking.emergency.step.ward', 'booking.emergency.step.adminSection', 'booking.emergency.step.leadership'],
    rule: 'SX-4',
  },
  rejectionReasons: {
    visitor: visitorReasons('SX-8'),
    // SX-9, the seed's whole list: (1) strict level, (2) training (集训), (3) monthly count used,
    // (4) investigation, prosecution or trial, (5) confinement, (6) separate custody, isolation review or admonition, (7) other.
    inmate: [
      reason('inmate', 'STRICT_LEVEL', 'SX-9'),
      reason('inmate', 'TRAINING', 'SX-9'),
      reason('inmate', 'MONTHLY_COUNT_USED', 'SX-9'),
      reason('inmate', 'UNDER_INVESTIGATION', 'SX-9'),
      reason('inmate', 'CONFINEMENT', 'SX-9'),
      reason('inmate', 'SEPARATE_CUSTODY', 'SX-9'),
      reason('inmate', 'ISOLATION_REVIEW', 'SX-9'),
      reason('inmate', 'ADMONITION', 'SX-9'),
      reason('inmate', 'OTHER', 'SX-9', true),
    ],
    detainee: detaineeReasons(''),
  },
  sanctions: {
    subject: { minMonths: 1, maxMonths: 3, rule: 'SX-10' },
    serious: { minMonths: 6, maxMonths: 6, rule: 'SX-10' },
    verySerious: { minMonths: 12, maxMonths: 12, rule: 'SX-10' },
  },
  relativeScope: {
    default: [Relation.SPOUSE, Relation.PARENT, Relation.CHILD, Relation.SIBLING, Relation.GRANDPARENT, Relation.GRANDCHILD, Relation.GUARDIAN],
    restricted: [Relation.SPOUSE, Relation.CHILD, Relation.PARENT, Relation.SIBLING, Relation.GUARDIAN],
    restrictedCategories: ['DUTY_CRIME', 'FINANCIAL_ORDER', 'FINANCIAL_FRAUD', 'ORGANISED_CRIME'],
    rule: 'SX-5',
  },
  relationshipCheck: { by: 'BUREAU', realPersonCheck: false, photo: true, rule: 'SX-3(2)' },
  relationshipProofs: {
    // SX-6: household register, marriage certificate, birth certificate; certificates of residents' and villagers'
    // committees, townships, streets, notaries and the household registration authority (police); a judgment naming the
    // relationship. (A guardian proves guardianship, SX-5.)
    kinds: [
      RelationshipProof.HOUSEHOLD_REGISTER,
      RelationshipProof.MARRIAGE_CERTIFICATE,
      RelationshipProof.BIRTH_CERTIFICATE,
      RelationshipProof.COMMITTEE_CERTIFICATE,
      RelationshipProof.NOTARIAL_DEED,
      RelationshipProof.POLICE_CERTIFICATE,
      RelationshipProof.JUDGMENT,
      RelationshipProof.GUARDIANSHIP_CERTIFICATE,
    ],
    rule: 'SX-6',
  },
  // SX-10(4) "不听劝阻": gestures are warned first; every listed ground stops at once.
  monitoring: { warnGrounds: [ground('SX', 'GESTURES', 'SX-10'), ground('SX', 'OTHER', 'SX-10', { needsText: true })], stopGrounds: sxStopGrounds },
  meeting: { mandarinOnly: true },
  falseInformation: { stopsSubject: true, rule: 'SX-8' },
  // The SX seed is silent on relatives both in custody: the GD reading applies (product), citing no SX rule and never GD-5.
  bothInCustody: { reviewedBy: 'RELATIVE_INSTITUTION', rule: null },
  // SX-3(3): the family applies (online or at its household's office), so no inmate-initiated requests;
  // SX-4: a meeting is ≤30 minutes and a family emergency gets an extra meeting (SX-4(2)), never a longer one.
  ruledOut: { inmateRequests: 'SX-3', meetingExtension: 'SX-4' },
  scope: { familiesRegisteredInProvinceOnly: { rule: 'SX-1' } },
};

export const RULE_PACKS: Record<string, RulePack> = { GD, YN, SX };

/** Everyone's relations when a pack has no relative scope of its own. */
export const ANY_RELATION: string[] = FAMILY;

export function rulePack(code: string): RulePack {
  const pack = RULE_PACKS[code];
  if (!pack) throw new Error(`unknown rule pack ${code}`);
  return pack;
}

/**
 * SX-2: Yongji prison binds each ward to fixed days of the month (there is no ward 8; ward 11
 * meets on the 8th/18th/28th). Data from the SX seed, an institution-level override of the pack.
 */
export const YONGJI_WARD_DAYS: Record<number, number[]> = {
  1: [1, 11, 21],
  2: [2, 12, 22],
  3: [3, 13, 23],
  4: [4, 14, 24],
  5: [5, 15, 25],
  6: [6, 16, 26],
  7: [7, 17, 27],
  9: [9, 19, 29],
  10: [10, 20, 30],
  11: [8, 18, 28],
};
