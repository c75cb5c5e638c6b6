import { recordManyEvents, type EntityManager, type NewEvent } from '@rv/kit';
import { Topic, audience, type SubjectRegistered } from '@rv/schema';
import { Inmate } from './inmate.entity.js';

/** What judicial's subject directory holds of an inmate (upserted on every registration event). */
export interface InmateDirectoryEntry {
  id: string;
  prisonId: string;
  rulePack: string;
  ward: number;
  inCustody: boolean;
  treatmentLevel: SubjectRegistered['treatmentLevel'];
  crimeCategory: string;
  foreign: boolean;
}

/** inmate.registered: admission, and every later change judicial routes or checks by (ward, level, SX-5 category, prison, custody). No personal data. */
export function inmateRegisteredEvent(entry: InmateDirectoryEntry): NewEvent {
  const payload: SubjectRegistered = {
    subjectId: entry.id,
    institutionId: entry.prisonId,
    kind: 'INMATE',
    inCustody: entry.inCustody,
    rulePack: entry.rulePack,
    ward: entry.ward,
    treatmentLevel: entry.treatmentLevel,
    crimeCategory: entry.crimeCategory,
    foreign: entry.foreign,
  };
  return { topic: Topic.INMATE_REGISTERED, aggregateType: 'Inmate', aggregateId: entry.id, audience: [audience.tenant(entry.prisonId)], payload };
}

export function directoryEntry(inmate: Inmate): InmateDirectoryEntry {
  return {
    id: inmate.id,
    prisonId: inmate.prison.id,
    rulePack: inmate.prison.rulePack,
    ward: inmate.ward.number,
    inCustody: inmate.custodyStatus === 'IN_CUSTODY',
    treatmentLevel: inmate.treatmentLevel,
    crimeCategory: inmate.crimeCategory,
    foreign: inmate.foreign,
  };
}

/**
 * Admits an inmate and tells the other subgraphs (judicial keeps a directory of subjects to
 * route applications to the right institution). No personal data goes into the event.
 */
export async function registerInmates(em: EntityManager, inmates: Inmate[]): Promise<void> {
  await em.transactional(async (tx) => {
    tx.persist(inmates);
    await tx.flush();
    await recordManyEvents(
      tx,
      'prison',
      inmates.map((inmate) => inmateRegisteredEvent(directoryEntry(inmate))),
    );
  });
}
