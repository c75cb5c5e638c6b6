import { recordEvent, type EntityManager } from '@rv/kit';
import { Topic, audience, type InstitutionRegistered } from '@rv/schema';
import { DetoxCentre } from './detox-centre.entity.js';

/** Opens a detox centre on the platform and tells judicial which rule pack it works under. */
export async function registerDetoxCentre(em: EntityManager, centre: DetoxCentre): Promise<DetoxCentre> {
  return em.transactional(async (tx) => {
    tx.persist(centre);
    await tx.flush();
    const payload: InstitutionRegistered = { institutionId: centre.id, kind: 'DETOX_CENTRE', name: centre.name, rulePack: centre.rulePack, wardDays: null };
    await recordEvent(tx, 'detox', { topic: Topic.INSTITUTION_REGISTERED, aggregateType: 'DetoxCentre', aggregateId: centre.id, audience: [audience.tenant(centre.id)], payload });
    return centre;
  });
}
