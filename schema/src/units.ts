import { invalid } from './errors.js';
import { RULE_PACKS } from './rules/packs.js';

/** SX-2: ward (brigade) number → the days of the month it meets; the institution's own data (GD-44). */
export type WardDays = Record<number, number[]>;

/**
 * A unit's rule pack from a day on: the pack, and the institution's own data inside it (SX-2 ward
 * days). `from` null: since the unit was opened. A change applies to applications filed on or
 * after its day; those filed before keep the pack they were filed under.
 */
export interface PackAssignment {
  pack: string;
  from: string | null;
  wardDays: WardDays | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The assignment that applies to a filing on `date` (China day): the latest that started on or before it. */
export function packOn(schedule: readonly PackAssignment[], date: string): PackAssignment {
  let applying: PackAssignment | null = null;
  for (const entry of schedule) {
    if ((entry.from === null || entry.from <= date) && (!applying || (applying.from ?? '') <= (entry.from ?? ''))) applying = entry;
  }
  if (!applying) throw new Error('a unit has no rule pack in force');
  return applying;
}

/** The opening assignment of a unit. */
export function firstAssignment(pack: string, wardDays: WardDays | null = null): PackAssignment[] {
  checkPackCode(pack);
  return [{ pack, from: null, wardDays: checkWardDays(wardDays) }];
}

/**
 * Schedules a pack from `from` on. The day may not be past (applications already filed keep
 * theirs anyway, and a past day would pretend otherwise); one on the same day replaces it.
 */
export function schedulePack(schedule: readonly PackAssignment[], next: PackAssignment, today: string): PackAssignment[] {
  checkPackCode(next.pack);
  if (!next.from || !ISO_DATE.test(next.from) || Number.isNaN(Date.parse(`${next.from}T00:00:00Z`)))
    throw invalid('admin.pack.dateFormat', {}, 'effectiveFrom');
  if (next.from < today) throw invalid('admin.pack.pastDate', { date: next.from }, 'effectiveFrom');
  const entry = { pack: next.pack, from: next.from, wardDays: checkWardDays(next.wardDays) };
  return [...schedule.filter((kept) => kept.from !== next.from), entry].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
}

function checkPackCode(pack: string): void {
  if (!(pack in RULE_PACKS)) throw invalid('admin.pack.unknown', { pack }, 'rulePack');
}

/** SX-2 ward days: ward numbers 1–999, days of the month 1–31, each ward at least one day. */
export function checkWardDays(wardDays: WardDays | null): WardDays | null {
  if (wardDays === null) return null;
  const checked: WardDays = {};
  for (const [ward, days] of Object.entries(wardDays)) {
    const number = Number(ward);
    if (!Number.isInteger(number) || number < 1 || number > 999) throw invalid('admin.pack.wardNumber', { ward }, 'wardDays');
    if (!Array.isArray(days) || !days.length || days.some((day) => !Number.isInteger(day) || day < 1 || day > 31))
      throw invalid('admin.pack.wardDays', { ward }, 'wardDays');
    checked[number] = [...new Set(days)].sort((a, b) => a - b);
  }
  return Object.keys(checked).length ? checked : null;
}

/** What families see of a unit: where it is and a number to call (shown on the apply and result pages). */
export interface UnitContact {
  name: string;
  region: string;
  address: string;
  phone: string;
}

const PHONE = /^[0-9][0-9\- ]{4,19}$/;

/** Names, places and phone numbers as staff type them: trimmed, bounded, the phone digits and dashes. */
export function checkUnitContact(contact: UnitContact): UnitContact {
  const name = contact.name.trim();
  const region = contact.region.trim();
  const address = contact.address.trim();
  const phone = contact.phone.trim();
  if (!name || name.length > 60) throw invalid('admin.unit.name', { max: 60 }, 'name');
  if (!region || region.length > 30) throw invalid('admin.unit.region', { max: 30 }, 'region');
  if (address.length > 120) throw invalid('admin.unit.address', { max: 120 }, 'address');
  if (phone && !PHONE.test(phone)) throw invalid('admin.unit.phone', {}, 'phone');
  return { name, region, address, phone };
}

/** A deactivation says why, in words families and staff are shown. */
export function checkDeactivationReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed || trimmed.length > 200) throw invalid('admin.unit.reason', { max: 200 }, 'reason');
  return trimmed;
}
