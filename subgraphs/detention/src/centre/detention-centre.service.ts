import { LockMode } from '@mikro-orm/core';
import { recordEvent, requireProvinceAdmin, scheduleOf, setUnitActive, type EntityManager } from '@rv/kit';
import { ErrorCode, Topic, audience, isUuid, keyed, type Identity, type InstitutionRegistered } from '@rv/schema';
import { DetentionCentre, MeetingRoom, RoomKind } from './detention-centre.entity.js';
import { Suspect } from '../suspect/suspect.entity.js';

/** Every change to a centre is announced as its whole state: judicial's directory (staff accounts name an existing, active centre). */
async function announceCentre(tx: EntityManager, centre: DetentionCentre): Promise<void> {
  const payload: InstitutionRegistered = {
    institutionId: centre.id,
    kind: 'DETENTION_CENTRE',
    name: centre.name,
    rulePack: centre.rulePack,
    wardDays: null,
    packSchedule: scheduleOf(centre),
    active: centre.active,
    inactiveReason: centre.inactiveReason,
  };
  await recordEvent(tx, 'detention', {
    topic: Topic.INSTITUTION_REGISTERED,
    aggregateType: 'DetentionCentre',
    aggregateId: centre.id,
    audience: [audience.tenant(centre.id)],
    payload,
  });
}

/** Opens a detention centre with its meeting rooms (CQ-7: standard, quick, video). */
export async function registerDetentionCentre(em: EntityManager, centre: DetentionCentre, rooms: { name: string; kind: RoomKind }[]): Promise<DetentionCentre> {
  return em.transactional(async (tx) => {
    tx.persist(centre);
    for (const room of rooms) tx.create(MeetingRoom, { centre, ...room } as MeetingRoom);
    await tx.flush();
    await announceCentre(tx, centre);
    return centre;
  });
}

/** Issue 15: the province's administrator deactivates (with the reason) or reactivates a centre; nothing is deleted. */
export async function setDetentionCentreActive(
  em: EntityManager,
  staff: Identity,
  id: string,
  active: boolean,
  reason: string | null,
): Promise<DetentionCentre> {
  requireProvinceAdmin(staff);
  return em.transactional(async (tx) => {
    const centre = isUuid(id) ? await tx.findOne(DetentionCentre, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!centre) throw keyed(ErrorCode.NOT_FOUND, 'admin.notFound.unit');
    setUnitActive(centre, active, reason);
    await tx.flush();
    await announceCentre(tx, centre);
    return centre;
  });
}

/** Suspects as the centre's intake registers them. */
export async function registerSuspects(em: EntityManager, suspects: Suspect[]): Promise<void> {
  em.persist(suspects);
  await em.flush();
}
