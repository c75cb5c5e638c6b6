import type { EntityManager } from '@rv/kit';
import { forbidden, invalid, isValidResidentId, rulePack, type Identity, type Relation } from '@rv/schema';
import type { Application } from '../application/application.entity.js';
import { checkBooking, type BookingDraft } from '../application/booking-pipeline.js';
import { checkIdempotencyKey, chosenServiceDay, fileOnce, reserveBooking } from '../application/booking.service.js';
import { chinaToday } from '../calendar/today.js';
import { subjectInCustody } from '../subject/subject.lookup.js';
import { pairWithCounterpart } from './pair.service.js';

export interface CustodyMeetingInput {
  /** The filing institution's own inmate or detainee. */
  ownSubjectId: string;
  ownSubjectName: string;
  ownSubjectIdNumber: string;
  /** The relative, held by another institution. */
  relativeSubjectId: string;
  relativeName: string;
  relativeIdNumber: string;
  relation: Relation;
  serviceDayId: string;
  idempotencyKey: string;
}

function validate(input: CustodyMeetingInput): void {
  checkIdempotencyKey(input.idempotencyKey);
  for (const [name, idNumber, field] of [[input.ownSubjectName, input.ownSubjectIdNumber, 'ownSubject'], [input.relativeName, input.relativeIdNumber, 'relative']] as const) {
    if (!name.trim() || name.length > 30) throw invalid('booking.custody.name', {}, `${field}Name`);
    if (!isValidResidentId(idNumber)) throw invalid('booking.custody.idNumber', {}, `${field}IdNumber`);
  }
}

/**
 * GD-5 / YN-7: two relatives in custody in different institutions meet remotely. The filing
 * institution's pack decides who reviews: GD-5 the relative's institution approves what this
 * one applies for (the meeting is on the relative's side's day and allowance); YN-7 each inmate
 * applies to his or her own prison, and the two applications are paired (one meeting for both).
 * The booking passes the one pipeline as the CUSTODY channel.
 */
export async function fileCustodyMeeting(em: EntityManager, staff: Identity & { tenantId: string; accountId: string }, input: CustodyMeetingInput): Promise<Application> {
  validate(input);
  const filedBy = { filedByStaffId: staff.accountId };
  return fileOnce(em, filedBy, input, async (tx) => {
    const own = await subjectInCustody(tx, input.ownSubjectId, 'ownSubject');
    if (own.institutionId !== staff.tenantId) throw forbidden('forbidden.ownSubjectsOnly');
    const relative = await subjectInCustody(tx, input.relativeSubjectId, 'relativeInCustody');
    if (relative.institutionId === own.institutionId) throw invalid('booking.custody.sameInstitution', {}, 'relativeSubjectId');
    const pairs = rulePack(own.rulePack).bothInCustody.reviewedBy === 'OWN_INSTITUTION';
    const [subject, visitorSide] = pairs ? [own, relative] : [relative, own];
    const visitor = pairs
      ? { name: input.relativeName.trim(), idNumber: input.relativeIdNumber, relation: input.relation }
      : { name: input.ownSubjectName.trim(), idNumber: input.ownSubjectIdNumber, relation: input.relation };
    const draft: BookingDraft = {
      channel: 'CUSTODY', subject, serviceDay: await chosenServiceDay(tx, input.serviceDayId), venue: null,
      visitors: [visitor], relativeInCustody: visitorSide, today: chinaToday(),
    };
    const application = await reserveBooking(tx, await checkBooking(tx, draft), { filedBy, idempotencyKey: input.idempotencyKey });
    if (pairs) await pairWithCounterpart(tx, application);
    return application;
  });
}
