import { read, together, type EntityManager, type Part } from '@rv/kit';
import {
  ruleError,
  checkPublication,
  checkServiceDay,
  ErrorCode,
  WorkingCalendar,
  invalid,
  keyed,
  nationalCalendar,
  notFound,
  rulePack,
  type YearSchedule,
  type RulePack,
} from '@rv/schema';
import { CountyBureau, actsAsBureau } from '../bureau/bureau.entity.js';
import { InstitutionRef } from './institution-ref.entity.js';
import { chinaToday, isIsoDate } from '../calendar/today.js';
import { ServiceDay } from './service-day.entity.js';

export interface ServiceDayInput {
  date: string;
  capacity: number;
}

/**
 * Publishes or updates service days; a capacity can never drop below the slots already taken.
 * The pack's closed days are refused (GD-13 non-working days, SX-2 holidays); where the pack has
 * GD-13 / GD-14, the month's standing is recorded for the province.
 */
export async function publishServiceDays(em: EntityManager, institution: { id: string; kind: string }, days: ServiceDayInput[]): Promise<ServiceDay[]> {
  if (!days.length || days.length > 62) throw invalid('slot.publishCount');
  const today = chinaToday();
  for (const day of days) {
    if (!isIsoDate(day.date)) throw invalid('slot.dateFormat', { date: day.date }, 'date');
    if (day.date <= today) throw invalid('slot.futureOnly', { date: day.date }, 'date');
    if (!Number.isInteger(day.capacity) || day.capacity < 0 || day.capacity > 1000) throw invalid('slot.capacityRange', {}, 'capacity');
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
         returning id`,
        [institution.id, institution.kind, day.date, day.capacity],
      );
      if (!row) throw keyed(ErrorCode.CONFLICT, 'slot.moreTakenThanCapacity', { date: day.date });
      ids.push(row.id);
    }
    for (const month of new Set(days.map((day) => day.date.slice(0, 7)))) await recordCompliance(tx, unit, pack, month, today);
    return tx.find(ServiceDay, { id: { $in: ids } }, { orderBy: { date: 'asc' } });
  });
}

/**
 * Takes one slot, atomically: the update succeeds only while a slot is left, so concurrent
 * requests can never oversell a day (product rule: a slot is never sold twice). The booking sends
 * it with its other last changes (together).
 */
export function slotTaking(serviceDayId: string): Part {
  return {
    sql: `update "judicial"."service_day" set taken = taken + 1 where id = ? and taken < capacity returning taken`,
    params: [serviceDayId],
    then: (taken) => {
      if (taken.length !== 1) throw slotFull();
    },
  };
}

/** One slot of the day, on its own (see slotTaking). */
export async function takeSlot(em: EntityManager, serviceDayId: string): Promise<void> {
  await together(em, [slotTaking(serviceDayId)]);
}

export const slotFull = () => keyed(ErrorCode.SLOT_FULL, 'slot.full');

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

/**
 * GD-13 / SX-2 after the province enters a year's holidays: the published days the unit's pack now
 * closes (a GD day that became a non-working day, an SX day that became a holiday; YN closes none)
 * take no new bookings. Returns the closed days' ids; their bookings are the caller's to stop.
 */
export async function closeDaysThatBecameHolidays(em: EntityManager, schedule: YearSchedule): Promise<{ id: string; date: string }[]> {
  const { year } = schedule;
  const calendar = new WorkingCalendar([schedule]);
  const days = await em.execute<{ id: string; date: string; rule_pack: string | null }[]>(
    `select d.id, d.date::text as date, coalesce(i.rule_pack, b.rule_pack) as rule_pack
       from "judicial"."service_day" d
       left join "judicial"."institution_ref" i on i.id = d.institution_id
       left join "judicial"."county_bureau" b on b.id = d.institution_id
      where d.closed_by is null and d.date >= ? and d.date > ? and d.date < ?`,
    [`${year}-01-01`, chinaToday(), `${year + 1}-01-01`],
  );
  const closed: { id: string; date: string; rule: string }[] = [];
  for (const day of days) {
    if (!day.rule_pack) continue;
    const verdict = checkServiceDay(rulePack(day.rule_pack), calendar, day.date);
    if (!verdict.allowed) closed.push({ id: day.id, date: day.date, rule: verdict.rule });
  }
  for (const day of closed) await em.execute(`update "judicial"."service_day" set closed_by = ? where id = ?`, [day.rule, day.id], 'run');
  return closed.map(({ id, date }) => ({ id, date }));
}

/** Once a closed day's bookings are given back, its capacity shrinks to what is still taken: nothing more can be booked. */
export async function sealClosedDays(em: EntityManager, dayIds: string[]): Promise<void> {
  if (dayIds.length) await em.execute(`update "judicial"."service_day" set capacity = taken where id in (?)`, [dayIds], 'run');
}

export interface SlotRulesOfUnit {
  /** GD-13: next month's days are fixed by this day; null when the pack sets no deadline (YN, SX). */
  publishBy: { day: number; rule: string } | null;
  /** GD-14: the unit's monthly minimum; null when the pack sets none (YN, SX). */
  minimum: { slots: number; rule: string } | null;
  /** The month's days the pack leaves open for service (GD-13 working days, SX-2 all but holidays, YN every day). */
  openDays: string[];
}

/** What the unit's own pack asks of its slot publication for a month (the publishing screen shows only these). */
export async function slotRulesOf(em: EntityManager, unitId: string, month: string): Promise<SlotRulesOfUnit> {
  const unit = await publishingUnit(em, unitId);
  const pack = rulePack(unit.rulePack);
  const { publishBeforeDay, monthlyMinimum } = pack.slots;
  const calendar = nationalCalendar();
  const days: string[] = [];
  for (let day = 1; day <= 31; day++) {
    const date = `${month}-${String(day).padStart(2, '0')}`;
    if (isIsoDate(date) && checkServiceDay(pack, calendar, date).allowed) days.push(date);
  }
  return {
    publishBy: publishBeforeDay ? { day: publishBeforeDay.day, rule: publishBeforeDay.rule } : null,
    minimum: monthlyMinimum ? { slots: monthlyMinimum[unit.minimumOf], rule: monthlyMinimum.rule } : null,
    openDays: days,
  };
}

/** GD-36: a prison or detox centre, or a venue (county bureau, judicial office), publishes its own days. */
async function publishingUnit(em: EntityManager, id: string): Promise<PublishingUnit> {
  const institution = await em.findOne(InstitutionRef, { id });
  if (institution) return { id, name: institution.name, rulePack: institution.rulePack, minimumOf: 'institution' };
  const venue = await em.findOne(CountyBureau, { id });
  if (!venue) throw notFound('unit');
  return { id, name: venue.name, rulePack: venue.rulePack, minimumOf: actsAsBureau(venue) ? 'countyBureau' : 'judicialOffice' }; // GD-41
}

/**
 * GD-13 / GD-14 at the venue: where a venue publishes days for a month, a family sits there only
 * on those days and takes one of its slots too; a venue that publishes none that month sets no
 * limit of its own. Refuses a day the venue does not open; the row names the venue's day, if any,
 * whose slot the booking then takes (slotTaking).
 */
export function venueDayRead(venueId: string, date: string): Part<{ day_id: string | null; published: boolean }> {
  return {
    ...read<{ day_id: string | null; published: boolean }>(
      `select (select id from "judicial"."service_day" where institution_id = ? and date = ?) as day_id,
              exists (select 1 from "judicial"."service_day" where institution_id = ? and to_char(date, 'YYYY-MM') = ?) as published`,
      [venueId, date, venueId, date.slice(0, 7)],
    ),
    then: async ([row], em) => {
      // The venue publishes its own days (GD-36); the rule cited is the venue pack's day rule, if it has one.
      if (!row.day_id && row.published) throw keyed(ErrorCode.NOT_ELIGIBLE, 'rule.venueClosed', { date }, { rule: await venueDayRule(em, venueId) });
    },
  };
}

/** The venue's slot on its own (see venueDayRead): the venue's day taken, if any. */
export async function takeVenueSlot(em: EntityManager, venueId: string, date: string): Promise<string | null> {
  const [[row]] = await together(em, [venueDayRead(venueId, date)]);
  if (row.day_id) await takeSlot(em, row.day_id);
  return row.day_id;
}

async function venueDayRule(em: EntityManager, venueId: string): Promise<string | null> {
  const venue = await em.findOne(CountyBureau, { id: venueId });
  return venue ? (rulePack(venue.rulePack).slots.closedDays?.rule ?? null) : null;
}

/**
 * GD-13 / GD-14: the unit's standing for a month, after a publication (lateness is kept from the
 * first one). A pack without these rules (YN, SX) records nothing: the province's report never flags it.
 */
async function recordCompliance(em: EntityManager, unit: PublishingUnit, pack: RulePack, month: string, today: string): Promise<void> {
  const [{ total }] = await em.execute<{ total: number }[]>(
    `select coalesce(sum(capacity), 0)::int as total from "judicial"."service_day" where institution_id = ? and to_char(date, 'YYYY-MM') = ?`,
    [unit.id, month],
  );
  const check = checkPublication(pack, today, month, unit.minimumOf, total);
  if (!check.late && !check.belowMinimum) return;
  await em.execute(
    `insert into "judicial"."slot_compliance" (unit_id, month, unit_name, total, minimum, below_minimum, late, checked_at)
     values (?, ?, ?, ?, ?, ?, ?, now())
     on conflict (unit_id, month) do update set total = excluded.total, below_minimum = excluded.below_minimum, checked_at = now()`,
    [unit.id, month, unit.name, total, check.minimum ?? 0, check.belowMinimum?.allowed === false, check.late?.allowed === false],
    'run',
  );
}
