import { LockMode } from '@mikro-orm/core';
import {
  applyUnitContact,
  requireProvinceAdmin,
  scheduleUnitPack,
  setUnitActive,
  type EntityManager,
  type PackAssignmentInput,
  type UnitContactInput,
} from '@rv/kit';
import { TenantKind, firstAssignment, invalid, isUuid, notFound, type Identity } from '@rv/schema';
import { CountyBureau } from '../bureau/bureau.entity.js';
import { SupervisingBureau } from './supervising-bureau.entity.js';

export interface VenueOpening {
  kind: string;
  rulePack: string;
  /** YN-8: a judicial office's county bureau. */
  parentBureauId: string | null;
  /** GD-41: an office designated to act as a county bureau. */
  actsAsCountyBureau: boolean;
}

/** Issue 15: the province opens a county bureau or a judicial office (GD-14, GD-41, GD-42). */
export async function createVenue(em: EntityManager, staff: Identity, contact: UnitContactInput, opening: VenueOpening): Promise<CountyBureau> {
  requireProvinceAdmin(staff);
  if (opening.kind !== TenantKind.COUNTY_BUREAU && opening.kind !== TenantKind.JUDICIAL_OFFICE) throw invalid('admin.unit.kind', {}, 'kind');
  const office = opening.kind === TenantKind.JUDICIAL_OFFICE;
  if (!office && (opening.parentBureauId || opening.actsAsCountyBureau)) throw invalid('admin.unit.onlyOfficeParent', {}, 'parentBureauId');
  if (opening.parentBureauId) {
    const parent = isUuid(opening.parentBureauId) ? await em.findOne(CountyBureau, { id: opening.parentBureauId, kind: TenantKind.COUNTY_BUREAU }) : null;
    if (!parent) throw invalid('admin.unit.parentBureau', {}, 'parentBureauId');
  }
  const [first] = firstAssignment(opening.rulePack);
  const venue = em.create(CountyBureau, {
    name: '',
    region: '',
    kind: opening.kind,
    rulePack: first.pack,
    packSchedule: [first],
    parentBureauId: opening.parentBureauId,
    actsAsCountyBureau: office && opening.actsAsCountyBureau,
  } as unknown as CountyBureau);
  applyUnitContact(venue, contact);
  await em.flush();
  return venue;
}

async function changeUnit<T extends CountyBureau | SupervisingBureau>(
  em: EntityManager,
  staff: Identity,
  entity: new () => T,
  id: string,
  change: (unit: T) => void,
): Promise<T> {
  requireProvinceAdmin(staff);
  return em.transactional(async (tx) => {
    const unit = isUuid(id) ? await tx.findOne(entity, { id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!unit) throw notFound('unit');
    change(unit as T);
    await tx.flush();
    return unit as T;
  });
}

export const updateVenue = (em: EntityManager, staff: Identity, id: string, contact: UnitContactInput) =>
  changeUnit(em, staff, CountyBureau, id, (venue) => applyUnitContact(venue, contact));

export const setVenueActive = (em: EntityManager, staff: Identity, id: string, active: boolean, reason: string | null) =>
  changeUnit(em, staff, CountyBureau, id, (venue) => setUnitActive(venue, active, reason));

export const scheduleVenuePack = (em: EntityManager, staff: Identity, id: string, pack: PackAssignmentInput) =>
  changeUnit(em, staff, CountyBureau, id, (venue) => void scheduleUnitPack(venue, pack));

/** Issue 15: the province opens its prison bureau or detox bureau. */
export async function createSupervisingBureau(
  em: EntityManager,
  staff: Identity,
  kind: string,
  contact: UnitContactInput,
  rulePack: string,
): Promise<SupervisingBureau> {
  requireProvinceAdmin(staff);
  if (kind !== TenantKind.PRISON_BUREAU && kind !== TenantKind.DETOX_BUREAU) throw invalid('admin.unit.kind', {}, 'kind');
  const [first] = firstAssignment(rulePack);
  const bureau = em.create(SupervisingBureau, { name: '', region: '', kind, rulePack: first.pack, packSchedule: [first] } as unknown as SupervisingBureau);
  applyUnitContact(bureau, contact);
  await em.flush();
  return bureau;
}

export const updateSupervisingBureau = (em: EntityManager, staff: Identity, id: string, contact: UnitContactInput) =>
  changeUnit(em, staff, SupervisingBureau, id, (bureau) => applyUnitContact(bureau, contact));

export const setSupervisingBureauActive = (em: EntityManager, staff: Identity, id: string, active: boolean, reason: string | null) =>
  changeUnit(em, staff, SupervisingBureau, id, (bureau) => setUnitActive(bureau, active, reason));
