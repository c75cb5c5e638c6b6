import { LockMode } from '@mikro-orm/core';
import {
  applyUnitContact,
  checkUnitPart,
  recordEvent,
  requireProvinceAdmin,
  saveUnitPart,
  scheduleOf,
  scheduleUnitPack,
  setUnitActive,
  wardDaysFrom,
  type EntityManager,
  type PackAssignmentInput,
  type UnitContactInput,
  type WardDaysInput,
} from '@rv/kit';
import { ErrorCode, Topic, audience, checkWardDays, firstAssignment, invalid, isUuid, keyed, type Identity, type InstitutionRegistered } from '@rv/schema';
import { Prison, Ward } from './prison.entity.js';

/** Opens a prison on the platform and tells judicial which rule pack it works under. */
export async function registerPrison(em: EntityManager, prison: Prison): Promise<Prison> {
  return em.transactional(async (tx) => {
    tx.persist(prison);
    await tx.flush();
    await announcePrison(tx, prison);
    return prison;
  });
}

/**
 * Judicial keeps a directory of institutions (which pack applies to a filing on which day,
 * whether it takes bookings): every change to a prison is announced as its whole state.
 */
async function announcePrison(tx: EntityManager, prison: Prison): Promise<void> {
  const payload: InstitutionRegistered = {
    institutionId: prison.id,
    kind: 'PRISON',
    name: prison.name,
    rulePack: prison.rulePack,
    wardDays: prison.wardDays,
    packSchedule: scheduleOf(prison),
    active: prison.active,
    inactiveReason: prison.inactiveReason,
  };
  await recordEvent(tx, 'prison', {
    topic: Topic.INSTITUTION_REGISTERED,
    aggregateType: 'Prison',
    aggregateId: prison.id,
    audience: [audience.tenant(prison.id)],
    payload,
  });
}

export interface WardInput {
  number: number;
  name: string;
}

/** Issue 15: the province opens a prison with its wards and its pack (and SX-2 ward days) since opening. */
export async function createPrison(
  em: EntityManager,
  staff: Identity,
  contact: UnitContactInput,
  rulePack: string,
  wards: WardInput[],
  wardDays: WardDaysInput[] | null,
): Promise<Prison> {
  requireProvinceAdmin(staff);
  const [opening] = firstAssignment(rulePack, checkWardDays(wardDaysFrom(wardDays)));
  const checkedWards = wards.map(checkUnitPart);
  if (new Set(checkedWards.map((ward) => ward.number)).size !== checkedWards.length) throw invalid('admin.unit.wardNumber', {}, 'wards');
  return em.transactional(async (tx) => {
    const prison = tx.create(Prison, {
      name: '',
      region: '',
      rulePack: opening.pack,
      wardDays: opening.wardDays,
      packSchedule: [opening],
    } as unknown as Prison);
    applyUnitContact(prison, contact);
    for (const ward of checkedWards) tx.create(Ward, { prison, ...ward });
    await tx.flush();
    await announcePrison(tx, prison);
    return prison;
  });
}

export async function changePrison(em: EntityManager, staff: Identity, id: string, change: (prison: Prison) => void): Promise<Prison> {
  requireProvinceAdmin(staff);
  return em.transactional(async (tx) => {
    const prison = isUuid(id) ? await tx.findOne(Prison, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!prison) throw keyed(ErrorCode.NOT_FOUND, 'admin.notFound.unit');
    change(prison);
    await tx.flush();
    await announcePrison(tx, prison);
    return prison;
  });
}

export const updatePrison = (em: EntityManager, staff: Identity, id: string, contact: UnitContactInput) =>
  changePrison(em, staff, id, (prison) => applyUnitContact(prison, contact));

export const setPrisonActive = (em: EntityManager, staff: Identity, id: string, active: boolean, reason: string | null) =>
  changePrison(em, staff, id, (prison) => setUnitActive(prison, active, reason));

export const schedulePrisonPack = (em: EntityManager, staff: Identity, id: string, pack: PackAssignmentInput) =>
  changePrison(em, staff, id, (prison) => void scheduleUnitPack(prison, pack));

/** Issue 15: the province's administrator adds a ward or renames one (saveUnitPart: one upsert, never deleted). */
export async function saveWard(em: EntityManager, staff: Identity, prisonId: string, input: WardInput): Promise<Ward> {
  requireProvinceAdmin(staff);
  const ward = checkUnitPart(input);
  const prison = isUuid(prisonId) ? await em.findOne(Prison, { id: prisonId }) : null;
  if (!prison) throw keyed(ErrorCode.NOT_FOUND, 'admin.notFound.unit');
  await saveUnitPart(em, '"prison"."ward"', 'prison_id', prison.id, ward);
  return em.findOneOrFail(Ward, { prison, number: ward.number }, { refresh: true });
}
