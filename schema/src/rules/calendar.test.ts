import { describe, expect, it } from 'vitest';
import { WorkingCalendar, chinaDate, chineseDaysSchedules } from './calendar.js';

const calendar = new WorkingCalendar(chineseDaysSchedules());

describe('working days (national calendar, days counted in Asia/Shanghai)', () => {
  it('holidays are closed and make-up working days (调休) are open', () => {
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false); // National Day
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true); // Saturday, make-up working day
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday before Spring Festival, make-up day
    expect(calendar.isWorkingDay('2026-11-28')).toBe(false); // ordinary Saturday
    expect(calendar.isWorkingDay('2026-11-23')).toBe(true);
  });

  it('counts working days after the start day, skipping the National Day week and counting its make-up Saturday', () => {
    expect(calendar.addWorkingDays('2026-09-30', 3)).toEqual({ date: '2026-10-10', calendarMissing: false });
  });

  it('a count running into a year with no schedule counts weekends only and is flagged CALENDAR_MISSING', () => {
    expect(calendar.hasYear(2027)).toBe(false);
    expect(calendar.addWorkingDays('2026-12-30', 3)).toEqual({ date: '2027-01-04', calendarMissing: true });
  });

  it('the province admin can load a later year, after which the same count is exact', () => {
    const withNextYear = new WorkingCalendar(chineseDaysSchedules());
    withNextYear.load({ year: 2027, holidays: ['2027-01-01'], makeupWorkdays: [] });
    expect(withNextYear.addWorkingDays('2026-12-30', 3)).toEqual({ date: '2027-01-05', calendarMissing: false });
  });

  it('a day is the calendar day in China Standard Time', () => {
    expect(chinaDate(new Date('2026-11-23T16:30:00Z'))).toBe('2026-11-24');
    expect(chinaDate(new Date('2026-11-23T15:59:00Z'))).toBe('2026-11-23');
  });
});
