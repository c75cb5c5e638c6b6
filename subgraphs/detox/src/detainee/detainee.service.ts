import { recordEvent, type EntityManager } from '@rv/kit';
import { Topic, audience, type SubjectRegistered } from '@rv/schema';
import { Detainee } from './detainee.entity.js';

/** Admits detainees and announces them to the judicial directory, without personal data. */
export async function registerDetainees(em: EntityManager, detainees: Detainee[]): Promise<void> {
  await em.transactional(async (tx) => {
    tx.persist(detainees);
    await tx.flush();
    for (const detainee of detainees) {
      const payload: SubjectRegistered = {
        subjectId: detainee.id, institutionId: detainee.centre.id, kind: 'DETAINEE', inCustody: detainee.inCustody,
        rulePack: detainee.centre.rulePack, ward: detainee.brigade, treatmentLevel: 'ORDINARY', crimeCategory: 'DETOX', foreign: false,
      };
      await recordEvent(tx, 'detox', {
        topic: Topic.DETAINEE_REGISTERED, aggregateType: 'Detainee', aggregateId: detainee.id,
        audience: [audience.tenant(detainee.centre.id)], payload,
      });
    }
  });
}
