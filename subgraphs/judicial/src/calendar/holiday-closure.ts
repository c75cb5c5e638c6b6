import type { EntityManager } from '@rv/kit';
import type { Identity, YearSchedule } from '@rv/schema';
import { Application, ApplicationStatus } from '../application/application.entity.js';
import { closeDaysThatBecameHolidays, sealClosedDays } from '../slot/slot.service.js';
import { SuspensionCause } from '../suspension/suspension-notice.entity.js';
import { suspendBookings } from '../suspension/suspension.service.js';

/**
 * GD-13 / SX-2 after the province enters a year's holidays: service days already published on a
 * day the unit's pack now closes take no new bookings, and their bookings are stopped the GD-39
 * way (the family told by SMS, slot and month given back, a priority reschedule offered), under
 * one notice from the province. Returns how many bookings were stopped.
 */
export async function closeNewHolidays(tx: EntityManager, province: Identity & { tenantId: string }, schedule: YearSchedule): Promise<number> {
  const closed = await closeDaysThatBecameHolidays(tx, schedule);
  if (!closed.length) return 0;
  const ids = closed.map((day) => day.id);
  const bookings = await tx.find(
    Application,
    {
      status: { $in: [ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED] },
      $or: [{ serviceDay: { id: { $in: ids } } }, { venueServiceDayId: { $in: ids } }],
    },
    { populate: ['serviceDay', 'venue'] },
  );
  const dates = closed.map((day) => day.date).sort();
  const [fromDate, toDate] = [dates[0], dates[dates.length - 1]];
  // Issue 14: the notice by key; the SMS is sent in Chinese (the families' language), the notice read in the reader's.
  const messageKeyed = { key: 'calendar.holidayNotice', params: { year: schedule.year, from: fromDate, to: toDate } };
  await suspendBookings(tx, province, { cause: SuspensionCause.HOLIDAY_SCHEDULE, fromDate, toDate, message: '', messageKeyed }, bookings);
  await sealClosedDays(tx, ids);
  return bookings.length;
}
