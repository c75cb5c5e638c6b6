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
  type EntityManager,
  type PackAssignmentInput,
  type UnitContactInput,
} from '@rv/kit';
import { ErrorCode, Topic, audience, firstAssignment, invalid, isUuid, keyed, type Identity, type InstitutionRegistered } from '@rv/schema';
import { Brigade, DetoxCentre } from './detox-centre.entity.js';

/** Opens a detox centre on the platform and tells judicial which rule pack it works under. */
export async function registerDetoxCentre(em: EntityManager, centre: DetoxCentre): Promise<DetoxCentre> {
  return em.transactional(async (tx) => {
    tx.persist(centre);
    await tx.flush();
    await announceCentre(tx, centre);
    return centre;
  });
}

/** Every change to a centre is announced as its whole state (judicial's directory: packs by day, active). */
async function announceCentre(tx: EntityManager, centre: DetoxCentre): Promise<void> {
  const payload: InstitutionRegistered = {
    institutionId: centre.id,
    kind: 'DETOX_CENTRE',
    name: centre.name,
    rulePack: centre.rulePack,
    wardDays: null,
    packSchedule: scheduleOf(centre),
    active: centre.active,
    inactiveReason: centre.inactiveReason,
  };
  await recordEvent(tx, 'detox', {
    topic: Topic.INSTITUTION_REGISTERED,
    aggregateType: 'DetoxCentre',
    aggregateId: centre.id,
    audience: [audience.tenant(centre.id)],
    payload,
  });
}

export interface BrigadeInput {
  number: number;
  name: string;
}

/** Issue 15: the province opens a detox centre with its brigades and its pack since opening. */
export async function createDetoxCentre(
  em: EntityManager,
  staff: Identity,
  contact: UnitContactInput,
  rulePack: string,
  brigades: BrigadeInput[],
): Promise<DetoxCentre> {
  requireProvinceAdmin(staff);
  const [opening] = firstAssignment(rulePack);
  const checked = brigades.map(checkUnitPart);
  if (new Set(checked.map((brigade) => brigade.number)).size !== checked.length) throw invalid('admin.unit.wardNumber', {}, 'brigades');
  return em.transactional(async (tx) => {
    const centre = tx.create(DetoxCentre, { name: '', region: '', rulePack: opening.pack, packSchedule: [opening] } as unknown as DetoxCentre);
    applyUnitContact(centre, contact);
    for (const brigade of checked) tx.create(Brigade, { centre, ...brigade });
    await tx.flush();
    await announceCentre(tx, centre);
    return centre;
  });
}

async function changeCentre(em: EntityManager, staff: Identity, id: string, change: (centre: DetoxCentre) => void): Promise<DetoxCentre> {
  requireProvinceAdmin(staff);
  return em.transactional(async (tx) => {
    const centre = isUuid(id) ? await tx.findOne(DetoxCentre, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!centre) throw keyed(ErrorCode.NOT_FOUND, 'admin.notFound.unit');
    change(centre);
    await tx.flush();
    await announceCentre(tx, centre);
    return centre;
  });
}

export const updateDetoxCentre = (em: EntityManager, staff: Identity, id: string, contact: UnitContactInput) =>
  changeCentre(em, staff, id, (centre) => applyUnitContact(centre, contact));

export const setDetoxCentreActive = (em: EntityManager, staff: Identity, id: string, active: boolean, reason: string | null) =>
  changeCentre(em, staff, id, (centre) => setUnitActive(centre, active, reason));

export const scheduleDetoxCentrePack = (em: EntityManager, staff: Identity, id: string, pack: PackAssignmentInput) =>
  changeCentre(em, staff, id, (centre) => void scheduleUnitPack(centre, pack));

/** Issue 15: the province's administrator adds a brigade or renames one (saveUnitPart: one upsert, never deleted). */
export async function saveBrigade(em: EntityManager, staff: Identity, centreId: string, input: BrigadeInput): Promise<Brigade> {
  requireProvinceAdmin(staff);
  const brigade = checkUnitPart(input);
  const centre = isUuid(centreId) ? await em.findOne(DetoxCentre, { id: centreId }) : null;
  if (!centre) throw keyed(ErrorCode.NOT_FOUND, 'admin.notFound.unit');
  await saveUnitPart(em, '"detox"."brigade"', 'centre_id', centre.id, brigade);
  return em.findOneOrFail(Brigade, { centre, number: brigade.number }, { refresh: true });
}
