import { describe, expect, it } from 'vitest';
import { remaining } from './time-left.js';

describe('time left to a deadline (CQ-3 countdown)', () => {
  const now = Date.parse('2026-12-04T08:00:00Z');
  it('counts hours past a day as hours, minutes and seconds padded', () => {
    expect(remaining('2026-12-06T07:59:59Z', now)).toBe('47:59:59');
    expect(remaining('2026-12-04T08:01:05Z', now)).toBe('0:01:05');
  });
  it('an overdue deadline shows how long ago, with a minus', () => {
    expect(remaining('2026-12-04T06:30:00Z', now)).toBe('-1:30:00');
  });
});
