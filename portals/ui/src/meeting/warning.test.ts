import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@rv/schema/contract';
import { warningText } from './warning.js';

const GD_GROUNDS = [
  { code: 'HARMFUL_TOPICS', labelKey: 'grounds.GD.HARMFUL_TOPICS', needsText: false },
  { code: 'OTHER', labelKey: 'grounds.GD.OTHER', needsText: true },
];
const zh = (key: string) => key.split('.').reduce((tree: any, part) => tree?.[part], MESSAGES['zh-CN']) ?? key;
const en = (key: string) => key.split('.').reduce((tree: any, part) => tree?.[part], MESSAGES.en) ?? key;

describe('a warning on the meeting terminals', () => {
  it('GD-31: a warning given without written words shows its ground’s label, not an empty line', () => {
    expect(warningText({ ground: 'HARMFUL_TOPICS', reason: '' }, GD_GROUNDS, zh)).toBe('谈论有碍改造、戒治或涉及监狱、戒毒单位保密内容');
    expect(warningText({ ground: 'HARMFUL_TOPICS', reason: '  ' }, GD_GROUNDS, en)).toBe(
      "Topics harmful to reform or treatment, or the institution's confidential matters",
    );
  });

  it('GD-31: the ground and the words staff wrote, together; a warning recorded before grounds existed keeps its words', () => {
    expect(warningText({ ground: 'HARMFUL_TOPICS', reason: '请勿谈论案情' }, GD_GROUNDS, zh)).toBe(
      '谈论有碍改造、戒治或涉及监狱、戒毒单位保密内容：请勿谈论案情',
    );
    expect(warningText({ ground: null, reason: '请勿谈论案情' }, GD_GROUNDS, zh)).toBe('请勿谈论案情');
  });
});
