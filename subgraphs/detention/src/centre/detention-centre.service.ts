import type { EntityManager } from '@rv/kit';
import { DetentionCentre, MeetingRoom, RoomKind } from './detention-centre.entity.js';
import { Suspect } from '../suspect/suspect.entity.js';

/** Opens a detention centre with its meeting rooms (CQ-7: standard, quick, video). */
export async function registerDetentionCentre(em: EntityManager, centre: DetentionCentre, rooms: { name: string; kind: RoomKind }[]): Promise<DetentionCentre> {
  return em.transactional(async (tx) => {
    tx.persist(centre);
    for (const room of rooms) tx.create(MeetingRoom, { centre, ...room } as MeetingRoom);
    await tx.flush();
    return centre;
  });
}

/** Suspects as the centre's intake registers them. */
export async function registerSuspects(em: EntityManager, suspects: Suspect[]): Promise<void> {
  em.persist(suspects);
  await em.flush();
}
