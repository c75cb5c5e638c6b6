import { maskIdNumber, maskPhone } from '@rv/schema/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import { chinaDateTime, chinaMonth, chinaTime, chinaToday, dayLabel, monthLabel } from './dates.js';
import { errorCode, errorText } from './errors.js';
import { useCountdown } from './meeting/countdown.js';

const t = (key: string) => `<${key}>`;
const graphQLError = (code: string, message = 'server detail') => ({ graphQLErrors: [{ message, extensions: { code } }] });

describe('what the portals show a clerk', () => {
  it('errors are shown by their stable code; the codes whose server message names the rule keep it', () => {
    expect(errorCode(graphQLError('SLOT_FULL'))).toBe('SLOT_FULL');
    expect(errorCode({ graphQLErrors: [], networkError: new Error('down') })).toBe('NETWORK');
    expect(errorCode(new Error('anything else'))).toBe('INTERNAL');
    expect(errorText(graphQLError('FORBIDDEN'), t)).toBe('<errors.FORBIDDEN>');
    // Keyed refusals, in each language: errors.test.ts.
  });

  it('personal data in lists: ID numbers and phones masked (the server’s own masks)', () => {
    expect(maskIdNumber('110101198003120272')).toBe('110101********0272');
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskIdNumber('123')).toBe('***');
  });

  it('days and months are China’s, whatever the device’s zone', () => {
    expect(chinaToday(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01'); // 00:30 in Beijing
    expect(chinaMonth(1, new Date('2026-12-10T00:00:00Z'))).toBe('2027-01');
    expect(chinaMonth(-2, new Date('2027-01-10T00:00:00Z'))).toBe('2026-11');
    expect(chinaTime('2026-12-03T01:30:00Z', 'zh-CN')).toBe('09:30:00');
    expect(chinaDateTime('2026-12-31T16:30:00Z', 'zh-CN')).toBe('2027/1/1 00:30:00');
  });

  it('a meeting day reads short, with its weekday, in the chosen language', () => {
    expect(dayLabel('2026-12-03', 'zh-CN')).toBe('12月3日 周四');
    expect(dayLabel('2026-12-08', 'zh-CN')).toBe('12月8日 周二');
    expect(monthLabel('2027-01', 'zh-CN')).toBe('2027年1月');
    expect(monthLabel('2027-01', 'en')).toBe('January 2027');
    expect(dayLabel('2026-12-03', 'en')).toBe('Thu, Dec 3');
  });
});

describe('GD-35: the countdown both sides see', () => {
  afterEach(() => vi.useRealTimers());

  it('counts down each second from the server’s seconds left, turns red in the last five minutes, and restarts when the server says otherwise (an extension)', async () => {
    vi.useFakeTimers();
    const secondsLeft = ref<number | null>(5 * 60 + 2);
    const scope = effectScope();
    const countdown = scope.run(() => useCountdown(secondsLeft))!;
    expect(countdown.text.value).toBe('05:02');
    expect(countdown.ending.value).toBe(false);
    vi.advanceTimersByTime(3000);
    expect(countdown.text.value).toBe('04:59');
    expect(countdown.ending.value).toBe(true);
    secondsLeft.value = 15 * 60; // YN-14: lengthened
    await nextTick();
    expect(countdown.text.value).toBe('15:00');
    secondsLeft.value = null; // over
    await nextTick();
    expect(countdown.text.value).toBe('--:--');
    scope.stop();
  });
});
