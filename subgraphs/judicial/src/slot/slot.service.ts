import type { EntityManager } from '@rv/kit';
import { ruleError, badInput, checkPublication, checkServiceDay, domainError, ErrorCode, nationalCalendar, notFound, rulePack, type InstitutionRegistered, type OutboxEvent, type RulePack } from '@rv/schema';
import { CountyBureau } from '../bureau/bureau.entity.js';
import { InstitutionRef } from './institution-ref.entity.js';
import { chinaToday, isIsoDate } from '../calendar/today.js';
import { ServiceDay } from './service-day.entity.js';

export interface ServiceDayInput {
  date: string;
  capacity: number;
}

/**
 * Publishes or updates service days; a capacity can never drop below the slots already taken.
 * GD-13: only working days; the month's GD-13/GD-14 standing is recorded for the province.
 */
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
    const unit = await publishingUnit(tx, institution.id);
    const pack = rulePack(unit.rulePack);
    for (const day of days) {
      const verdict = checkServiceDay(pack, nationalCalendar(), day.date);
      if (!verdict.allowed) throw ruleError(verdict, ErrorCode.NOT_ELIGIBLE, { field: 'date' });
    }
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
    for (const month of new Set(days.map((day) => day.date.slice(0, 7)))) await recordCompliance(tx, unit, pack, month, today);
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

interface PublishingUnit {
  id: string;
  name: string;
  rulePack: string;
  /** GD-14: which minimum applies. */
  minimumOf: 'institution' | 'countyBureau' | 'judicialOffice';
}

/** GD-36: a prison or detox centre, or a venue (county bureau, judicial office), publishes its own days. */
async function publishingUnit(em: EntityManager, id: string): Promise<PublishingUnit> {
  const institution = await em.findOne(InstitutionRef, { id });
  if (institution) return { id, name: institution.name, rulePack: institution.rulePack, minimumOf: 'institution' };
  const venue = await em.findOne(CountyBureau, { id });
  if (!venue) throw notFound('unit');
  return { id, name: venue.name, rulePack: venue.rulePack, minimumOf: venue.kind === 'JUDICIAL_OFFICE' ? 'judicialOffice' : 'countyBureau' };
}

/**
 * GD-13 / GD-14 at the venue: where a venue publishes days for a month, a family sits there only
 * on those days and takes one of its slots too; a venue that publishes none that month sets no
 * limit of its own. Returns the venue's day taken, if any.
 */
export async function takeVenueSlot(em: EntityManager, venueId: string, date: string): Promise<string | null> {
  const [row] = await em.execute<{ day_id: string | null; published: boolean }[]>(
    `select (select id from "judicial"."service_day" where institution_id = ? and date = ?) as day_id,
            exists (select 1 from "judicial"."service_day" where institution_id = ? and to_char(date, 'YYYY-MM') = ?) as published`,
    [venueId, date, venueId, date.slice(0, 7)]);
  if (!row.day_id) {
    if (row.published) throw domainError(ErrorCode.NOT_ELIGIBLE, `会见地点${date}不开放远程会见 (The venue does not serve on ${date})`, { rule: 'GD-13' });
    return null;
  }
  await takeSlot(em, row.day_id);
  return row.day_id;
}

/** GD-13 / GD-14: the unit's standing for a month, after a publication (lateness is kept from the first one). */
async function recordCompliance(em: EntityManager, unit: PublishingUnit, pack: RulePack, month: string, today: string): Promise<void> {
  const [{ total }] = await em.execute<{ total: number }[]>(
    `select coalesce(sum(capacity), 0)::int as total from "judicial"."service_day" where institution_id = ? and to_char(date, 'YYYY-MM') = ?`, [unit.id, month]);
  const check = checkPublication(pack, today, month, unit.minimumOf, total);
  await em.execute(
    `insert into "judicial"."slot_compliance" (unit_id, month, unit_name, total, minimum, below_minimum, late, checked_at)
     values (?, ?, ?, ?, ?, ?, ?, now())
     on conflict (unit_id, month) do update set total = excluded.total, below_minimum = excluded.below_minimum, checked_at = now()`,
    [unit.id, month, unit.name, total, pack.slots.monthlyMinimum[unit.minimumOf], !check.belowMinimum.allowed, !check.late.allowed], 'run');
}

/** institution.registered → the directory row that says which pack applies to the unit. */
export async function rememberInstitution(em: EntityManager, event: OutboxEvent<InstitutionRegistered>): Promise<void> {
  const unit = event.payload;
  await em.execute(
    `insert into "judicial"."institution_ref" (id, kind, name, rule_pack, ward_days) values (?, ?, ?, ?, ?)
     on conflict (id) do update set name = excluded.name, rule_pack = excluded.rule_pack, ward_days = excluded.ward_days`,
    [unit.institutionId, unit.kind, unit.name, unit.rulePack, unit.wardDays ? JSON.stringify(unit.wardDays) : null], 'run');
}
