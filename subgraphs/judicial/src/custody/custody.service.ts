import { recordEvents, type EntityManager } from '@rv/kit';
import { ruleError,
  ErrorCode, badInput, checkSuspension, domainError, forbidden, isUuid, isValidResidentId, monthlyAllowance, notFound,
  rulePack, type Identity, type Relation,
} from '@rv/schema';
import { takeAllowance } from '../allowance/allowance.service.js';
import { Application, ApplicationStatus, SubjectKind } from '../application/application.entity.js';
import { applicationChangedEvent, checkIdempotencyKey, fileOnce, monthOf, nextApplicationNumber, sentToInstitution, stageTiming } from '../application/application.service.js';
import { checkBookingRules } from '../application/booking-rules.js';
import { chinaToday } from '../calendar/today.js';
import { ServiceDay } from '../slot/service-day.entity.js';
import { slotFull, takeSlot } from '../slot/slot.service.js';
import { subjectInCustody } from '../subject/subject.lookup.js';

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
    if (!name.trim() || name.length > 30) throw badInput('姓名应为1至30字 (A name must be 1–30 characters)', `${field}Name`);
    if (!isValidResidentId(idNumber)) throw badInput('身份证号码无效 (Invalid resident ID number)', `${field}IdNumber`);
  }
}

/**
 * GD-5 / YN-7: two relatives in custody in different institutions meet remotely. The filing
 * institution's pack decides who reviews: GD-5 the relative's institution approves what this
 * one applies for (the meeting is on the relative's side's day and allowance); YN-7 each inmate
 * applies to his or her own prison, and the two applications are paired.
 */
export async function fileCustodyMeeting(em: EntityManager, staff: Identity & { tenantId: string; accountId: string }, input: CustodyMeetingInput): Promise<Application> {
  validate(input);
  return fileOnce(em, { filedByStaffId: staff.accountId }, input, async (tx) => {
    const own = await subjectInCustody(tx, input.ownSubjectId, 'ownSubject');
    if (own.institutionId !== staff.tenantId) throw forbidden('forbidden.ownSubjectsOnly');
    const relative = await subjectInCustody(tx, input.relativeSubjectId, 'relativeInCustody');
    if (relative.institutionId === own.institutionId) throw badInput('同一单位的亲属会见由本单位安排 (Relatives in the same institution meet there)', 'relativeSubjectId');
    const pack = rulePack(own.rulePack);
    const ownReviews = pack.bothInCustody.reviewedBy === 'OWN_INSTITUTION';
    const [subject, visitorSide] = ownReviews ? [own, relative] : [relative, own];
    const visitor = ownReviews
      ? { name: input.relativeName.trim(), idNumber: input.relativeIdNumber, relation: input.relation }
      : { name: input.ownSubjectName.trim(), idNumber: input.ownSubjectIdNumber, relation: input.relation };
    const serviceDay = isUuid(input.serviceDayId) ? await tx.findOne(ServiceDay, { id: input.serviceDayId }) : null;
    if (!serviceDay) throw notFound('serviceDay');
    if (serviceDay.institutionId !== subject.institutionId)
      throw badInput(ownReviews ? '须选择本单位的服务日 (YN-7: choose a day of your own institution)' : '须选择亲属所在单位的服务日 (GD-5: choose a day of the relative’s institution)', 'serviceDayId');
    if (serviceDay.date <= chinaToday()) throw badInput('只能预约今后的日期 (Only a future day can be booked)', 'serviceDayId');
    if (serviceDay.taken >= serviceDay.capacity) throw slotFull();
    const { extendedReview } = checkBookingRules(subject, [visitor], chinaToday(), serviceDay.date, null);
    // The relative on the visitor side may not be under a suspension either (GD-33, YN-17, SX-10).
    const sideSuspension = checkSuspension(rulePack(visitorSide.rulePack), visitorSide.suspendedUntil, visitorSide.suspensionRule, serviceDay.date);
    if (!sideSuspension.allowed) throw ruleError(sideSuspension);
    const today = chinaToday();
    const application = tx.create(Application, {
      number: await nextApplicationNumber(tx),
      status: ApplicationStatus.SUBMITTED, submittedAt: new Date(),
      subjectKind: subject.kind as SubjectKind, subjectId: subject.id, institutionId: subject.institutionId,
      venue: null, visitorInstitutionId: visitorSide.institutionId, visitorSubjectId: visitorSide.id,
      serviceDay, proxyAccountId: null, filedByStaffId: staff.accountId,
      visitors: [visitor], reason: null, idempotencyKey: input.idempotencyKey, extendedReview,
      priority: false, priorityCategory: null, rescheduleOffered: false, rulePack: pack.code,
      ...stageTiming(pack, 'INSTITUTION', today, extendedReview), notifiedAt: null,
    });
    await tx.flush();
    if (ownReviews) await pairWithCounterpart(tx, application);
    await recordEvents(tx, 'judicial', [sentToInstitution(application, today), applicationChangedEvent(application)]);
    await takeAllowance(tx, subject.id, monthOf(serviceDay.date), monthlyAllowance(pack, subject.treatmentLevel), pack.code);
    await takeSlot(tx, serviceDay.id);
    return application;
  });
}

/** YN-7: the other inmate's own application for the same day, if filed, is paired with this one. */
async function pairWithCounterpart(em: EntityManager, application: Application): Promise<void> {
  const [counterpart] = await em.execute<{ id: string }[]>(
    `update "judicial"."application" a set paired_application_id = ?
       from "judicial"."service_day" d
      where a.service_day_id = d.id and d.date = ? and a.subject_id = ? and a.visitor_subject_id = ?
        and a.paired_application_id is null and a.status in ('SUBMITTED', 'APPROVED')
      returning a.id`, [application.id, application.serviceDay.date, application.visitorSubjectId, application.subjectId]);
  if (counterpart) application.pairedApplicationId = counterpart.id;
  await em.flush();
}
