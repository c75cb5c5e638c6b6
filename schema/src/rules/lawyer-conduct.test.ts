import { describe, expect, it } from 'vitest';
import { CQ_CONDUCT, arrangedInTime, checkAlarmKind, checkComplaintAnswer, checkEvaluationScore, checkViolation } from './lawyer-conduct.js';
import { YN_OFFICIAL_SESSIONS, checkOfficialSession, officialSessionPack } from './official-sessions.js';

describe('lawyer conduct as data (CQ-4, CQ-11, CQ-13, CQ-14)', () => {
  it('CQ-4: the five abnormal behaviours of seed 003 are the alarm kinds; anything else is refused citing CQ-4', () => {
    expect(CQ_CONDUCT.alarms.kinds).toEqual(['VIOLENCE', 'SUICIDE', 'SELF_HARM', 'ESCAPE', 'SUDDEN_ILLNESS']);
    expect(checkAlarmKind(CQ_CONDUCT, 'ESCAPE')).toEqual({ allowed: true, pack: 'CQ', rule: 'CQ-4' });
    expect(checkAlarmKind(CQ_CONDUCT, 'NOISE')).toMatchObject({ allowed: false, rule: 'CQ-4', reasonKey: 'lawyerConduct.alarm.notAKind' });
  });

  it('CQ-14: the prohibited acts are the grounds; OTHER needs a description', () => {
    expect(checkViolation(CQ_CONDUCT, 'SMOKING', null)).toEqual({ allowed: true, pack: 'CQ', rule: 'CQ-14' });
    expect(checkViolation(CQ_CONDUCT, 'OTHER', ' ')).toMatchObject({ allowed: false, rule: 'CQ-14', reasonKey: 'rule.otherNeedsText' });
    expect(checkViolation(CQ_CONDUCT, 'RUDENESS', 'x')).toMatchObject({ allowed: false, reasonKey: 'lawyerConduct.violation.notAGround' });
  });

  it('CQ-11: scores 1 to 5 (whole); CQ-3 compliance counts exactly 48 clock hours as in time, across a weekend too', () => {
    expect([0, 1, 5, 6, 4.5].map((score) => checkEvaluationScore(CQ_CONDUCT, score).allowed)).toEqual([false, true, true, false, false]);
    expect(arrangedInTime(CQ_CONDUCT, new Date('2026-11-06T01:00:00Z'), new Date('2026-11-08T01:00:00Z'))).toBe(true); // Friday → Sunday, 48 h
    expect(arrangedInTime(CQ_CONDUCT, new Date('2026-11-06T01:00:00Z'), new Date('2026-11-09T03:00:00Z'))).toBe(false); // Friday → Monday, 74 h
  });

  it('CQ-13: a lawyer who asked to be heard in person must be heard before the answer', () => {
    expect(checkComplaintAnswer(CQ_CONDUCT, true, false)).toMatchObject({
      allowed: false,
      rule: 'CQ-13',
      reasonKey: 'lawyerConduct.complaint.hearingRequired',
    });
    expect(checkComplaintAnswer(CQ_CONDUCT, true, true).allowed).toBe(true);
    expect(checkComplaintAnswer(CQ_CONDUCT, false, false).allowed).toBe(true);
  });
});

describe('official sessions as data (YN-34)', () => {
  const request = {
    organ: 'DISCIPLINE_COMMISSION',
    purpose: 'INVESTIGATION',
    letterNumber: '昆纪函〔2026〕3号',
    issuedBy: '昆明市纪委监委',
    officials: ['甲', '乙'],
    minutes: 90,
  };

  it('YN-34: the five organs with a letter, officials and a length within 10–180 minutes; only the YN pack has them', () => {
    expect(checkOfficialSession(YN_OFFICIAL_SESSIONS, request)).toEqual({ allowed: true, pack: 'YN', rule: 'YN-34' });
    expect(checkOfficialSession(YN_OFFICIAL_SESSIONS, { ...request, organ: 'LAWYER' })).toMatchObject({ allowed: false, rule: 'YN-34', field: 'organ' });
    expect(checkOfficialSession(YN_OFFICIAL_SESSIONS, { ...request, issuedBy: '' })).toMatchObject({ allowed: false, field: 'letterNumber' });
    expect(checkOfficialSession(YN_OFFICIAL_SESSIONS, { ...request, minutes: 9 })).toMatchObject({ allowed: false, field: 'minutes' });
    expect(officialSessionPack('GD')).toBeNull();
  });
});
