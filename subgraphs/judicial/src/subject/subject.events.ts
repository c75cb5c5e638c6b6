import type { EntityManager } from '@rv/kit';
import type { OutboxEvent, SubjectRegistered } from '@rv/schema';

/** inmate.registered / detainee.registered → the directory row, created or refreshed. */
export async function rememberSubject(em: EntityManager, event: OutboxEvent<SubjectRegistered>): Promise<void> {
  const subject = event.payload;
  await em.execute(
    `insert into "judicial"."subject_ref" (id, kind, institution_id, in_custody) values (?, ?, ?, ?)
     on conflict (id) do update set institution_id = excluded.institution_id, in_custody = excluded.in_custody`,
    [subject.subjectId, subject.kind, subject.institutionId, subject.inCustody], 'run');
}
