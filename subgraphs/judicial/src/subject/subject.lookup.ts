import { findById, type EntityManager } from '@rv/kit';
import { isUuid, notFound, type NotFoundEntity } from '@rv/schema';
import { SubjectRef } from './subject-ref.entity.js';

/** A subject still in custody (applications and requests are only for them), or NOT_FOUND naming `what`. */
export async function subjectInCustody(em: EntityManager, id: string, what: NotFoundEntity): Promise<SubjectRef> {
  const subject = isUuid(id) ? await findById(em, SubjectRef, id) : null;
  if (!subject || !subject.inCustody) throw notFound(what);
  return subject;
}
