import { recordManyEvents, type EntityManager, type NewEvent } from '@rv/kit';
import { Topic, audience, type SubjectRegistered } from '@rv/schema';
import { Detainee } from './detainee.entity.js';

/** What judicial's subject directory holds of a detainee (upserted on every registration event). */
export interface DetaineeDirectoryEntry {
  id: string;
  centreId: string;
  rulePack: string;
  brigade: number;
  inCustody: boolean;
}

/** detainee.registered: admission, and every later change judicial routes by (brigade, centre, custody). No personal data. */
export function detaineeRegisteredEvent(entry: DetaineeDirectoryEntry): NewEvent {
  const payload: SubjectRegistered = {
    subjectId: entry.id,
    institutionId: entry.centreId,
    kind: 'DETAINEE',
    inCustody: entry.inCustody,
    rulePack: entry.rulePack,
    ward: entry.brigade,
    treatmentLevel: 'ORDINARY',
    crimeCategory: 'DETOX',
    foreign: false,
  };
  return { topic: Topic.DETAINEE_REGISTERED, aggregateType: 'Detainee', aggregateId: entry.id, audience: [audience.tenant(entry.centreId)], payload };
}

export function detaineeDirectoryEntry(detainee: Detainee): DetaineeDirectoryEntry {
  return { id: detainee.id, centreId: detainee.centre.id, rulePack: detainee.centre.rulePack, brigade: detainee.brigade, inCustody: detainee.inCustody };
}

/** Admits detainees and announces them to the judicial directory, without personal data. */
export async function registerDetainees(em: EntityManager, detainees: Detainee[]): Promise<void> {
  await em.transactional(async (tx) => {
    tx.persist(detainees);
    await tx.flush();
    await recordManyEvents(
      tx,
      'detox',
      detainees.map((detainee) => detaineeRegisteredEvent(detaineeDirectoryEntry(detainee))),
    );
  });
}
