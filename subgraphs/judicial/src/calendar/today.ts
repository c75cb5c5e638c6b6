import { chinaDate, clock } from '@rv/schema';

/** Today in China Standard Time (ARCHITECTURE: days are counted in Asia/Shanghai). */
export function chinaToday(now = clock.now()): string {
  return chinaDate(now);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function isIsoMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** The first day of the month after `month` (YYYY-MM): a month's days are those before it (months have 28–31 days). */
export function firstDayOfNextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, '0')}-01`;
}
