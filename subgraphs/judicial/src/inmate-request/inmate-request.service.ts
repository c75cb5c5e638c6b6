import { recordEvents, type EntityManager } from '@rv/kit';
import { LockMode } from '@mikro-orm/core';
import {
  ruleError,
  CASE_ROLES,
  clock,
  ErrorCode,
  StaffRole,
  checkInmateRequest,
  checkMeetingTime,
  checkRejectionReason,
  forbidden,
  invalid,
  keyed,
  Topic,
  audience,
  inmateRequestStageDue,
  isUuid,
  isValidMobile,
  isValidResidentId,
  monthlyAllowance,
  nationalCalendar,
  notFound,
  rulePack,
  type Identity,
  rejectionText,
  type RulePack,
} from '@rv/schema';
import { releaseAllowance, takeAllowance } from '../allowance/allowance.service.js';
import { Application, ApplicationStatus, SubjectKind, rejectionColumns, type VisitorRecord } from '../application/application.entity.js';
import { applicationChangedEvent, monthOf, releaseBooking } from '../application/application.service.js';
import { checkBooking, type BookingDraft } from '../application/booking-pipeline.js';
import { chosenServiceDay, inFilingTransaction, reserveBooking } from '../application/booking.service.js';
import { CountyBureau, actsAsBureau } from '../bureau/bureau.entity.js';
import { chinaToday } from '../calendar/today.js';
import type { ServiceDay } from '../slot/service-day.entity.js';
import { releaseSlot, takeSlot, takeVenueSlot } from '../slot/slot.service.js';
import { SubjectRef } from '../subject/subject-ref.entity.js';
import { subjectInCustody } from '../subject/subject.lookup.js';
import { InmateRequest, type NamedRelative } from './inmate-request.entity.js';
import { queueSms } from '../notification/sms.service.js';

type Staff = Identity & { tenantId: string; accountId: string };

const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

function validateRelatives(relatives: NamedRelative[]): void {
  // Form 1 has six rows.
  if (!relatives.length || relatives.length > 6) throw invalid('booking.inmateRequest.relativesCount', {}, 'relatives');
  relatives.forEach((relative, i) => {
    const n = i + 1;
    if (!relative.name.trim() || relative.name.length > 30) throw invalid('booking.inmateRequest.relativeName', { n }, `relatives.${i}.name`);
    if (!isValidResidentId(relative.idNumber)) throw invalid('booking.inmateRequest.relativeIdNumber', { n }, `relatives.${i}.idNumber`);
    if (!isValidMobile(relative.phone) && !LANDLINE.test(relative.phone)) throw invalid('booking.inmateRequest.relativePhone', { n }, `relatives.${i}.phone`);
    if (!relative.address.trim() || relative.address.length > 100) throw invalid('booking.inmateRequest.relativeAddress', { n }, `relatives.${i}.address`);
  });
}

function requestPack(subject: SubjectRef): RulePack {
  const pack = rulePack(subject.rulePack);
  const verdict = checkInmateRequest(pack);
  if (!verdict.allowed) throw ruleError(verdict);
  return pack;
}

function stageFrom(pack: RulePack, actor: 'INSTITUTION' | 'BUREAU_NOTIFY' | 'INMATE_NOTIFY', from = chinaToday()): { stage: string; stageDueOn: string } {
  return { stage: actor, stageDueOn: inmateRequestStageDue(pack, nationalCalendar(), actor, from).date };
}

/** YN-9(1): at the prison, an inmate names the relatives to meet and their relation (Form 1). */
export async function requestInmateMeeting(
  em: EntityManager,
  staff: Staff,
  input: { subjectId: string; inmateName: string; relatives: NamedRelative[]; reason: string },
): Promise<InmateRequest> {
  if (!input.inmateName.trim() || input.inmateName.length > 30) throw invalid('booking.inmateRequest.inmateName', {}, 'inmateName');
  validateRelatives(input.relatives);
  if (!input.reason.trim() || input.reason.length > 200) throw invalid('booking.inmateRequest.reason', {}, 'reason');
  const subject = await subjectInCustody(em, input.subjectId, 'inmate');
  if (subject.kind !== SubjectKind.INMATE) throw notFound('inmate');
  if (subject.institutionId !== staff.tenantId) throw forbidden();
  const pack = requestPack(subject);
  const request = em.create(InmateRequest, {
    subjectId: subject.id,
    institutionId: subject.institutionId,
    rulePack: pack.code,
    inmateName: input.inmateName.trim(),
    reason: input.reason.trim(),
    requestedBy: staff.accountId,
    relatives: input.relatives.map((relative) => ({ ...relative, name: relative.name.trim(), address: relative.address.trim() })),
    ...stageFrom(pack, 'INSTITUTION'),
  } as InmateRequest);
  return saved(em, request);
}

/** Saves the request and tells the prison's and the family bureau's screens (inmateRequestChanged). */
async function saved(em: EntityManager, request: InmateRequest): Promise<InmateRequest> {
  await em.flush();
  await recordEvents(em, 'judicial', [
    {
      topic: Topic.INMATE_REQUEST_CHANGED,
      aggregateType: 'InmateRequest',
      aggregateId: request.id,
      audience: [audience.tenant(request.institutionId), ...(request.venueId ? [audience.tenant(request.venueId)] : [])],
      payload: { inmateRequestId: request.id, status: request.status, stage: request.stage },
    },
  ]);
  return request;
}

/** In a transaction that changes it, the request's row stays locked: two reviewers cannot both decide it. */
async function loadRequest(em: EntityManager, id: string, lock = false): Promise<InmateRequest> {
  const request = isUuid(id) ? await em.findOne(InmateRequest, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
  if (!request) throw notFound('inmateRequest');
  return request;
}

function atStage(request: InmateRequest, ...stages: string[]): void {
  if (!stages.includes(request.stage)) throw keyed(ErrorCode.CONFLICT, 'booking.inmateRequest.notAtStage', { stage: request.stage });
}

/** YN-9(2): one of the prison's own service days (the pipeline checks it further). */
async function prisonDay(em: EntityManager, serviceDayId: string | null | undefined): Promise<ServiceDay> {
  if (!serviceDayId) throw invalid('booking.inmateRequest.prisonDay', {}, 'serviceDayId');
  return chosenServiceDay(em, serviceDayId);
}

/** The booking an inmate's request makes, for the one pipeline (YN-9: the INMATE_REQUEST channel). */
function requestDraft(subject: SubjectRef, serviceDay: ServiceDay, venue: CountyBureau, visitors: VisitorRecord[]): BookingDraft {
  return { channel: 'INMATE_REQUEST', subject, serviceDay, venue, visitors, relativeInCustody: null, today: chinaToday() };
}

export interface InmateRequestDecision {
  approve: boolean;
  serviceDayId?: string | null;
  meetingTime?: string | null;
  /** The bureau of the family's household or residence. */
  venueId?: string | null;
  /** Which named relatives meet (default: all), within the pack's visitors per meeting. */
  relativeIndexes?: number[] | null;
  reasonCode?: string | null;
  reason?: string | null;
}

/**
 * YN-9(2): the prison decides within 5 working days. An approval books the day (slot and month,
 * as any application) and tells the family's bureau; a refusal gives one of the pack's reasons.
 */
export async function decideInmateRequest(em: EntityManager, staff: Staff, id: string, decision: InmateRequestDecision): Promise<InmateRequest> {
  return inFilingTransaction(em, async (tx) => {
    const request = await loadRequest(tx, id, true);
    if (request.institutionId !== staff.tenantId || !staff.roles.some((role) => role === StaffRole.REVIEWER || role === StaffRole.SUPERVISOR))
      throw forbidden();
    atStage(request, 'INSTITUTION');
    const pack = rulePack(request.rulePack);
    if (!decision.approve) {
      const verdict = checkRejectionReason(pack, 'inmate', decision.reasonCode ?? '', decision.reason);
      if (!verdict.allowed) throw ruleError(verdict, ErrorCode.BAD_USER_INPUT, { field: 'reasonCode' });
      // Issue 14: stored by key (the pack's reason, the note, the rule it cites), never as words.
      const rejection = rejectionText(pack, 'inmate', decision.reasonCode, decision.reason);
      Object.assign(request, {
        status: 'REJECTED',
        decidedAt: clock.now(),
        rejectionKey: rejection.key,
        rejectionParams: rejection.params ?? {},
        rejectionRule: rejection.rule,
        ...stageFrom(pack, 'INMATE_NOTIFY'),
      });
      return saved(tx, request);
    }
    const timing = checkMeetingTime(pack, decision.meetingTime);
    if (!timing.allowed) throw ruleError(timing, ErrorCode.BAD_USER_INPUT, { field: 'meetingTime' });
    const venue = decision.venueId && isUuid(decision.venueId) ? await tx.findOne(CountyBureau, { id: decision.venueId }) : null;
    if (!venue || !actsAsBureau(venue)) throw invalid('booking.inmateRequest.countyBureau', {}, 'venueId');
    const indexes = decision.relativeIndexes ?? request.relatives.map((_, i) => i);
    const visitors = indexes.map((i) => request.relatives[i]);
    if (!visitors.length || visitors.some((visitor) => !visitor)) throw invalid('booking.inmateRequest.relativesNotNamed', {}, 'relativeIndexes');
    const subject = await tx.findOneOrFail(SubjectRef, { id: request.subjectId });
    const checked = await checkBooking(tx, requestDraft(subject, await prisonDay(tx, decision.serviceDayId), venue, visitors));
    const application = await reserveBooking(tx, checked, {
      filedBy: { filedByStaffId: staff.accountId },
      idempotencyKey: `yn9-${request.id}`,
      applicant: { name: visitors[0].name, idNumber: visitors[0].idNumber, phone: isValidMobile(visitors[0].phone) ? visitors[0].phone : null },
      reason: request.reason,
      meetingTime: decision.meetingTime ?? null,
    });
    Object.assign(request, {
      status: 'APPROVED',
      decidedAt: clock.now(),
      venueId: venue.id,
      applicationId: application.id,
      ...stageFrom(pack, 'BUREAU_NOTIFY'),
    });
    return saved(tx, request);
  });
}

/** Staff of the bureau told of the approval (or of a judicial office under it). */
async function requireFamilyBureau(em: EntityManager, staff: Staff, request: InmateRequest): Promise<void> {
  if (!CASE_ROLES.some((role) => staff.roles.includes(role))) throw forbidden();
  if (staff.tenantId === request.venueId) return;
  const office = await em.findOne(CountyBureau, { id: staff.tenantId });
  if (!office || office.parentBureauId !== request.venueId) throw forbidden();
}

/**
 * YN-9(3): within 2 working days the bureau tells the family the time and place and reports back
 * whether they accept; a refusal gives the day and the month back.
 */
export async function answerForFamily(em: EntityManager, staff: Staff, id: string, accepted: boolean): Promise<InmateRequest> {
  return em.transactional(async (tx) => {
    const request = await loadRequest(tx, id, true);
    await requireFamilyBureau(tx, staff, request);
    atStage(request, 'BUREAU_NOTIFY');
    const pack = rulePack(request.rulePack);
    Object.assign(request, {
      status: accepted ? 'ACCEPTED' : 'DECLINED',
      familyAccepted: accepted,
      familyAnsweredAt: clock.now(),
      ...stageFrom(pack, 'INMATE_NOTIFY'),
    });
    if (!accepted) {
      const application = await tx.findOneOrFail(Application, { id: request.applicationId! }, { populate: ['serviceDay', 'venue'] });
      application.status = ApplicationStatus.CANCELLED;
      Object.assign(application, rejectionColumns({ key: 'booking.familyDeclined' }));
      await releaseBooking(tx, application);
      await recordEvents(tx, 'judicial', [applicationChangedEvent(application)]);
    }
    return saved(tx, request);
  });
}

/** YN-9(3): the prison tells the inmate the outcome within 2 working days of the bureau's reply. */
export async function inmateTold(em: EntityManager, staff: Staff, id: string): Promise<InmateRequest> {
  const request = await loadRequest(em, id);
  if (request.institutionId !== staff.tenantId || !CASE_ROLES.some((role) => staff.roles.includes(role))) throw forbidden();
  atStage(request, 'INMATE_NOTIFY');
  Object.assign(request, { stage: 'DONE', stageDueOn: null, inmateToldAt: clock.now() });
  return saved(em, request);
}

/**
 * YN-9(3): when the prison must move an arranged meeting it tells the bureau within 2 working days
 * to arrange it again: the booking moves to the new day and the family is asked once more.
 */
export async function changeInmateRequestDate(
  em: EntityManager,
  staff: Staff,
  id: string,
  serviceDayId: string,
  meetingTime: string | null | undefined,
): Promise<InmateRequest> {
  return em.transactional(async (tx) => {
    const request = await loadRequest(tx, id, true);
    if (request.institutionId !== staff.tenantId || !staff.roles.some((role) => role === StaffRole.REVIEWER || role === StaffRole.SUPERVISOR))
      throw forbidden();
    const pack = rulePack(request.rulePack);
    const application = request.applicationId ? await tx.findOne(Application, { id: request.applicationId }, { populate: ['serviceDay', 'venue'] }) : null;
    if (!application || application.status !== ApplicationStatus.APPROVED) throw keyed(ErrorCode.CONFLICT, 'booking.inmateRequest.nothingToMove');
    const timing = checkMeetingTime(pack, meetingTime);
    if (!timing.allowed) throw ruleError(timing, ErrorCode.BAD_USER_INPUT, { field: 'meetingTime' });
    const subject = await tx.findOneOrFail(SubjectRef, { id: request.subjectId });
    // The moved meeting is a booking on a new day: the same pipeline decides it (GD-27: a new time is a new booking).
    const {
      draft: { serviceDay: day },
    } = await checkBooking(tx, requestDraft(subject, await prisonDay(tx, serviceDayId), application.venue!, application.visitors));
    const [oldDay, oldMonth] = [application.serviceDay, monthOf(application.serviceDay.date)];
    if (monthOf(day.date) !== oldMonth) {
      await takeAllowance(tx, subject.id, monthOf(day.date), monthlyAllowance(pack, subject.treatmentLevel), pack.code);
      await releaseAllowance(tx, subject.id, oldMonth);
    }
    await takeSlot(tx, day.id);
    await releaseSlot(tx, oldDay.id);
    if (application.venueServiceDayId) await releaseSlot(tx, application.venueServiceDayId);
    Object.assign(application, {
      serviceDay: day,
      meetingTime: meetingTime ?? null,
      venueServiceDayId: await takeVenueSlot(tx, application.venue!.id, day.date),
    });
    Object.assign(request, {
      status: 'APPROVED',
      familyAccepted: null,
      familyAnsweredAt: null,
      stage: 'BUREAU_NOTIFY',
      stageDueOn: nationalCalendar().addWorkingDays(chinaToday(), pack.inmateRequest!.changeNoticeWorkingDays).date,
    });
    await tx.flush();
    await recordEvents(tx, 'judicial', [applicationChangedEvent(application)]);
    await queueSms(tx, application, 'rescheduled', 'sms.movedByPrison', {
      number: application.number,
      date: day.date,
      time: application.meetingTime ? ` ${application.meetingTime}` : '',
    });
    return saved(tx, request);
  });
}
