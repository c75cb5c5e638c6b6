import { recordEvents, type EntityManager } from '@rv/kit';
import { ErrorCode, forbidden, invalid, isUuid, isValidResidentId, keyed, notFound, rulePack, type Identity, type Relation } from '@rv/schema';
import { Account } from '../account/account.entity.js';
import { Application, ApplicationStatus } from '../application/application.entity.js';
import { applicationChangedEvent, releaseBooking } from '../application/application.service.js';
import { checkBooking, type BookingDraft } from '../application/booking-pipeline.js';
import { checkIdempotencyKey, chosenServiceDay, fileOnce, reserveBooking } from '../application/booking.service.js';
import { chinaToday } from '../calendar/today.js';
import { subjectInCustody } from '../subject/subject.lookup.js';
import { followPairChange, lockPair, pairWithCounterpart } from './pair.service.js';

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
  for (const [name, idNumber, field] of [
    [input.ownSubjectName, input.ownSubjectIdNumber, 'ownSubject'],
    [input.relativeName, input.relativeIdNumber, 'relative'],
  ] as const) {
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
export async function fileCustodyMeeting(
  em: EntityManager,
  staff: Identity & { tenantId: string; accountId: string },
  input: CustodyMeetingInput,
): Promise<Application> {
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
      channel: 'CUSTODY',
      subject,
      serviceDay: await chosenServiceDay(tx, input.serviceDayId),
      venue: null,
      visitors: [visitor],
      relativeInCustody: visitorSide,
      today: chinaToday(),
    };
    const application = await reserveBooking(tx, await checkBooking(tx, draft), { filedBy, idempotencyKey: input.idempotencyKey });
    if (pairs) await pairWithCounterpart(tx, application);
    return application;
  });
}

/**
 * The filing institution withdraws its custody meeting (GD-5 / YN-7): the day, the venue side and
 * the month go back; YN-7: the pair's other half is stopped and released too, and its prison told.
 */
export async function withdrawCustodyMeeting(em: EntityManager, staff: Identity & { tenantId: string }, id: string): Promise<Application> {
  return em.transactional(async (tx) => {
    const application = isUuid(id) ? await tx.findOne(Application, { id, venue: null }, { populate: ['serviceDay', 'venue'] }) : null;
    if (!application) throw notFound('application');
    const filer = application.filedByStaffId ? await tx.findOne(Account, { id: application.filedByStaffId }) : null;
    if (filer?.tenantId !== staff.tenantId) throw forbidden('forbidden.ownSubjectsOnly');
    if (application.pairState) await lockPair(tx, application);
    const stopped = { status: ApplicationStatus.CANCELLED, stage: 'DONE', stageDueOn: null };
    const changed = await tx.nativeUpdate(Application, { id, status: { $in: [ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED] } }, stopped);
    if (!changed) throw keyed(ErrorCode.CONFLICT, 'booking.custody.notWithdrawable');
    Object.assign(application, stopped);
    await releaseBooking(tx, application);
    const partnerChanged = application.pairState ? await followPairChange(tx, application) : [];
    await recordEvents(tx, 'judicial', [applicationChangedEvent(application), ...partnerChanged]);
    return application;
  });
}
