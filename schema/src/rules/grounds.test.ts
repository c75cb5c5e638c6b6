import { describe, expect, it } from 'vitest';
import { GD, SX, YN } from './packs.js';
import { checkGround } from './evaluate.js';
import { translate } from '../messages/index.js';

const codes = (grounds: { code: string }[]) => grounds.map((ground) => ground.code);

describe('monitoring grounds (pack data)', () => {
  it('GD-31: the four listed cases warn, and in a serious case stop, each list ending with OTHER', () => {
    expect(codes(GD.monitoring.warnGrounds)).toEqual(['CODED_OR_FOREIGN_LANGUAGE', 'HARMFUL_TOPICS', 'PHONE_OR_RECORDING', 'OTHER']);
    expect(codes(GD.monitoring.stopGrounds)).toEqual(['CODED_OR_FOREIGN_LANGUAGE', 'HARMFUL_TOPICS', 'PHONE_OR_RECORDING', 'OTHER']);
    expect(GD.monitoring.warnGrounds.map((ground) => ground.rule)).toEqual(['GD-31', 'GD-31', 'GD-31', 'GD-31']);
    expect(translate(GD.monitoring.warnGrounds[0]!.labelKey)).toBe('使用隐语或外语交谈');
    expect(GD.monitoring.warnGrounds.at(-1)).toEqual({ code: 'OTHER', labelKey: 'grounds.GD.OTHER', rule: 'GD-31', needsText: true });
  });

  it('YN-16 / YN-20 / YN-22: the warn list holds the dissuasion cases, supervision and the forbidden topics', () => {
    expect(YN.monitoring.warnGrounds.map((ground) => [ground.code, ground.rule])).toEqual([
      ['DEVICES_OR_BANNED_ITEMS', 'YN-16'],
      ['REFUSES_SUPERVISION', 'YN-20'],
      ['CODED_LANGUAGE_OR_GESTURES', 'YN-16'],
      ['POLICE_PRIVATE_INFO', 'YN-16'],
      ['DISCUSSES_CASE', 'YN-22'],
      ['AGAINST_REFORM', 'YN-22'],
      ['ENDANGERS_CUSTODY', 'YN-22'],
      ['DISORDER', 'YN-16'],
      ['OTHER', 'YN-16'],
    ]);
    expect(translate(YN.monitoring.warnGrounds[4]!.labelKey)).toBe('谈论案情');
  });

  it('YN-17: the stop list adds the at-once cases after the YN-16 ones and ends with OTHER', () => {
    expect(codes(YN.monitoring.stopGrounds).slice(8)).toEqual([
      'SUBJECT_REFUSES',
      'FALSE_IDENTITY',
      'ABNORMAL_BEHAVIOUR',
      'DISOBEYS_STAFF',
      'SECURITY_DETAILS',
      'SEEKING_FAVOURS',
      'CASE_COLLUSION',
      'DEFAMATION',
      'OTHER',
    ]);
    expect(YN.monitoring.stopGrounds.at(-1)).toEqual({ code: 'OTHER', labelKey: 'grounds.YN.OTHER', rule: 'YN-17', needsText: true });
  });

  it('SX-10: the ten grounds stop the meeting; SX-8(3) coded language among them', () => {
    expect(SX.monitoring.stopGrounds.map((ground) => [ground.code, ground.rule])).toEqual([
      ['CONTRABAND_INFO', 'SX-10'],
      ['DISORDER', 'SX-10'],
      ['PHONE_OR_RECORDING', 'SX-10'],
      ['GESTURES', 'SX-10'],
      ['CODED_LANGUAGE', 'SX-8(3)'],
      ['TRANSFERS_OR_FAVOURS', 'SX-10'],
      ['NEGATIVE_IDEAS', 'SX-10'],
      ['CASE_DETAILS', 'SX-10'],
      ['PRISON_SECURITY', 'SX-10'],
      ['OTHER', 'SX-10'],
    ]);
    expect(codes(SX.monitoring.warnGrounds)).toEqual(['GESTURES', 'OTHER']);
  });
});

describe('checkGround', () => {
  it('GD-31: a listed ground is allowed citing GD-31; an unknown code is refused citing GD-31', () => {
    expect(checkGround(GD, 'warn', 'PHONE_OR_RECORDING', null)).toMatchObject({ allowed: true, rule: 'GD-31' });
    expect(checkGround(GD, 'stop', 'HARMFUL_TOPICS', null)).toMatchObject({ allowed: true, rule: 'GD-31' });
    expect(checkGround(GD, 'warn', 'SUBJECT_REFUSES', null)).toMatchObject({
      allowed: false,
      rule: 'GD-31',
      reasonKey: 'monitoring.notAGround',
      params: { pack: 'GD' },
    });
  });

  it('GD-31 / YN-17 / SX-10: OTHER needs a written reason', () => {
    expect(checkGround(GD, 'warn', 'OTHER', '  ')).toMatchObject({ allowed: false, rule: 'GD-31', reasonKey: 'rule.otherNeedsText' });
    expect(checkGround(YN, 'stop', 'OTHER', null)).toMatchObject({ allowed: false, rule: 'YN-17', reasonKey: 'rule.otherNeedsText' });
    expect(checkGround(SX, 'stop', 'OTHER', '')).toMatchObject({ allowed: false, rule: 'SX-10', reasonKey: 'rule.otherNeedsText' });
    expect(checkGround(SX, 'stop', 'OTHER', '家属情绪激动')).toMatchObject({ allowed: true, rule: 'SX-10' });
  });

  it('YN-16 / YN-22: a warned-first ground stops only after an earlier warning on the meeting', () => {
    expect(checkGround(YN, 'warn', 'DISCUSSES_CASE', null)).toMatchObject({ allowed: true, rule: 'YN-22' });
    expect(checkGround(YN, 'stop', 'DISCUSSES_CASE', null, false)).toMatchObject({ allowed: false, rule: 'YN-16', reasonKey: 'monitoring.warnFirst' });
    expect(checkGround(YN, 'stop', 'DISCUSSES_CASE', null, true)).toMatchObject({ allowed: true, rule: 'YN-22' });
    expect(checkGround(YN, 'stop', 'DISORDER', null, false)).toMatchObject({ allowed: false, rule: 'YN-16' });
  });

  it('YN-17: an at-once ground stops without a warning; it is not a warn ground', () => {
    expect(checkGround(YN, 'stop', 'CASE_COLLUSION', null, false)).toMatchObject({ allowed: true, rule: 'YN-17' });
    expect(checkGround(YN, 'warn', 'CASE_COLLUSION', null)).toMatchObject({ allowed: false, rule: 'YN-16', reasonKey: 'monitoring.notAGround' });
  });

  it('SX-8(3): coded language stops at once; it is not a warn ground', () => {
    expect(checkGround(SX, 'stop', 'CODED_LANGUAGE', null, false)).toMatchObject({ allowed: true, rule: 'SX-8(3)' });
    expect(checkGround(SX, 'warn', 'CODED_LANGUAGE', null)).toMatchObject({ allowed: false, rule: 'SX-10' });
  });
});
