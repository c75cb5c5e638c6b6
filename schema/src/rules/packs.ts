import { Relation, type RejectionReason, type RulePack } from './rule-pack.js';

const visitorReasons: RejectionReason[] = [
  { code: 'FALSE_IDENTITY', label: '身份或关系虚假 False identity or relationship', rule: 'GD-23' },
  { code: 'MENTAL_ILLNESS', label: '患有精神疾病 Mental illness', rule: 'GD-23' },
  { code: 'INVOLVED_IN_CASE', label: '与案件有牵连 Involved in the subject’s case', rule: 'GD-23' },
  { code: 'OTHER', label: '其他 Other', rule: 'GD-23', needsText: true },
];

const detaineeReasons: RejectionReason[] = [
  { code: 'PHYSIOLOGICAL_DETOX', label: '处于生理脱毒期 In physiological detox treatment', rule: 'GD-25' },
  { code: 'RESTRAINT', label: '保护性约束或单独管理 Under protective restraint or separate management', rule: 'GD-25' },
  { code: 'OTHER', label: '其他 Other', rule: 'GD-25', needsText: true },
];

const gdInmateReasons: RejectionReason[] = [
  { code: 'UNDER_INVESTIGATION', label: '正在被侦查、起诉或审判 Under investigation, prosecution or trial', rule: 'GD-24' },
  { code: 'ISOLATION_REVIEW', label: '隔离审查 Isolation review', rule: 'GD-24' },
  { code: 'TRAINING', label: '入监或集中训练 Admission or intensive training', rule: 'GD-24' },
  { code: 'CONFINEMENT', label: '禁闭 Confinement', rule: 'GD-24' },
  { code: 'OTHER', label: '其他 Other', rule: 'GD-24', needsText: true },
];

const FAMILY = [Relation.SPOUSE, Relation.PARENT, Relation.CHILD, Relation.SIBLING, Relation.GRANDPARENT, Relation.GRANDCHILD, Relation.IN_LAW, Relation.OTHER_RELATIVE, Relation.GUARDIAN];

/** Guangdong (GD seed, 2017): one stage at the institution, 3 working days (+2). */
export const GD: RulePack = {
  code: 'GD',
  name: '广东省远程视频会见规定',
  provinceCode: '44',
  effectiveFrom: '2017-12-28',
  limits: { meetingsPerMonth: 1, minutesPerMeeting: 25, visitorsPerMeeting: 3 },
  slots: { publishBeforeDay: 5, monthlyMinimum: { institution: 240, countyBureau: 80, judicialOffice: 20 }, workingDaysOnly: true },
  review: {
    stages: [{ actor: 'INSTITUTION', workingDays: 3, mayReject: true, rule: 'GD-22' }],
    extensionWorkingDays: 2,
  },
  rejectionReasons: { visitor: visitorReasons, inmate: gdInmateReasons, detainee: detaineeReasons },
  sanctions: { subject: { minMonths: 3, maxMonths: 6, rule: 'GD-33' } },
  relationshipCheck: { by: 'INSTITUTION', realPersonCheck: false, photo: false, rule: 'GD-17' },
  meeting: {},
  bothInCustody: { reviewedBy: 'RELATIVE_INSTITUTION', rule: 'GD-5' },
  scope: { excludesForeignSubjects: false, familiesRegisteredInProvinceOnly: false },
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
  limits: { meetingsPerMonth: 1, minutesPerMeeting: 30, visitorsPerMeeting: 3, arriveEarlyMinutes: 30, applicationsOnWorkingDaysOnly: true },
  slots: { publishBeforeDay: 5, monthlyMinimum: { institution: 240, countyBureau: 80, judicialOffice: 20 }, workingDaysOnly: true },
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
  emergencyMeeting: { steps: ['监狱长 warden'], rule: 'YN-14' },
  preparation: { equipmentCheck: true, rulesBriefing: true, devicesDeposited: true },
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
    visitor: visitorReasons,
    inmate: [
      ...gdInmateReasons.filter((reason) => reason.code !== 'OTHER').map((reason) => ({ ...reason, rule: 'YN-15' })),
      { code: 'RECENT_WARNING', label: '警告、记过处分未满1个月 Within 1 month of a warning or demerit', rule: 'YN-15' },
      { code: 'RECENT_CONFINEMENT', label: '禁闭处分未满3个月 Within 3 months of a confinement punishment', rule: 'YN-15' },
      { code: 'SERIOUS_VIOLATION_INVESTIGATION', label: '当日因严重违规正在接受调查 Under investigation for a serious violation that day', rule: 'YN-15' },
      { code: 'OTHER', label: '其他 Other', rule: 'YN-15', needsText: true },
    ],
    detainee: detaineeReasons,
  },
  sanctions: { subject: { minMonths: 1, maxMonths: 3, rule: 'YN-17' } },
  relationshipCheck: { by: 'BUREAU', realPersonCheck: true, photo: false, rule: 'YN-8(1)' },
  meeting: { staffPerSide: 2, otherLanguageNeedsTranslator: true, extensionApprovedBy: '监狱长 warden' },
  bothInCustody: { reviewedBy: 'OWN_INSTITUTION', rule: 'YN-7' },
  scope: { excludesForeignSubjects: true, familiesRegisteredInProvinceOnly: false, outOfProvinceFamiliesAtCountyBureau: true },
};

/** Shanxi Yongji prison (SX seed, 2026): ward days, treatment levels, relative scope. */
export const SX: RulePack = {
  code: 'SX',
  name: '山西省永济监狱远程视频会见须知',
  provinceCode: '14',
  effectiveFrom: '2026-01-01',
  limits: {
    meetingsPerMonth: 1, meetingsPerMonthByLevel: { LENIENT: 2 }, minutesPerMeeting: 30, visitorsPerMeeting: 3,
    uncountedChildMaxAge: 14, applyAheadDays: 10,
  },
  slots: { publishBeforeDay: 5, monthlyMinimum: { institution: 240, countyBureau: 80, judicialOffice: 20 }, workingDaysOnly: true },
  review: { stages: [{ actor: 'INSTITUTION', workingDays: 3, mayReject: true, rule: 'SX-9' }], extensionWorkingDays: 0 },
  emergencyMeeting: { steps: ['监区 ward', '狱政科 prison administration section', '监狱领导 prison leadership'], rule: 'SX-4' },
  rejectionReasons: {
    visitor: visitorReasons,
    inmate: [
      { code: 'STRICT_LEVEL', label: '严管级 Strict level', rule: 'SX-9' },
      { code: 'MONTHLY_COUNT_USED', label: '当月会见次数已用完 Monthly count used', rule: 'SX-9' },
      { code: 'SEPARATE_CUSTODY', label: '单独关押 Separate custody', rule: 'SX-9' },
      { code: 'ISOLATION_REVIEW', label: '隔离审查 Isolation review', rule: 'SX-9' },
      { code: 'ADMONITION', label: '训诫 Admonition', rule: 'SX-9' },
      { code: 'OTHER', label: '其他 Other', rule: 'SX-9', needsText: true },
    ],
    detainee: detaineeReasons,
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
  meeting: { mandarinOnly: true },
  falseInformation: { stopsSubject: true, rule: 'SX-8' },
  // The SX seed is silent on relatives both in custody: the GD reading applies.
  bothInCustody: { reviewedBy: 'RELATIVE_INSTITUTION', rule: 'GD-5' },
  scope: { excludesForeignSubjects: false, familiesRegisteredInProvinceOnly: true },
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
  1: [1, 11, 21], 2: [2, 12, 22], 3: [3, 13, 23], 4: [4, 14, 24], 5: [5, 15, 25],
  6: [6, 16, 26], 7: [7, 17, 27], 9: [9, 19, 29], 10: [10, 20, 30], 11: [8, 18, 28],
};
