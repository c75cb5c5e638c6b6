// A static import (not createRequire) so bundlers take the data along: the calendar loads in a browser too.
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { MessageKey, MessageParams } from '../messages/index.js';

/** One year's official schedule: holidays and make-up working days (调休). */
export interface YearSchedule {
  year: number;
  holidays: string[];
  makeupWorkdays: string[];
}

export interface WorkingDayResult {
  date: string;
  /** The count ran through a year with no schedule loaded: weekends only (product rule). */
  calendarMissing: boolean;
}

const DAY_MS = 86_400_000;
const shanghaiDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in China Standard Time (ARCHITECTURE: days are counted in Asia/Shanghai). */
export function chinaDate(instant: Date): string {
  return shanghaiDate.format(instant);
}

const shanghaiTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The minute in China Standard Time, YYYY-MM-DDTHH:MM (YN-10 arrival times). */
export function chinaMinute(instant: Date): string {
  return `${chinaDate(instant)}T${shanghaiTime.format(instant)}`;
}

/**
 * The same day `months` calendar months later (or earlier, when negative), clamped to the month's
 * end: 2027-01-31 + 1 → 2027-02-28, 2028-01-31 + 1 → 2028-02-29, 2026-03-31 − 1 → 2026-02-28.
 * Every period rule counts with it (YN-15 periods, GD-33 / YN-17 / SX-10 suspensions, YN-13 retention).
 */
export function addMonthsClamped(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  const lastDay = new Date(Date.UTC(toYear, toMonth, 0)).getUTCDate();
  return `${String(toYear).padStart(4, '0')}-${String(toMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Working days per the national calendar (product rule in DOMAIN.md "Review and approval"):
 * holidays closed, make-up days open, weekends closed; years without a schedule count
 * weekends only and say so, until the province's admin loads the year.
 */
export class WorkingCalendar {
  private readonly holidays = new Set<string>();
  private readonly makeupWorkdays = new Set<string>();
  private readonly years = new Set<number>();

  constructor(schedules: YearSchedule[] = []) {
    for (const schedule of schedules) this.load(schedule);
  }

  /** Adds or replaces one year's schedule (the province admin's entry, or the package data). */
  load(schedule: YearSchedule): void {
    const prefix = `${schedule.year}-`;
    for (const set of [this.holidays, this.makeupWorkdays]) for (const day of [...set]) if (day.startsWith(prefix)) set.delete(day);
    for (const day of schedule.holidays) this.holidays.add(day);
    for (const day of schedule.makeupWorkdays) this.makeupWorkdays.add(day);
    this.years.add(schedule.year);
  }

  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  /** The years with a schedule, ascending. */
  loadedYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  /** SX-2: a holiday of the loaded schedule (a make-up working day is none). */
  isHoliday(date: string): boolean {
    return this.holidays.has(date) && !this.makeupWorkdays.has(date);
  }

  isWorkingDay(date: string): boolean {
    if (this.makeupWorkdays.has(date)) return true;
    if (this.holidays.has(date)) return false;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** GD-13: the working days of a month (YYYY-MM), in order. */
  workingDaysOfMonth(month: string): string[] {
    const days: string[] = [];
    for (let day = `${month}-01`; day.startsWith(month); day = shift(day, 1)) if (this.isWorkingDay(day)) days.push(day);
    return days;
  }

  /** The nth working day after `date` (the start day itself is not counted). */
  addWorkingDays(date: string, n: number): WorkingDayResult {
    let day = date;
    let calendarMissing = false;
    for (let counted = 0; counted < n;) {
      day = shift(day, 1);
      if (!this.hasYear(Number(day.slice(0, 4)))) calendarMissing = true;
      if (this.isWorkingDay(day)) counted++;
    }
    return { date: day, calendarMissing };
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A year's schedule as the province admin enters it: real days of that year, no day both a
 * holiday and a make-up working day, make-up days on weekends and holidays on weekdays or
 * weekends (a holiday week spans both). Returns the problem as a message key, or null.
 */
export function scheduleProblem(schedule: YearSchedule): { key: MessageKey; params: MessageParams } | null {
  if (!Number.isInteger(schedule.year) || schedule.year < 2000 || schedule.year > 2100) return { key: 'calendar.invalidYear', params: {} };
  if (!schedule.holidays.length) return { key: 'calendar.noHolidays', params: {} };
  for (const day of [...schedule.holidays, ...schedule.makeupWorkdays]) {
    const valid = ISO_DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
    if (!valid || !day.startsWith(`${schedule.year}-`)) return { key: 'calendar.notADayOfYear', params: { day, year: schedule.year } };
  }
  const both = schedule.holidays.find((day) => schedule.makeupWorkdays.includes(day));
  if (both) return { key: 'calendar.holidayAndMakeup', params: { day: both } };
  const weekday = schedule.makeupWorkdays.find((day) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()));
  if (weekday) return { key: 'calendar.makeupOnWeekday', params: { day: weekday } };
  return null;
}

/** The national schedule as shipped by chinese-days (years up to the package's last). */
export function chineseDaysSchedules(): YearSchedule[] {
  const data = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };
  const years = new Map<number, YearSchedule>();
  const yearOf = (day: string) => {
    const year = Number(day.slice(0, 4));
    if (!years.has(year)) years.set(year, { year, holidays: [], makeupWorkdays: [] });
    return years.get(year)!;
  };
  for (const day of Object.keys(data.holidays)) yearOf(day).holidays.push(day);
  for (const day of Object.keys(data.workdays)) yearOf(day).makeupWorkdays.push(day);
  return [...years.values()];
}

let national: WorkingCalendar | null = null;

/** The national calendar every subgraph counts working days with (loaded once per process). */
export function nationalCalendar(): WorkingCalendar {
  national ??= new WorkingCalendar(chineseDaysSchedules());
  return national;
}
