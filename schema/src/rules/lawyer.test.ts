import { describe, expect, it } from 'vitest';
import { nationalCalendar } from './calendar.js';
import {
  arrangementAlertAt,
  arrangementDueAt,
  checkArrangementDeadline,
  checkLetterWithheld,
  checkCredentials,
  checkJointLawyers,
  checkLawyerMeetingTime,
  checkOffenceKnown,
  checkRoom,
  legalHelpDeadline,
  requiredCredentials,
} from './lawyer.js';
import { CQ_LAWYER_MEETINGS as CQ } from './lawyer-pack.js';

const ordinary = { caseStage: 'INVESTIGATION', caseCategory: 'ORDINARY' } as const;
const stateSecurity = { caseStage: 'INVESTIGATION', caseCategory: 'STATE_SECURITY' } as const;
const at = (cst: string) => new Date(`${cst}+08:00`);

describe('CQ lawyer meetings as data', () => {
  it('CQ-2: the documents per requester are exactly the seed’s, nothing more', () => {
    expect(CQ.credentials).toEqual({
      rule: 'CQ-2',
      DEFENCE_LAWYER: [['PRACTICE_CERTIFICATE'], ['FIRM_LETTER'], ['POWER_OF_ATTORNEY', 'LEGAL_AID_LETTER']],
      DUTY_LAWYER: [
        ['PRACTICE_CERTIFICATE', 'LEGAL_AID_WORK_CARD'],
        ['HELP_REQUEST', 'HELP_NOTICE'],
      ],
      ASSISTANT: [['FIRM_LETTER'], ['PRACTICE_CERTIFICATE', 'INTERN_CARD']],
      TRANSLATOR: [['APPROVAL_DOCUMENT'], ['IDENTITY_DOCUMENT']],
    });
    expect(requiredCredentials(CQ, 'DEFENCE_LAWYER', stateSecurity)).toEqual([
      ['PRACTICE_CERTIFICATE'],
      ['FIRM_LETTER'],
      ['POWER_OF_ATTORNEY', 'LEGAL_AID_LETTER'],
      ['INVESTIGATOR_PERMISSION'],
    ]);
    expect(requiredCredentials(CQ, 'DEFENCE_LAWYER', { caseStage: 'PROSECUTION', caseCategory: 'STATE_SECURITY' })).toHaveLength(3);
    expect(requiredCredentials(CQ, 'TRANSLATOR', stateSecurity)).toEqual([['APPROVAL_DOCUMENT'], ['IDENTITY_DOCUMENT']]);
  });

  it('CQ-2: a duty lawyer with a legal-aid work card and the court’s notice is enough; the permission is named when missing', () => {
    expect(checkCredentials(CQ, 'DUTY_LAWYER', ordinary, ['LEGAL_AID_WORK_CARD', 'HELP_NOTICE'])).toEqual({ allowed: true, pack: 'CQ', rule: 'CQ-2' });
    expect(checkCredentials(CQ, 'DEFENCE_LAWYER', stateSecurity, ['PRACTICE_CERTIFICATE', 'FIRM_LETTER', 'POWER_OF_ATTORNEY'])).toEqual({
      allowed: false,
      pack: 'CQ',
      rule: 'CQ-2',
      reasonKey: 'lawyer.permissionRequired',
      params: {},
    });
    expect(checkCredentials(CQ, 'ASSISTANT', ordinary, ['FIRM_LETTER'])).toEqual({
      allowed: false,
      pack: 'CQ',
      rule: 'CQ-2',
      reasonKey: 'lawyer.credentialsMissing',
      params: { missing: 'PRACTICE_CERTIFICATE/INTERN_CARD' },
    });
  });

  it('CQ-3: 48 clock hours: Friday 16:30 → Sunday 16:30; inside the National Day holiday 2026-10-02 10:00 → 2026-10-04 10:00', () => {
    expect(arrangementDueAt(CQ, at('2026-12-04T16:30:00')).toISOString()).toBe('2026-12-06T08:30:00.000Z');
    expect(arrangementDueAt(CQ, at('2026-10-02T10:00:00')).toISOString()).toBe('2026-10-04T02:00:00.000Z');
    expect(checkArrangementDeadline(CQ, at('2026-12-06T16:30:00'), at('2026-12-06T16:31:00'))).toMatchObject({
      allowed: false,
      rule: 'CQ-3',
      params: { due: '2026-12-06 16:30' },
    });
    expect(checkOffenceKnown(CQ, { caseStage: 'INVESTIGATION', caseCategory: 'UNCLEAR' })).toMatchObject({
      allowed: false,
      rule: 'CQ-3',
      reasonKey: 'lawyer.offenceUnclear',
    });
  });

  it('CQ-8: office hours, up to one hour after closing, a weekend or holiday only with a leader’s approval', () => {
    const calendar = nationalCalendar();
    expect(checkLawyerMeetingTime(CQ, calendar, at('2026-12-07T17:30:00'), 60, null)).toMatchObject({ allowed: true, rule: 'CQ-8' });
    expect(checkLawyerMeetingTime(CQ, calendar, at('2026-12-07T17:31:00'), 60, null)).toMatchObject({
      allowed: false,
      rule: 'CQ-8',
      reasonKey: 'lawyer.outsideHours',
    });
    expect(checkLawyerMeetingTime(CQ, calendar, at('2026-12-07T08:59:00'), 30, null)).toMatchObject({ allowed: false, rule: 'CQ-8' });
    expect(checkLawyerMeetingTime(CQ, calendar, at('2026-12-05T10:00:00'), 60, null)).toMatchObject({
      allowed: false,
      rule: 'CQ-8',
      reasonKey: 'lawyer.nonWorkingDayNeedsApproval',
      params: { date: '2026-12-05' },
    });
    expect(checkLawyerMeetingTime(CQ, calendar, at('2026-12-05T10:00:00'), 60, '所长 王某 批准')).toMatchObject({ allowed: true });
    expect(checkLawyerMeetingTime(CQ, calendar, at('2026-10-05T10:00:00'), 60, null)).toMatchObject({ allowed: false, params: { date: '2026-10-05' } });
  });

  it('CQ-7: quick rooms take at most 30 minutes; at most two lawyers together', () => {
    expect(checkRoom(CQ, true, 30).allowed).toBe(true);
    expect(checkRoom(CQ, true, 31)).toMatchObject({ allowed: false, rule: 'CQ-7', params: { max: 30 } });
    expect(checkRoom(CQ, false, 120).allowed).toBe(true);
    expect(checkJointLawyers(CQ, 2).allowed).toBe(true);
    expect(checkJointLawyers(CQ, 3)).toMatchObject({ allowed: false, rule: 'CQ-7' });
  });

  it('CQ-1: legal help reaches the duty lawyer within 24 hours; the alert comes 4 hours before', () => {
    const { dueAt, alertAt } = legalHelpDeadline(CQ, at('2026-12-05T22:15:00'));
    expect(dueAt.toISOString()).toBe('2026-12-06T14:15:00.000Z');
    expect(alertAt.toISOString()).toBe('2026-12-06T10:15:00.000Z');
  });

  it('CQ-3: the leaders are alerted 4 hours before the 48 clock hours run out', () => {
    expect(arrangementAlertAt(CQ, arrangementDueAt(CQ, at('2026-12-04T16:30:00'))).toISOString()).toBe('2026-12-06T04:30:00.000Z');
  });

  it('CQ-1: a letter to the defence lawyer is withheld only on the seed’s grounds, with a leader’s approval', () => {
    expect(CQ.letters.withholdGrounds).toEqual(['STATE_SECURITY', 'PUBLIC_SECURITY', 'PERSONAL_SAFETY', 'COLLUSION_OR_EVIDENCE']);
    expect(checkLetterWithheld(CQ, 'PERSONAL_SAFETY', '张所长')).toEqual({ allowed: true, pack: 'CQ', rule: 'CQ-1' });
    expect(checkLetterWithheld(CQ, 'CRITICISES_POLICE', '张所长')).toMatchObject({ allowed: false, rule: 'CQ-1', reasonKey: 'lawyer.letter.mustPassOn' });
    expect(checkLetterWithheld(CQ, 'STATE_SECURITY', null)).toMatchObject({ allowed: false, rule: 'CQ-1', reasonKey: 'lawyer.letter.approvalRequired' });
  });
});
