import { recordEvent, type EntityManager } from '@rv/kit';
import { Topic, audience, type SubjectRegistered } from '@rv/schema';
import { Inmate } from './inmate.entity.js';

/**
 * Admits an inmate and tells the other subgraphs (judicial keeps a directory of subjects to
 * route applications to the right institution). No personal data goes into the event.
 */
export async function registerInmates(em: EntityManager, inmates: Inmate[]): Promise<void> {
  await em.transactional(async (tx) => {
    tx.persist(inmates);
    await tx.flush();
    for (const inmate of inmates) {
      const payload: SubjectRegistered = {
        subjectId: inmate.id, institutionId: inmate.prison.id, kind: 'INMATE',
        inCustody: inmate.custodyStatus === 'IN_CUSTODY', rulePack: inmate.prison.rulePack, ward: inmate.ward.number,
        treatmentLevel: inmate.treatmentLevel, crimeCategory: inmate.crimeCategory, foreign: inmate.foreign,
      };
      await recordEvent(tx, 'prison', {
        topic: Topic.INMATE_REGISTERED, aggregateType: 'Inmate', aggregateId: inmate.id,
        audience: [audience.tenant(inmate.prison.id)], payload,
      });
    }
  });
}
