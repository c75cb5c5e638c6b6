import { describe, expect, it } from 'vitest';
import { checkWardDays, packOn, schedulePack, type PackAssignment } from './units.js';

const SINCE_OPENING: PackAssignment = { pack: 'GD', from: null, wardDays: null };

describe('issue 15: a unit’s rule packs by effective date', () => {
  it('a filing takes the pack in force on its day: the day before the change the old one, from the change on the new one', () => {
    const schedule = schedulePack([SINCE_OPENING], { pack: 'SX', from: '2027-01-01', wardDays: { 1: [11, 1, 21] } }, '2026-12-03');
    expect(packOn(schedule, '2026-12-31')).toEqual(SINCE_OPENING);
    expect(packOn(schedule, '2027-01-01')).toEqual({ pack: 'SX', from: '2027-01-01', wardDays: { 1: [1, 11, 21] } });
    expect(packOn(schedule, '2027-06-30').pack).toBe('SX');
  });

  it('a change on a day already scheduled replaces it; one in the past, or an unknown pack, is refused', () => {
    const once = schedulePack([SINCE_OPENING], { pack: 'YN', from: '2027-01-01', wardDays: null }, '2026-12-03');
    expect(schedulePack(once, { pack: 'SX', from: '2027-01-01', wardDays: null }, '2026-12-03').map((entry) => entry.pack)).toEqual(['GD', 'SX']);
    expect(() => schedulePack(once, { pack: 'SX', from: '2026-12-02', wardDays: null }, '2026-12-03')).toThrow(/生效日期2026-12-02已过/);
    expect(() => schedulePack(once, { pack: 'XX', from: '2027-02-01', wardDays: null }, '2026-12-03')).toThrow(/规则包XX不存在/);
  });

  it('SX-2 ward days: days 1–31, wards 1–999, each with a day', () => {
    expect(checkWardDays({ 11: [28, 8, 18, 8] })).toEqual({ 11: [8, 18, 28] });
    expect(() => checkWardDays({ 1: [32] })).toThrow();
    expect(() => checkWardDays({ 0: [1] })).toThrow();
    expect(() => checkWardDays({ 2: [] })).toThrow();
  });
});
