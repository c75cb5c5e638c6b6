import { recordEvents, type EntityManager, type NewEvent } from '@rv/kit';
import {
  Topic, TenantKind, audience, badInput, domainError, ErrorCode, forbidden, isUuid, isValidMobile, isValidResidentId, notFound,
  PriorityCategory, monthlyAllowance, nationalCalendar, nextStage, rulePack, stageDue, type RulePack, type ReviewActor, type ApplicationChanged, type ApplicationSubmitted, type OutboxEvent, type ReviewDecided,
} from '@rv/schema';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { CountyBureau } from '../bureau/bureau.entity.js';
import { InstitutionRef } from '../slot/institution-ref.entity.js';
import { chinaToday } from '../calendar/today.js';
import { releaseAllowance, takeAllowance } from '../allowance/allowance.service.js';
import { checkBookingRules } from './booking-rules.js';
import { queueDecisionSms, queueSms } from '../notification/sms.service.js';
import { ServiceDay } from '../slot/service-day.entity.js';
import { releaseSlot, slotFull, takeSlot, takeVenueSlot } from '../slot/slot.service.js';
import { subjectInCustody } from '../subject/subject.lookup.js';
import { refuseUnregisteredVisitors } from '../relationship/relationship.service.js';
import { Application, ApplicationStatus, SubjectKind, visitorSideOf, type VisitorRecord } from './application.entity.js';

export interface SubmitApplicationInput {
  subjectId: string;
  serviceDayId: string;
  venueId: string;
  visitors: VisitorRecord[];
  reason?: string | null;
  /** The same key from the same proxy returns the first application instead of a second one. */
  idempotencyKey: string;
}

/** Checks the shape of a submission before anything is read or written. */
export function validateSubmission(input: SubmitApplicationInput): void {
  checkIdempotencyKey(input.idempotencyKey);
  if (!input.visitors.length) throw badInput('至少填写一名会见人 (At least one visitor is required)', 'visitors');
  if (input.visitors.length > 10) throw badInput('会见人过多 (Too many visitors)', 'visitors');
  input.visitors.forEach((visitor, i) => {
    if (!visitor.name.trim() || visitor.name.length > 30) throw badInput(`第${i + 1}位会见人姓名应为1至30字 (Visitor ${i + 1}: name must be 1–30 characters)`, `visitors.${i}.name`);
    if (!isValidResidentId(visitor.idNumber)) throw badInput(`第${i + 1}位会见人身份证号码无效 (Visitor ${i + 1}: invalid resident ID number)`, `visitors.${i}.idNumber`);
  });
  if ((input.reason?.length ?? 0) > 500) throw badInput('事由不得超过500字 (Reason is limited to 500 characters)', 'reason');
}

/** Who files: a proxy online (GD-19), or a clerk at the counter for a walk-in family (GD-20). */
export type Filer =
  | { proxyAccountId: string }
  | { staffId: string; venueId: string; applicant: { name: string; idNumber: string; phone: string } };

/**
 * GD-19 a proxy's online application: subject, visitors, venue, slot, reason, submit (GD-20: or
 * a clerk's at the counter). One transaction takes the month and the slot and writes the
 * application and its events, or writes nothing.
 */
export async function submitApplication(em: EntityManager, filer: Filer, input: SubmitApplicationInput): Promise<Application> {
  validateSubmission(input);
  const proxyAccountId = 'proxyAccountId' in filer ? filer.proxyAccountId : null;
  const staffId = 'staffId' in filer ? filer.staffId : null;
  if (staffId && 'applicant' in filer) validateApplicant(filer.applicant);
  const filedBy = proxyAccountId ? { proxyAccountId } : { filedByStaffId: staffId };
  return fileOnce(em, filedBy, input, async (tx) => {
    const subject = await subjectInCustody(tx, input.subjectId, 'subject');
    const serviceDay = isUuid(input.serviceDayId) ? await tx.findOne(ServiceDay, { id: input.serviceDayId }) : null;
    if (!serviceDay) throw notFound('serviceDay');
    if (serviceDay.institutionId !== subject.institutionId)
      throw badInput('所选服务日不属于会见对象所在单位 (The chosen day is not at the subject’s institution)', 'serviceDayId');
    if (serviceDay.date <= chinaToday()) throw badInput('只能预约今后的日期 (Only a future day can be booked)', 'serviceDayId');
    const venue = isUuid(input.venueId) ? await tx.findOne(CountyBureau, { id: input.venueId }) : null;
    if (!venue) throw notFound('venue');
    // GD-20: a clerk files at the counter of the clerk's own bureau.
    if ('venueId' in filer && filer.venueId !== venue.id) throw forbidden('forbidden.ownCounterOnly');
    if (serviceDay.taken >= serviceDay.capacity) throw slotFull();
    await refuseSuspendedVisitors(tx, subject.id, input.visitors, serviceDay.date);
    await refuseUnregisteredVisitors(tx, subject, input.visitors);
    const institution = await tx.findOne(InstitutionRef, { id: subject.institutionId });
    const { pack, extendedReview } = checkBookingRules(subject, input.visitors, chinaToday(), serviceDay.date, institution?.wardDays ?? null, venue.kind);
    // GD-14: the venue's own slot, if it publishes days (its row stays locked to the end; venues are many, the hot row is the institution's day).
    const venueServiceDayId = await takeVenueSlot(tx, venue.id, serviceDay.date);
    const application = tx.create(Application, {
      number: await nextApplicationNumber(tx),
      venueServiceDayId,
      status: ApplicationStatus.SUBMITTED,
      submittedAt: new Date(),
      subjectKind: subject.kind as SubjectKind,
      subjectId: subject.id,
      institutionId: subject.institutionId,
      venue,
      serviceDay,
      proxyAccountId,
      filedByStaffId: staffId,
      applicantName: 'applicant' in filer ? filer.applicant.name.trim() : null,
      applicantIdNumber: 'applicant' in filer ? filer.applicant.idNumber : null,
      applicantPhone: 'applicant' in filer ? filer.applicant.phone : null,
      visitors: input.visitors.map(({ name, idNumber, relation }) => ({ name: name.trim(), idNumber, relation })),
      reason: input.reason?.trim() || null,
      idempotencyKey: input.idempotencyKey,
      extendedReview,
      ...(await usePriorityOffer(tx, subject.id, filedBy)),
      rescheduleOffered: false,
      rulePack: pack.code,
      ...firstStage(pack, venue, chinaToday(), extendedReview),
      notifiedAt: null,
    });
    await tx.flush();
    await recordEvents(tx, 'judicial', [
      ...(application.stage === 'INSTITUTION' ? [sentToInstitution(application, chinaToday())] : []),
      applicationChangedEvent(application),
    ]);
    // GD-39 / YN-18: the family hears that its reschedule was received and goes first.
    if (application.priorityCategory === PriorityCategory.RESCHEDULE)
      await queueSms(tx, application, 'rescheduled', 'sms.rescheduleReceived', { number: application.number, date: application.serviceDay.date });
    // Last before commit: the subject's and the day's rows stay locked for two statements, not the whole submission.
    await takeAllowance(tx, subject.id, monthOf(serviceDay.date), monthlyAllowance(pack, subject.treatmentLevel), pack.code);
    await takeSlot(tx, serviceDay.id);
    return application;
  });
}

/** Who filed, as the application records it (the idempotency key is unique per filer). */
export type FiledBy = { proxyAccountId: string } | { filedByStaffId: string | null };

export function checkIdempotencyKey(key: string): void {
  if (!/^[\w-]{8,64}$/.test(key)) throw badInput('幂等键应为8至64位字母数字 (idempotencyKey must be 8–64 letters, digits, - or _)', 'idempotencyKey');
}

/**
 * Files an application once per filer and key: a retry returns the first application before any
 * transaction, and of two racing with one key the loser returns the winner's. `create` runs in one
 * transaction and writes everything or nothing.
 */
export async function fileOnce(em: EntityManager, filedBy: FiledBy, input: { idempotencyKey: string; serviceDayId: string }, create: (tx: EntityManager) => Promise<Application>): Promise<Application> {
  const replayId = await replayOrRefuseFull(em, filedBy, input);
  if (replayId) return em.findOneOrFail(Application, { id: replayId }, { populate: ['serviceDay', 'venue'] });
  try {
    return await em.transactional(create);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      const winner = await em.fork().findOne(Application, { ...filedBy, idempotencyKey: input.idempotencyKey }, { populate: ['serviceDay', 'venue'] });
      if (winner) return winner;
    }
    throw error;
  }
}

export const monthOf = (date: string) => date.slice(0, 7);

/** GD-33: a visitor suspended by the institution on the bureau's recommendation may not meet this subject remotely. */
async function refuseSuspendedVisitors(em: EntityManager, subjectId: string, visitors: VisitorRecord[], meetingDate: string): Promise<void> {
  const [suspended] = await em.execute<{ visitor_name: string; ends_on: string }[]>(
    `select visitor_name, ends_on::text from "judicial"."visitor_sanction"
      where subject_id = ? and status = 'ACCEPTED' and ends_on >= ? and visitor_id_number in (?) limit 1`,
    [subjectId, meetingDate, visitors.map((visitor) => visitor.idNumber)]);
  if (suspended) throw domainError(ErrorCode.NOT_ELIGIBLE, `会见人${suspended.visitor_name}的远程会见资格暂停至${suspended.ends_on} (A visitor is suspended until ${suspended.ends_on})`, { rule: 'GD-33' });
}

export interface StageTiming {
  stage: string;
  stageFrom: string | null;
  stageDueOn: string | null;
  /** The count ran through a year whose holidays are not loaded yet (recomputed once it is). */
  calendarMissing: boolean;
}

/** GD-22 / YN-8: a stage that starts on `from`, and the working day it is due. */
export function stageTiming(pack: RulePack, actor: ReviewActor, from: string, extended: boolean): StageTiming {
  const due = stageDue(pack, nationalCalendar(), actor, from, extended);
  return { stage: actor, stageFrom: from, stageDueOn: due.date, calendarMissing: due.calendarMissing };
}

export const DONE: StageTiming = { stage: 'DONE', stageFrom: null, stageDueOn: null, calendarMissing: false };

/** YN-8: where the chain starts; a judicial office's first check only when the family applied at one. */
function firstStage(pack: RulePack, venue: CountyBureau, today: string, extended: boolean): StageTiming {
  let actor = pack.review.stages[0].actor;
  if (actor === 'JUDICIAL_OFFICE' && venue.kind !== 'JUDICIAL_OFFICE') actor = nextStage(pack, actor) ?? 'INSTITUTION';
  return stageTiming(pack, actor, today, extended);
}

/** Product rule (calendar as data): deadlines counted through a year that was missing are counted again. */
export async function recomputeApplicationDeadlines(em: EntityManager): Promise<void> {
  const flagged = await em.find(Application, { calendarMissing: true, stage: { $ne: 'DONE' }, status: { $in: [ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED] } },
    { populate: ['serviceDay', 'venue'] });
  for (const application of flagged) {
    Object.assign(application, stageTiming(rulePack(application.rulePack), application.stage as ReviewActor, application.stageFrom ?? chinaToday(), application.extendedReview));
  }
  await em.flush();
  if (flagged.length) await recordEvents(em, 'judicial', flagged.map(applicationChangedEvent));
}

/** The application reaches the institution: the event that opens its review (GD-21, YN-8). */
export function sentToInstitution(application: Application, stageFrom: string): NewEvent {
  const payload: ApplicationSubmitted = {
    applicationId: application.id, institutionStageFrom: stageFrom, extendedReview: application.extendedReview, priority: application.priority, priorityCategory: application.priorityCategory,
    subjectId: application.subjectId, subjectKind: application.subjectKind, institutionId: application.institutionId, venueId: visitorSideOf(application),
    proxyAccountId: application.proxyAccountId, serviceDate: application.serviceDay.date, submittedAt: application.submittedAt.toISOString(),
  };
  return { topic: Topic.APPLICATION_SUBMITTED, aggregateType: 'Application', aggregateId: application.id, audience: applicationAudience(application), payload };
}

/** GD-39 / YN-18: a booking stopped by a suspension gives the same family's next application for the subject priority, once. */
async function usePriorityOffer(em: EntityManager, subjectId: string, filedBy: Record<string, unknown>): Promise<{ priority: boolean; priorityCategory: string | null }> {
  const offer = await em.findOne(Application, { subjectId, ...filedBy, rescheduleOffered: true });
  if (!offer) return { priority: false, priorityCategory: null };
  offer.rescheduleOffered = false;
  return { priority: true, priorityCategory: PriorityCategory.RESCHEDULE };
}

/** GD-18: the family's own real-name details when a clerk files for it. */
function validateApplicant(applicant: { name: string; idNumber: string; phone: string }): void {
  if (!applicant.name.trim() || applicant.name.length > 30) throw badInput('申请人姓名应为1至30字 (Applicant name must be 1–30 characters)', 'applicant.name');
  if (!isValidResidentId(applicant.idNumber)) throw badInput('申请人身份证号码无效 (Invalid applicant resident ID number)', 'applicant.idNumber');
  if (!isValidMobile(applicant.phone)) throw badInput('申请人手机号码无效 (Invalid applicant mobile number)', 'applicant.phone');
}

/**
 * One round trip before any transaction: a retried submission returns the first one's id, and a
 * day that already reads full is refused (takeSlot in the transaction stays the real guard).
 */
async function replayOrRefuseFull(em: EntityManager, filedBy: FiledBy, input: { idempotencyKey: string; serviceDayId: string }): Promise<string | null> {
  const [filerColumn, filer] = 'proxyAccountId' in filedBy ? ['proxy_account_id', filedBy.proxyAccountId] : ['filed_by_staff_id', filedBy.filedByStaffId];
  const [row] = await em.execute<{ replay: string | null; full: boolean | null }[]>(
    `select (select id from "judicial"."application" where ${filerColumn} = ? and idempotency_key = ?) as replay,
            (select taken >= capacity from "judicial"."service_day" where id = ?) as full`,
    [filer, input.idempotencyKey, isUuid(input.serviceDayId) ? input.serviceDayId : null]);
  if (row.replay) return row.replay;
  if (row.full) throw slotFull();
  return null;
}

export async function nextApplicationNumber(em: EntityManager): Promise<string> {
  const [{ n }] = await em.execute<{ n: string }[]>(`select nextval('"judicial"."application_number_seq"')::text as n`);
  return `${chinaToday().replaceAll('-', '')}${n.padStart(6, '0')}`;
}

/** A booking that ends early gives back what it took: the institution's slot, the venue's slot, the month. */
export async function releaseBooking(em: EntityManager, application: Application): Promise<void> {
  await releaseSlot(em, application.serviceDay.id);
  if (application.venueServiceDayId) await releaseSlot(em, application.venueServiceDayId);
  await releaseAllowance(em, application.subjectId, monthOf(application.serviceDay.date));
}

/** A proxy withdraws its own application; the slot goes back on sale. */
export async function cancelApplication(em: EntityManager, proxyAccountId: string, id: string): Promise<Application> {
  return em.transactional(async (tx) => {
    const application = isUuid(id) ? await tx.findOne(Application, { id }, { populate: ['serviceDay', 'venue'] }) : null;
    if (!application) throw notFound('application');
    if (application.proxyAccountId !== proxyAccountId) throw forbidden();
    const changed = await tx.nativeUpdate(Application,
      { id, status: { $in: [ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED] } }, { status: ApplicationStatus.CANCELLED });
    if (!changed) throw domainError(ErrorCode.CONFLICT, '该申请已结束，无法取消 (This application can no longer be cancelled)');
    await releaseBooking(tx, application);
    application.status = ApplicationStatus.CANCELLED;
    await recordApplicationChanged(tx, application);
    await queueDecisionSms(tx, application, 'cancelled');
    return application;
  });
}

/** review.decided (prison/detox) → the application moves on; a rejection gives its slot back. */
export async function applyReviewDecision(em: EntityManager, event: OutboxEvent<ReviewDecided>): Promise<void> {
  const decision = event.payload;
  const application = await em.findOne(Application, { id: decision.applicationId }, { populate: ['serviceDay', 'venue'] });
  if (!application) return;
  const status = decision.approved ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED;
  const decidedAt = new Date(decision.decidedAt);
  // YN-8: after the institution, the bureau tells the family (2 working days); GD: the SMS is the notice.
  // GD-5 / YN-7: with no family venue there is no bureau to tell anyone; the chain ends here.
  const after = application.venue ? nextStage(rulePack(application.rulePack), 'INSTITUTION') : null;
  const timing = after ? stageTiming(rulePack(application.rulePack), after, chinaToday(), false) : DONE;
  const changed = await em.nativeUpdate(Application,
    { id: application.id, status: ApplicationStatus.SUBMITTED },
    { status, decidedAt, rejectionReason: decision.reason, ...timing, meetingTime: decision.meetingTime ?? null, reviewDueOn: decision.dueOn ?? null });
  if (!changed) return; // cancelled in the meantime
  if (!decision.approved) {
    await releaseBooking(em, application);
  }
  Object.assign(application, { status, decidedAt, rejectionReason: decision.reason, ...timing, meetingTime: decision.meetingTime ?? null });
  await recordApplicationChanged(em, application);
  await queueDecisionSms(em, application, 'decided');
}

export function applicationAudience(application: Application): string[] {
  const supervisor = application.subjectKind === SubjectKind.INMATE ? TenantKind.PRISON_BUREAU : TenantKind.DETOX_BUREAU;
  // YN-8: a judicial office's applications pass through its county bureau, which follows them too.
  const parentBureau = application.venue?.parentBureauId;
  return [
    audience.tenant(visitorSideOf(application)),
    ...(parentBureau ? [audience.tenant(parentBureau)] : []),
    audience.tenant(application.institutionId),
    audience.kind(TenantKind.PROVINCE),
    audience.kind(supervisor),
    ...(application.proxyAccountId ? [audience.account(application.proxyAccountId)] : []),
  ];
}

export function applicationChangedEvent(application: Application): NewEvent {
  const payload: ApplicationChanged = {
    applicationId: application.id, status: application.status, rulePack: application.rulePack, subjectKind: application.subjectKind, institutionId: application.institutionId,
    venueId: visitorSideOf(application), proxyAccountId: application.proxyAccountId, serviceDate: application.serviceDay.date,
  };
  return { topic: Topic.APPLICATION_CHANGED, aggregateType: 'Application', aggregateId: application.id, audience: applicationAudience(application), payload };
}

async function recordApplicationChanged(em: EntityManager, application: Application): Promise<void> {
  await recordEvents(em, 'judicial', [applicationChangedEvent(application)]);
}
