import { chinaDate } from '@rv/schema/contract';

const CHINA = 'Asia/Shanghai';

/** Days are counted in China Standard Time (ARCHITECTURE), whatever the device's own zone: the server's own function. */
export function chinaToday(now = new Date()): string {
  return chinaDate(now);
}

/** YYYY-MM of this month in China, `offset` months on. */
export function chinaMonth(offset = 0, now = new Date()): string {
  const [year, month] = chinaToday(now).split('-').map(Number);
  const index = year * 12 + (month - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A meeting day (YYYY-MM-DD) the same way on every screen: "12月3日 周四" / "Thu, Dec 3". */
export function dayLabel(date: string, locale: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  if (locale === 'en') return new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' }).format(day);
  const weekday = new Intl.DateTimeFormat('zh-CN', { weekday: 'short', timeZone: 'UTC' }).format(day);
  return `${day.getUTCMonth() + 1}月${day.getUTCDate()}日 ${weekday}`;
}

/** The weekday of a day (YYYY-MM-DD): "周四" / "Thu". */
export function weekdayLabel(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en' : 'zh-CN', { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** A month (YYYY-MM) as a heading: "2026年12月" / "December 2026". */
export function monthLabel(month: string, locale: string): string {
  const [year, number] = month.split('-').map(Number);
  if (locale === 'en')
    return new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, number - 1, 1)));
  return `${year}年${number}月`;
}

/** A moment on China's clock (date and time), in the reader's language, whatever the device's zone. */
export function chinaDateTime(at: string | Date, locale: string): string {
  return new Date(at).toLocaleString(locale, { timeZone: CHINA });
}

/** The time of day of a moment on China's clock. */
export function chinaTime(at: string | Date, locale: string): string {
  return new Date(at).toLocaleTimeString(locale, { timeZone: CHINA });
}
