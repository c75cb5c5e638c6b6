import { describe, expect, it } from 'vitest';
import { hasMessage, translate } from '../messages/index.js';
import { WorkingCalendar, chineseDaysSchedules } from './calendar.js';
import {
  checkEffective,
  checkPublication,
  checkRelationshipRegistration,
  checkServiceDay,
  checkVisitors,
  reasonLabel,
  reviewDeadlines,
  stageDue,
} from './evaluate.js';
import { GD, RULE_PACKS, SX, YN } from './packs.js';

const calendar = new WorkingCalendar(chineseDaysSchedules());
const ADULT = { idNumber: '11010519491231002X' };

describe('a rule ID cited is the applying pack’s own', () => {
  it('GD-11 / YN-14 / SX-3: the monthly allowance is each pack’s own article', () => {
    expect([GD, YN, SX].map((pack) => pack.limits.meetingsPerMonthRule)).toEqual(['GD-11', 'YN-14', 'SX-3']);
  });

  it('YN-38 / GD-45: a pack not yet in force cites its own article (not YN-38 under GD)', () => {
    expect(checkEffective(GD, '2017-12-27')).toMatchObject({ allowed: false, rule: 'GD-45' });
    expect(checkEffective(YN, '2023-05-03')).toMatchObject({ allowed: false, rule: 'YN-38' });
    expect(checkEffective(SX, '2025-12-31')).toMatchObject({ allowed: false, rule: '' }); // the Yongji notice names no article for it
  });

  it('GD-11 / YN-14: too many visitors cites the pack’s own article (not GD-22 under YN)', () => {
    expect(checkVisitors(YN, [ADULT, ADULT, ADULT, ADULT], '2026-12-01')).toMatchObject({ allowed: false, rule: 'YN-14' });
    expect(checkVisitors(SX, [ADULT, ADULT, ADULT, ADULT], '2026-12-01')).toMatchObject({ allowed: false, rule: 'SX-5' });
    expect(checkVisitors(GD, [ADULT, ADULT, ADULT, ADULT], '2026-12-01')).toMatchObject({ allowed: true, rule: 'GD-22', extendedReview: true });
  });
});

describe('GD-13 / GD-14 are the GD pack’s only', () => {
  it('GD-13 / GD-14: a YN or SX unit publishing late or few slots is never flagged', () => {
    for (const pack of [YN, SX]) {
      expect(checkPublication(pack, '2026-11-28', '2026-12', 'institution', 3)).toEqual({ late: null, belowMinimum: null, minimum: null });
    }
    expect(checkPublication(GD, '2026-11-28', '2026-12', 'institution', 3)).toMatchObject({
      late: { allowed: false, rule: 'GD-13' },
      belowMinimum: { allowed: false, rule: 'GD-14' },
      minimum: 240,
    });
  });

  it('GD-13 / SX-2: closed service days cite the applying pack; YN closes none', () => {
    expect(checkServiceDay(GD, calendar, '2026-11-28')).toMatchObject({ allowed: false, rule: 'GD-13', reasonKey: 'rule.notAWorkingDay' }); // a Saturday
    expect(checkServiceDay(SX, calendar, '2026-10-01')).toMatchObject({ allowed: false, rule: 'SX-2', reasonKey: 'rule.holidayClosed' }); // National Day
    expect(checkServiceDay(SX, calendar, '2026-11-28').allowed).toBe(true); // SX-2 closes holidays, not every Saturday
    expect(checkServiceDay(YN, calendar, '2026-10-01')).toEqual({ allowed: true, pack: 'YN', rule: '' });
  });
});

describe('SX: no statutory review deadline', () => {
  it('SX-3(2): the prison’s stage has no due day (the SX seed sets none); GD-22 and YN-8 keep theirs', () => {
    expect(stageDue(SX, calendar, 'INSTITUTION', '2026-11-23')).toEqual({ date: null, calendarMissing: false, rule: 'SX-3(2)' });
    expect(reviewDeadlines(SX, calendar, '2026-11-23')).toEqual([{ actor: 'INSTITUTION', due: null, rule: 'SX-3(2)', calendarMissing: false }]);
    expect(stageDue(GD, calendar, 'INSTITUTION', '2026-11-23').date).toBe('2026-11-26');
    expect(stageDue(YN, calendar, 'INSTITUTION', '2026-11-23').date).toBe('2026-11-30');
  });
});

describe('YN-35 / SX-6: each pack’s own proofs', () => {
  const atBureau = { registrar: 'BUREAU' as const, realPersonChecked: true, hasPhoto: true };

  it('YN-35: the former employer’s certificate, the work file and a tombstone inscription prove a relationship in YN', () => {
    for (const proofKind of ['EMPLOYER_CERTIFICATE', 'WORK_FILE', 'TOMBSTONE_INSCRIPTION', 'PATERNITY_TEST', 'ARMY_CERTIFICATE'])
      expect(checkRelationshipRegistration(YN, { ...atBureau, proofKind })).toMatchObject({ allowed: true });
  });

  it('SX-6: the SX list is its own (no tombstone, work file, paternity test)', () => {
    for (const proofKind of ['HOUSEHOLD_REGISTER', 'BIRTH_CERTIFICATE', 'COMMITTEE_CERTIFICATE', 'NOTARIAL_DEED', 'POLICE_CERTIFICATE', 'JUDGMENT'])
      expect(checkRelationshipRegistration(SX, { ...atBureau, proofKind }).allowed).toBe(true);
    for (const proofKind of ['TOMBSTONE_INSCRIPTION', 'WORK_FILE', 'PATERNITY_TEST'])
      expect(checkRelationshipRegistration(SX, { ...atBureau, proofKind })).toMatchObject({ allowed: false, rule: 'SX-6', reasonKey: 'rule.invalidProof' });
  });

  it('YN-35 ¶2: the prison may check the visitor’s ID against the admission register; a bureau may not use it, nor another pack', () => {
    expect(
      checkRelationshipRegistration(YN, { registrar: 'INSTITUTION', proofKind: 'ADMISSION_REGISTER', realPersonChecked: false, hasPhoto: false }),
    ).toMatchObject({ allowed: true, rule: 'YN-35' });
    expect(checkRelationshipRegistration(YN, { ...atBureau, proofKind: 'ADMISSION_REGISTER' })).toMatchObject({
      allowed: false,
      rule: 'YN-35',
      reasonKey: 'rule.admissionRegisterAtInstitution',
    });
    expect(
      checkRelationshipRegistration(GD, { registrar: 'INSTITUTION', proofKind: 'ADMISSION_REGISTER', realPersonChecked: false, hasPhoto: false }),
    ).toMatchObject({ allowed: false, rule: 'GD-17' });
  });
});

describe('rejection reasons speak in keys', () => {
  it('every reason of every pack has words in both languages; the label is zh-CN by default', () => {
    for (const pack of Object.values(RULE_PACKS))
      for (const reason of [...pack.rejectionReasons.visitor, ...pack.rejectionReasons.inmate, ...pack.rejectionReasons.detainee]) {
        expect(hasMessage(reason.labelKey, 'zh-CN') && hasMessage(reason.labelKey, 'en')).toBe(true);
      }
    const confinement = SX.rejectionReasons.inmate.find((reason) => reason.code === 'CONFINEMENT')!;
    expect(reasonLabel(confinement)).toBe('禁闭');
    expect(reasonLabel(confinement, 'en')).toBe('Confinement');
    expect(translate('reason.inmate.TRAINING')).not.toMatch(/[A-Za-z]/);
  });
});
