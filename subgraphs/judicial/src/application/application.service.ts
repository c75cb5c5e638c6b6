import { findById, findEachById, recordEvents, type EntityManager, type NewEvent } from '@rv/kit';
import {
  Topic,
  TenantKind,
  audience,
  ErrorCode,
  keyed,
  forbidden,
  invalid,
  isUuid,
  isValidMobile,
  isValidResidentId,
  notFound,
  nationalCalendar,
  nextStage,
  noteText,
  rulePack,
  stageDue,
  type RulePack,
  type ReviewActor,
  type ApplicationChanged,
  type ApplicationSubmitted,
  type OutboxEvent,
  type ReviewDecided,
} from '@rv/schema';
import { CountyBureau } from '../bureau/bureau.entity.js';
import { chinaToday } from '../calendar/today.js';
import { releaseAllowance } from '../allowance/allowance.service.js';
import { queueDecisionSms } from '../notification/sms.service.js';
import { releaseSlot } from '../slot/slot.service.js';
import { subjectInCustody } from '../subject/subject.lookup.js';
import { SubjectRef } from '../subject/subject-ref.entity.js';
import { ServiceDay } from '../slot/service-day.entity.js';
import { Application, ApplicationStatus, PairState, SubjectKind, rejectionColumns, visitorSideOf, type VisitorRecord } from './application.entity.js';
import { followPairChange, lockPair } from '../custody/pair.service.js';
import { checkIdempotencyKey, chosenServiceDay, fileBooking, type FiledBy } from './booking.service.js';

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
  if (!input.visitors.length) throw invalid('booking.visitorsRequired', {}, 'visitors');
  if (input.visitors.length > 10) throw invalid('booking.tooManyVisitors', {}, 'visitors');
  input.visitors.forEach((visitor, i) => {
    if (!visitor.name.trim() || visitor.name.length > 30) throw invalid('booking.visitorName', { n: i + 1 }, `visitors.${i}.name`);
    if (!isValidResidentId(visitor.idNumber)) throw invalid('booking.visitorIdNumber', { n: i + 1 }, `visitors.${i}.idNumber`);
  });
  if ((input.reason?.length ?? 0) > 500) throw invalid('booking.reasonTooLong', {}, 'reason');
}

/** Who files: a proxy online (GD-19), or a clerk at the counter for a walk-in family (GD-20). */
export type Filer = { proxyAccountId: string } | { staffId: string; venueId: string; applicant: { name: string; idNumber: string; phone: string } };

/**
 * GD-19 a proxy's online application: subject, visitors, venue, slot, reason, submit (GD-20: or
 * a clerk's at the counter). The booking pipeline checks it and reserves it, or writes nothing.
 */
export async function submitApplication(em: EntityManager, filer: Filer, input: SubmitApplicationInput): Promise<Application> {
  validateSubmission(input);
  if ('applicant' in filer) validateApplicant(filer.applicant);
  const filedBy: FiledBy = 'proxyAccountId' in filer ? { proxyAccountId: filer.proxyAccountId } : { filedByStaffId: filer.staffId };
  return fileBooking(em, filedBy, input, async (tx) => {
    // The three rows in one round trip (issue 16); the look-ups below then find them in the identity map.
    const asked = (id: string) => (isUuid(id) ? id : null);
    await findEachById(tx, [
      [SubjectRef, asked(input.subjectId)],
      [ServiceDay, asked(input.serviceDayId)],
      [CountyBureau, asked(input.venueId)],
    ]);
    const subject = await subjectInCustody(tx, input.subjectId, 'subject');
    const serviceDay = await chosenServiceDay(tx, input.serviceDayId);
    const venue = isUuid(input.venueId) ? await findById(tx, CountyBureau, input.venueId) : null;
    if (!venue) throw notFound('venue');
    // GD-20: a clerk files at the counter of the clerk's own bureau.
    if ('venueId' in filer && filer.venueId !== venue.id) throw forbidden('forbidden.ownCounterOnly');
    return {
      draft: {
        channel: 'applicant' in filer ? 'COUNTER' : 'ONLINE',
        subject,
        serviceDay,
        venue,
        visitors: input.visitors,
        relativeInCustody: null,
        today: chinaToday(),
      },
      reservation: { filedBy, idempotencyKey: input.idempotencyKey, applicant: 'applicant' in filer ? filer.applicant : null, reason: input.reason },
    };
  });
}

/** GD-18: the family's own real-name details when a clerk files for it. */
function validateApplicant(applicant: { name: string; idNumber: string; phone: string }): void {
  if (!applicant.name.trim() || applicant.name.length > 30) throw invalid('booking.applicantName', {}, 'applicant.name');
  if (!isValidResidentId(applicant.idNumber)) throw invalid('booking.applicantIdNumber', {}, 'applicant.idNumber');
  if (!isValidMobile(applicant.phone)) throw invalid('booking.applicantPhone', {}, 'applicant.phone');
}

export const monthOf = (date: string) => date.slice(0, 7);

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

/** Product rule (calendar as data): deadlines counted through a year that was missing are counted again. */
export async function recomputeApplicationDeadlines(em: EntityManager): Promise<void> {
  const flagged = await em.find(
    Application,
    { calendarMissing: true, stage: { $ne: 'DONE' }, status: { $in: [ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED] } },
    { populate: ['serviceDay', 'venue'] },
  );
  for (const application of flagged) {
    Object.assign(
      application,
      stageTiming(rulePack(application.rulePack), application.stage as ReviewActor, application.stageFrom ?? chinaToday(), application.extendedReview),
    );
  }
  await em.flush();
  if (flagged.length) await recordEvents(em, 'judicial', flagged.map(applicationChangedEvent));
}

/** The application reaches the institution: the event that opens its review (GD-21, YN-8). */
export function sentToInstitution(application: Application, stageFrom: string): NewEvent {
  const payload: ApplicationSubmitted = {
    applicationId: application.id,
    applicationNumber: application.number,
    institutionStageFrom: stageFrom,
    extendedReview: application.extendedReview,
    priority: application.priority,
    priorityCategory: application.priorityCategory,
    subjectId: application.subjectId,
    subjectKind: application.subjectKind,
    institutionId: application.institutionId,
    venueId: visitorSideOf(application),
    proxyAccountId: application.proxyAccountId,
    serviceDate: application.serviceDay.date,
    submittedAt: application.submittedAt.toISOString(),
    rulePack: application.rulePack,
  };
  return { topic: Topic.APPLICATION_SUBMITTED, aggregateType: 'Application', aggregateId: application.id, audience: applicationAudience(application), payload };
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
    const changed = await tx.nativeUpdate(
      Application,
      { id, status: { $in: [ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED] } },
      { status: ApplicationStatus.CANCELLED },
    );
    if (!changed) throw keyed(ErrorCode.CONFLICT, 'booking.notCancellable');
    await releaseBooking(tx, application);
    application.status = ApplicationStatus.CANCELLED;
    await recordApplicationChanged(tx, application);
    await queueDecisionSms(tx, application, 'cancelled');
    return application;
  });
}

/**
 * review.decided (prison/detox) → the application moves on; a rejection gives its slot back.
 * YN-7: a half of a pair waits for the other; a rejection stops the other half too.
 */
export async function applyReviewDecision(em: EntityManager, event: OutboxEvent<ReviewDecided>): Promise<void> {
  const decision = event.payload;
  const application = await em.findOne(Application, { id: decision.applicationId }, { populate: ['serviceDay', 'venue'] });
  if (!application) return;
  if (application.pairState) await lockPair(em, application);
  const status = decision.approved ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED;
  const decidedAt = new Date(decision.decidedAt);
  // Issue 14: the rejection by key; an older event carries only words, kept as a note.
  const rejection = rejectionColumns(decision.approved ? null : (decision.rejection ?? (decision.reason ? noteText(decision.reason) : null)));
  // YN-8: after the institution, the bureau tells the family (2 working days); GD: the SMS is the notice.
  // GD-5 / YN-7: with no family venue there is no bureau to tell anyone; the chain ends here.
  const after = application.venue ? nextStage(rulePack(application.rulePack), 'INSTITUTION') : null;
  const timing = after ? stageTiming(rulePack(application.rulePack), after, chinaToday(), false) : DONE;
  const changed = await em.nativeUpdate(
    Application,
    { id: application.id, status: ApplicationStatus.SUBMITTED },
    { status, decidedAt, ...rejection, ...timing, meetingTime: decision.meetingTime ?? null, reviewDueOn: decision.dueOn ?? null },
  );
  if (!changed) return; // cancelled in the meantime
  if (!decision.approved) {
    await releaseBooking(em, application);
  }
  Object.assign(application, { status, decidedAt, ...rejection, ...timing, meetingTime: decision.meetingTime ?? null });
  // YN-7: a half waits for the other, completes the pair, or stops the other half.
  const partnerChanged = application.pairState ? await followPairChange(em, application) : [];
  await recordEvents(em, 'judicial', [applicationChangedEvent(application), ...partnerChanged]);
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
    applicationId: application.id,
    status: application.status,
    rulePack: application.rulePack,
    subjectKind: application.subjectKind,
    institutionId: application.institutionId,
    venueId: visitorSideOf(application),
    proxyAccountId: application.proxyAccountId,
    serviceDate: application.serviceDay.date,
    // YN-7: a pair meets once, when both are approved, on its first application's meeting.
    scheduleMeeting: !application.pairState || application.pairState === PairState.MEETS,
    emergencyMinutes: application.emergencyMinutes,
    emergencyApprovedBy: application.emergencyApproval?.approvedBy ?? null,
  };
  return { topic: Topic.APPLICATION_CHANGED, aggregateType: 'Application', aggregateId: application.id, audience: applicationAudience(application), payload };
}

async function recordApplicationChanged(em: EntityManager, application: Application): Promise<void> {
  await recordEvents(em, 'judicial', [applicationChangedEvent(application)]);
}
