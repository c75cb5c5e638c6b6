import { recordEvent, type EntityManager } from '@rv/kit';
import { Topic, audience, type InstitutionRegistered } from '@rv/schema';
import { Prison } from './prison.entity.js';

/** Opens a prison on the platform and tells judicial which rule pack it works under. */
export async function registerPrison(em: EntityManager, prison: Prison): Promise<Prison> {
  return em.transactional(async (tx) => {
    tx.persist(prison);
    await tx.flush();
    const payload: InstitutionRegistered = { institutionId: prison.id, kind: 'PRISON', name: prison.name, rulePack: prison.rulePack, wardDays: prison.wardDays };
    await recordEvent(tx, 'prison', { topic: Topic.INSTITUTION_REGISTERED, aggregateType: 'Prison', aggregateId: prison.id, audience: [audience.tenant(prison.id)], payload });
    return prison;
  });
}
