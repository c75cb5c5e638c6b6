/**
 * Lawyer meetings at detention centres (看守所律师会见), DOMAIN.md "Lawyers and officials" (CQ-1…CQ-8),
 * as data. The kinds below are closed lists: a pack can only name documents CQ-2 knows, and no unit
 * has a setting of its own for them (CQ-2: nothing beyond these may be demanded).
 */

/** 案件阶段 The suspect's case stage. */
export const CaseStage = { INVESTIGATION: 'INVESTIGATION', PROSECUTION: 'PROSECUTION', TRIAL: 'TRIAL' } as const;
export type CaseStage = (typeof CaseStage)[keyof typeof CaseStage];

/** 涉嫌罪名类别 What the case is about, as far as the meeting rules care (CQ-2, CQ-3). */
export const CaseCategory = {
  ORDINARY: 'ORDINARY',
  STATE_SECURITY: 'STATE_SECURITY',
  TERRORISM: 'TERRORISM',
  /** CQ-3: a temporarily held suspect whose offence is not yet known; the centre checks with the case-handling unit. */
  UNCLEAR: 'UNCLEAR',
} as const;
export type CaseCategory = (typeof CaseCategory)[keyof typeof CaseCategory];

/** Who asks to meet the suspect (CQ-2 names one document set per requester). */
export const RequesterType = {
  DEFENCE_LAWYER: 'DEFENCE_LAWYER',
  DUTY_LAWYER: 'DUTY_LAWYER',
  ASSISTANT: 'ASSISTANT',
  TRANSLATOR: 'TRANSLATOR',
} as const;
export type RequesterType = (typeof RequesterType)[keyof typeof RequesterType];

/** Every document CQ-2 names, and nothing else. */
export const CredentialKind = {
  /** 律师执业证书 */
  PRACTICE_CERTIFICATE: 'PRACTICE_CERTIFICATE',
  /** 律师工作证 (a legal-aid organisation's lawyer, in place of the practice certificate) */
  LEGAL_AID_WORK_CARD: 'LEGAL_AID_WORK_CARD',
  /** 律师事务所证明 */
  FIRM_LETTER: 'FIRM_LETTER',
  /** 委托书 */
  POWER_OF_ATTORNEY: 'POWER_OF_ATTORNEY',
  /** 法律援助公函 */
  LEGAL_AID_LETTER: 'LEGAL_AID_LETTER',
  /** 法律帮助申请 (the suspect's) */
  HELP_REQUEST: 'HELP_REQUEST',
  /** 法院、检察院、公安机关通知值班律师提供法律帮助的通知书 */
  HELP_NOTICE: 'HELP_NOTICE',
  /** 申请律师执业人员实习证 */
  INTERN_CARD: 'INTERN_CARD',
  /** 办案机关许可决定文书 (translator) */
  APPROVAL_DOCUMENT: 'APPROVAL_DOCUMENT',
  /** 本人有效身份证明 (translator) */
  IDENTITY_DOCUMENT: 'IDENTITY_DOCUMENT',
  /** 侦查机关的许可会见文书 (state security / terrorism, investigation stage) */
  INVESTIGATOR_PERMISSION: 'INVESTIGATOR_PERMISSION',
} as const;
export type CredentialKind = (typeof CredentialKind)[keyof typeof CredentialKind];

/** One line of a requirement: any one of these documents satisfies it. */
export type CredentialGroup = readonly CredentialKind[];

export interface LawyerMeetingPack {
  code: string;
  name: string;
  /** CQ-2: per requester, every group must be met by one of its documents; nothing else is asked. */
  credentials: { readonly [R in RequesterType]: readonly CredentialGroup[] } & { rule: string };
  /** CQ-2: these categories in this stage need the investigator's permission as well. */
  permission: { categories: readonly CaseCategory[]; stage: CaseStage; kind: CredentialKind; rule: string };
  /**
   * CQ-3: arranged at once or within this many clock hours of acceptance (weekends and holidays count);
   * the centre's leaders are alerted this long before, and again when it has passed.
   */
  arrangement: { withinHours: number; alertBeforeHours: number; rule: string };
  /** CQ-3: a temporarily held suspect whose offence is unclear is checked with the case-handling unit before arranging. */
  unclearOffence: { rule: string };
  /** CQ-1: a request for legal help reaches the duty lawyer within this many hours; the centre is alerted this long before. */
  legalHelp: { withinHours: number; alertBeforeHours: number; rule: string };
  /**
   * CQ-1: a suspect's letters to the defence lawyer are passed on promptly, unread, uncopied and unaltered, and never shown
   * to the case organ, except where their content touches these grounds (withheld only with a leader's recorded approval).
   */
  letters: { withholdGrounds: readonly string[]; rule: string };
  /** CQ-7: quick rooms take meetings of at most this many minutes; at most this many lawyers meet together. */
  quickRoom: { maxMinutes: number; rule: string };
  jointLawyers: { max: number; rule: string };
  /** CQ-8: office hours (China Standard Time), the overflow after them, and non-working days only with a leader's approval. */
  hours: { opens: string; closes: string; afterHoursMinutes: number; rule: string };
}

/** Chongqing (seed 003): the joint opinion of the municipal police and justice bureaus on lawyer meetings. */
export const CQ_LAWYER_MEETINGS: LawyerMeetingPack = {
  code: 'CQ',
  name: '重庆市看守所律师会见',
  credentials: {
    rule: 'CQ-2',
    DEFENCE_LAWYER: [[CredentialKind.PRACTICE_CERTIFICATE], [CredentialKind.FIRM_LETTER], [CredentialKind.POWER_OF_ATTORNEY, CredentialKind.LEGAL_AID_LETTER]],
    DUTY_LAWYER: [
      [CredentialKind.PRACTICE_CERTIFICATE, CredentialKind.LEGAL_AID_WORK_CARD],
      [CredentialKind.HELP_REQUEST, CredentialKind.HELP_NOTICE],
    ],
    ASSISTANT: [[CredentialKind.FIRM_LETTER], [CredentialKind.PRACTICE_CERTIFICATE, CredentialKind.INTERN_CARD]],
    TRANSLATOR: [[CredentialKind.APPROVAL_DOCUMENT], [CredentialKind.IDENTITY_DOCUMENT]],
  },
  permission: {
    categories: [CaseCategory.STATE_SECURITY, CaseCategory.TERRORISM],
    stage: CaseStage.INVESTIGATION,
    kind: CredentialKind.INVESTIGATOR_PERMISSION,
    rule: 'CQ-2',
  },
  arrangement: { withinHours: 48, alertBeforeHours: 4, rule: 'CQ-3' },
  unclearOffence: { rule: 'CQ-3' },
  legalHelp: { withinHours: 24, alertBeforeHours: 4, rule: 'CQ-1' },
  letters: { withholdGrounds: ['STATE_SECURITY', 'PUBLIC_SECURITY', 'PERSONAL_SAFETY', 'COLLUSION_OR_EVIDENCE'], rule: 'CQ-1' },
  quickRoom: { maxMinutes: 30, rule: 'CQ-7' },
  jointLawyers: { max: 2, rule: 'CQ-7' },
  hours: { opens: '09:00', closes: '17:30', afterHoursMinutes: 60, rule: 'CQ-8' },
};

const LAWYER_PACKS: Record<string, LawyerMeetingPack> = { CQ: CQ_LAWYER_MEETINGS };

export function lawyerMeetingPack(code: string): LawyerMeetingPack {
  const pack = LAWYER_PACKS[code];
  if (!pack) throw new Error(`unknown lawyer meeting pack ${code}`);
  return pack;
}

export function isLawyerMeetingPack(code: string): boolean {
  return code in LAWYER_PACKS;
}
