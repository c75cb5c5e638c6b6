import { read, type EntityManager, type Part } from '@rv/kit';
import { ErrorCode, keyed, packOn, type InstitutionRegistered, type OutboxEvent, type PackAssignment } from '@rv/schema';
import type { CountyBureau } from '../bureau/bureau.entity.js';
import { chinaToday } from '../calendar/today.js';
import { InstitutionRef } from '../slot/institution-ref.entity.js';

/**
 * institution.registered (sent on opening and on every change) → the directory row: which pack
 * applies to a filing on which day, and whether the institution takes bookings. The subjects'
 * copy of the pack follows the one in force today (relationship registration, custody filings).
 */
export async function rememberInstitution(em: EntityManager, event: OutboxEvent<InstitutionRegistered>): Promise<void> {
  const unit = event.payload;
  const schedule: PackAssignment[] = unit.packSchedule ?? [{ pack: unit.rulePack, from: null, wardDays: unit.wardDays }];
  await em.execute(
    `insert into "judicial"."institution_ref" (id, kind, name, rule_pack, ward_days, pack_schedule, active, inactive_reason) values (?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (id) do update set name = excluded.name, rule_pack = excluded.rule_pack, ward_days = excluded.ward_days,
       pack_schedule = excluded.pack_schedule, active = excluded.active, inactive_reason = excluded.inactive_reason`,
    [
      unit.institutionId,
      unit.kind,
      unit.name,
      unit.rulePack,
      unit.wardDays ? JSON.stringify(unit.wardDays) : null,
      JSON.stringify(schedule),
      unit.active ?? true,
      unit.inactiveReason ?? null,
    ],
    'run',
  );
  const current = packOn(schedule, chinaToday());
  await em.execute(
    `update "judicial"."subject_ref" set rule_pack = ? where institution_id = ? and rule_pack <> ?`,
    [current.pack, unit.institutionId, current.pack],
    'run',
  );
}

/** institution.registered from detention → the centre's directory row (staff accounts name an existing, active centre). */
export async function rememberDetentionCentre(em: EntityManager, event: OutboxEvent<InstitutionRegistered>): Promise<void> {
  const centre = event.payload;
  await em.execute(
    `insert into "judicial"."detention_centre_ref" (id, name, active) values (?, ?, ?)
     on conflict (id) do update set name = excluded.name, active = excluded.active`,
    [centre.institutionId, centre.name, centre.active ?? true],
    'run',
  );
}

/** The institution's directory row, with the schedule it had before schedules existed. */
export function scheduleOfInstitution(institution: InstitutionRef): PackAssignment[] {
  return institution.packSchedule?.length ? institution.packSchedule : [{ pack: institution.rulePack, from: null, wardDays: institution.wardDays }];
}

/**
 * Issue 15: the pack that applies to an application filed on `filedOn` at this institution (and
 * its own data in it, SX-2 ward days): a pack change applies to applications filed from its day on.
 */
export function applyingAssignment(institution: InstitutionRef, filedOn: string): PackAssignment {
  return packOn(scheduleOfInstitution(institution), filedOn);
}

/** The institution's directory row as a plain object shaped like InstitutionRef (read with the booking's others; never written). */
export function institutionRead(institutionId: string): Part<InstitutionRef> {
  return read(
    `select id, kind, name, rule_pack as "rulePack", ward_days as "wardDays", pack_schedule as "packSchedule", active, inactive_reason as "inactiveReason"
       from "judicial"."institution_ref" where id = ?`,
    [institutionId],
  );
}

/** A deactivated unit takes no new bookings, and says which it is and why. */
export function refuseInactiveUnit(unit: Pick<InstitutionRef | CountyBureau, 'id' | 'name' | 'active' | 'inactiveReason'>): void {
  if (!unit.active) throw keyed(ErrorCode.UNIT_INACTIVE, 'admin.unit.inactive', { name: unit.name, reason: unit.inactiveReason ?? '' }, { unitId: unit.id });
}
