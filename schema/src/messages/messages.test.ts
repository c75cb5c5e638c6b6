import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { translate } from './index.js';
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
