import type { EntityManager } from '@rv/kit';
import { badInput, domainError, ErrorCode } from '@rv/schema';
import { chinaToday, isIsoDate } from '../calendar.js';
import { ServiceDay } from './service-day.entity.js';

export interface ServiceDayInput {
  date: string;
  capacity: number;
}

/** Publishes or updates service days; a capacity can never drop below the slots already taken. */
export async function publishServiceDays(
  em: EntityManager, institution: { id: string; kind: string }, days: ServiceDayInput[],
): Promise<ServiceDay[]> {
  if (!days.length || days.length > 62) throw badInput('一次可发布1至62个服务日 (Publish 1 to 62 days at a time)');
  const today = chinaToday();
  for (const day of days) {
    if (!isIsoDate(day.date)) throw badInput(`日期格式应为YYYY-MM-DD (Date must be YYYY-MM-DD): ${day.date}`, 'date');
    if (day.date <= today) throw badInput(`只能发布今后的服务日 (Only future days can be published): ${day.date}`, 'date');
    if (!Number.isInteger(day.capacity) || day.capacity < 0 || day.capacity > 1000)
      throw badInput('号源数应为0至1000 (Slot count must be 0 to 1000)', 'capacity');
  }
  return em.transactional(async (tx) => {
    const ids: string[] = [];
    for (const day of days) {
      const [row] = await tx.execute<{ id: string }[]>(
        `insert into "judicial"."service_day" (id, institution_id, institution_kind, date, capacity, taken)
         values (gen_random_uuid(), ?, ?, ?, ?, 0)
         on conflict (institution_id, date) do update set capacity = excluded.capacity
           where "service_day".taken <= excluded.capacity
         returning id`, [institution.id, institution.kind, day.date, day.capacity]);
      if (!row) throw domainError(ErrorCode.CONFLICT, `${day.date} 已预约的号源多于新的号源数 (More slots already booked than the new count)`);
      ids.push(row.id);
    }
    return tx.find(ServiceDay, { id: { $in: ids } }, { orderBy: { date: 'asc' } });
  });
}

/**
 * Takes one slot, atomically: the update succeeds only while a slot is left, so concurrent
 * requests can never oversell a day (product rule: a slot is never sold twice).
 */
export async function takeSlot(em: EntityManager, serviceDayId: string): Promise<void> {
  const taken = await em.execute<{ affectedRows: number }>(
    `update "judicial"."service_day" set taken = taken + 1 where id = ? and taken < capacity`, [serviceDayId], 'run');
  if (taken.affectedRows !== 1) throw slotFull();
}

export const slotFull = () => domainError(ErrorCode.SLOT_FULL, '该日号源已满，请选择其他日期 (No slots left on this day; please choose another)');

/** Gives a slot back (cancellation, rejection, suspension). */
export async function releaseSlot(em: EntityManager, serviceDayId: string): Promise<void> {
  await em.execute(`update "judicial"."service_day" set taken = taken - 1 where id = ? and taken > 0`, [serviceDayId], 'run');
}
