import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { GD, SX, YN } from '../rules/packs.js';
import { rejectionText } from '../rules/evaluate.js';
import { noteText, translate, translateKeyed } from './index.js';
import { zhCN } from './zh-CN.js';

function keys(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

describe('message catalogues', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('no message mixes the two languages, and none uses characters vue-i18n reserves', () => {
    for (const text of keys(zhCN).map((key) => translate(key))) expect(text).not.toMatch(/[|@$]|\([A-Z][a-z]/);
    for (const text of keys(en).map((key) => translate(key, {}, 'en'))) expect(text).not.toMatch(/[\u4e00-\u9fff|@$]/);
  });

  it('fills parameters, Chinese by default and English on request', () => {
    expect(translate('rule.applyAhead', { days: 10 })).toBe('须提前10日申请');
    expect(translate('rule.applyAhead', { days: 10 }, 'en')).toBe('Apply at least 10 days ahead');
    expect(translate('no.such.key')).toBe('no.such.key');
  });
});

describe('decisions stored by key (issue 14)', () => {
  it('GD-23 / YN-8 / SX-9: a rejection is the pack’s reason by key, the note as written, and the applying pack’s own rule; no words', () => {
    expect(rejectionText(SX, 'inmate', 'CONFINEMENT', null)).toEqual({ key: 'reason.inmate.CONFINEMENT', params: {}, rule: 'SX-9' });
    expect(rejectionText(YN, 'visitor', 'FALSE_IDENTITY', ' 户口簿与本人不符 ')).toEqual({
      key: 'decision.withNote',
      params: { reason: { key: 'reason.visitor.FALSE_IDENTITY' }, note: '户口簿与本人不符' },
      rule: 'YN-8',
    });
    expect(rejectionText(GD, 'visitor', 'FALSE_IDENTITY', '')).toEqual({ key: 'reason.visitor.FALSE_IDENTITY', params: {}, rule: 'GD-23' });
    expect(rejectionText(SX, 'visitor', 'FALSE_IDENTITY', null).rule).toBe('SX-8');
  });

  it('a keyed text reads in either language, a keyed parameter translated first, never both languages at once', () => {
    const stored = { key: 'decision.withNote', params: { reason: { key: 'reason.inmate.CONFINEMENT' }, note: '第二次违纪' } };
    expect(translateKeyed(stored)).toBe('禁闭：第二次违纪');
    expect(translateKeyed(stored, 'en')).toBe('Confinement: 第二次违纪');
    expect(translateKeyed({ key: 'sms.rejected', params: { number: 'N1', reason: { key: 'sms.reasonUnstated' } } }, 'en')).toBe(
      'Remote meetings: your application (no. N1) is not approved. Reason: not stated.',
    );
    expect(translateKeyed(noteText('醉酒'), 'en')).toBe('醉酒');
    const choices = { key: 'roster.row.badChoice', params: { choices: [{ key: 'roster.value.yes' }, { key: 'roster.value.no' }] } };
    expect([translateKeyed(choices), translateKeyed(choices, 'en')]).toEqual(['应为以下之一：是、否', 'One of: Yes, No']);
  });
});
