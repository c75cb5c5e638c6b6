/** Days are counted in China Standard Time (ARCHITECTURE), whatever the device's own zone. */
export function chinaToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** YYYY-MM of this month in China, `offset` months on. */
export function chinaMonth(offset = 0, now = new Date()): string {
  const [year, month] = chinaToday(now).split('-').map(Number);
  const index = year * 12 + (month - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
