import { recordEvents, type EntityManager } from '@rv/kit';
import {
  CASE_ROLES,
  ErrorCode,
  Topic,
  checkArrival,
  checkPreparation,
  chinaMinute,
  clock,
  forbidden,
  invalid,
  isUuid,
  keyed,
  noteText,
  notFound,
  rulePack,
  type ApplicationReadiness,
  type KeyedText,
  type Identity,
  type Preparation,
} from '@rv/schema';
import { blockRestOfMonth } from '../allowance/allowance.service.js';
import { Application, ApplicationStatus, rejectionColumns } from '../application/application.entity.js';
import { applicationAudience, applicationChangedEvent } from '../application/application.service.js';
import { chinaToday, isIsoDate } from '../calendar/today.js';
import { queueSms } from '../notification/sms.service.js';
import { Attendance, PledgeSignature } from './attendance.entity.js';

type Staff = Identity & { tenantId: string; accountId: string };

/** An approved application at the caller's own counter, on its day. */
async function todaysApplication(em: EntityManager, staff: Staff, applicationId: string): Promise<Application> {
  const application = isUuid(applicationId) ? await em.findOne(Application, { id: applicationId }, { populate: ['serviceDay', 'venue'] }) : null;
  if (!application) throw notFound('application');
  if (application.venue?.id !== staff.tenantId || !CASE_ROLES.some((role) => staff.roles.includes(role))) throw forbidden();
  if (application.status !== ApplicationStatus.APPROVED) throw keyed(ErrorCode.CONFLICT, 'meetingDay.notApproved');
  if (application.serviceDay.date !== chinaToday()) throw invalid('meetingDay.notToday', { date: application.serviceDay.date });
  return application;
}

export interface CheckInInput {
  applicationId: string;
  idNumber: string;
  idOriginalPresent: boolean;
  /** The ID card's expiry day, YYYY-MM-DD; null for a long-term (长期) card. */
  idExpiresOn: string | null;
}

/**
 * GD-29 / YN-11: the bureau checks each person who arrives against the approved list. Not on
 * the list → refused outright; no original ID, or an expired one → recorded as not admitted.
 * YN-10: a late arrival does not join; when nobody was admitted in time the meeting is forfeited.
 */
export async function checkInVisitor(em: EntityManager, staff: Staff, input: CheckInInput): Promise<Attendance> {
  if (input.idExpiresOn !== null && !isIsoDate(input.idExpiresOn)) throw invalid('meetingDay.expiryFormat', {}, 'idExpiresOn');
  return em.transactional(async (tx) => {
    const application = await todaysApplication(tx, staff, input.applicationId);
    const pack = rulePack(application.rulePack);
    const visitorIndex = application.visitors.findIndex((visitor) => visitor.idNumber === input.idNumber);
    if (visitorIndex < 0) throw keyed(ErrorCode.NOT_ELIGIBLE, 'meetingDay.notOnList', {}, { rule: 'GD-29' });
    const arrival = checkArrival(pack, application.serviceDay.date, application.meetingTime, chinaMinute(clock.now()));
    // Issue 14: the refusal by key (the reader translates), with the rule where the pack's decision names one.
    const refusal = !arrival.allowed
      ? { refusalKey: arrival.reasonKey, refusalParams: arrival.params, refusalRule: arrival.rule || null }
      : !input.idOriginalPresent
        ? { refusalKey: 'meetingDay.noOriginalId', refusalParams: {}, refusalRule: null }
        : input.idExpiresOn !== null && input.idExpiresOn < chinaToday()
          ? { refusalKey: 'meetingDay.idExpired', refusalParams: {}, refusalRule: null }
          : null;
    const attendance =
      (await tx.findOne(Attendance, { applicationId: application.id, visitorIndex })) ??
      tx.create(Attendance, { applicationId: application.id, visitorIndex, checkedBy: staff.accountId, admitted: false, checkedAt: clock.now() } as Attendance);
    Object.assign(attendance, {
      checkedAt: clock.now(),
      checkedBy: staff.accountId,
      admitted: refusal === null,
      ...(refusal ?? { refusalKey: null, refusalParams: null, refusalRule: null }),
      ...(refusal ? { pledgeSignedAt: null, pledgeSignature: null } : {}),
    });
    await tx.flush();
    if (!arrival.allowed && pack.meetingDay?.lateForfeits) await forfeitIfNobodyOnTime(tx, application, pack.meetingDay.lateForfeits.rule);
    else await announceReadiness(tx, application);
    return attendance;
  });
}

/**
 * YN-10 (late or absent = this meeting forfeited, nothing more): past the latest arrival nobody else
 * can be admitted, so a late arrival with nobody admitted in time forfeits the meeting. Recorded on the
 * application (FORFEITED, the rule); the month is used, nothing is barred; media cancels the meeting.
 */
async function forfeitIfNobodyOnTime(em: EntityManager, application: Application, rule: string): Promise<void> {
  const admitted = await em.count(Attendance, { applicationId: application.id, admitted: true });
  if (admitted > 0) return;
  const forfeited = { status: ApplicationStatus.FORFEITED, outcomeRule: rule, ...rejectionColumns({ key: 'meetingDay.forfeited', rule }) };
  const changed = await em.nativeUpdate(Application, { id: application.id, status: ApplicationStatus.APPROVED }, forfeited);
  if (!changed) return;
  Object.assign(application, forfeited);
  await recordEvents(em, 'judicial', [applicationChangedEvent(application), readinessEvent(application, false)]);
  await queueSms(em, application, 'forfeited', 'sms.forfeited', { number: application.number, rule });
}

/** GD-30: each admitted visitor signs the pledge before joining; the applicant may sign for the others. */
export async function signPledge(em: EntityManager, staff: Staff, applicationId: string, idNumber: string, signature: PledgeSignature): Promise<Attendance> {
  return em.transactional(async (tx) => {
    const application = await todaysApplication(tx, staff, applicationId);
    const visitorIndex = application.visitors.findIndex((visitor) => visitor.idNumber === idNumber);
    const attendance = visitorIndex < 0 ? null : await tx.findOne(Attendance, { applicationId, visitorIndex });
    if (!attendance?.admitted) throw keyed(ErrorCode.NOT_ELIGIBLE, 'meetingDay.checkInFirst', {}, { rule: 'GD-30' });
    attendance.pledgeSignedAt = clock.now();
    attendance.pledgeSignature = signature;
    await tx.flush();
    await announceReadiness(tx, application);
    return attendance;
  });
}

/** YN-12 / YN-19: the venue records that the equipment is checked, the visitors briefed and their devices deposited. */
export async function confirmPreparation(em: EntityManager, staff: Staff, applicationId: string, done: Preparation): Promise<Application> {
  return em.transactional(async (tx) => {
    const application = await todaysApplication(tx, staff, applicationId);
    application.preparation = { ...done, by: staff.accountId, at: clock.now().toISOString() };
    await tx.flush();
    await announceReadiness(tx, application);
    return application;
  });
}

/**
 * GD-29 / GD-30: ready when someone was admitted and, where the pack has a pledge, every admitted visitor
 * signed it; YN-12 / YN-19: and the venue's preparation is done where the pack asks for it.
 */
export function readyToJoin(application: Application, attendance: Attendance[], packCode: string): boolean {
  const admitted = attendance.filter((entry) => entry.admitted);
  const pack = rulePack(packCode);
  return (
    application.status === ApplicationStatus.APPROVED &&
    admitted.length > 0 &&
    (!pack.pledge || admitted.every((entry) => entry.pledgeSignedAt)) &&
    checkPreparation(pack, application.preparation).allowed
  );
}

function readinessEvent(application: Application, ready: boolean) {
  const payload: ApplicationReadiness = { applicationId: application.id, ready };
  return { topic: Topic.APPLICATION_READINESS, aggregateType: 'Application', aggregateId: application.id, audience: applicationAudience(application), payload };
}

/** Media starts a meeting only when its day-of conditions hold: it hears of each change of readiness. */
async function announceReadiness(em: EntityManager, application: Application): Promise<void> {
  const attendance = await em.find(Attendance, { applicationId: application.id });
  await recordEvents(em, 'judicial', [readinessEvent(application, readyToJoin(application, attendance, application.rulePack))]);
}

/** GD-28: the bureau refuses or stops a meeting for conduct on the day. */
export async function refuseForConduct(em: EntityManager, staff: Staff, applicationId: string, reason: string): Promise<Application> {
  if (!reason.trim() || reason.length > 200) throw invalid('meetingDay.reasonRequired', { max: 200 }, 'reason');
  return closeOnTheDay(em, staff, applicationId, ApplicationStatus.REFUSED_AT_VENUE, noteText(reason.trim()), null);
}

/**
 * GD-27 (where the pack has it): nobody came without a reason → no more remote meetings for the
 * subject that month. A pack without that rule (YN-10: this meeting only; SX) records the no-show and bars nothing.
 */
export async function recordNoShow(em: EntityManager, staff: Staff, applicationId: string, withReason: boolean): Promise<Application> {
  const note = { key: withReason ? 'meetingDay.absentWithReason' : 'meetingDay.absentWithoutReason' };
  return closeOnTheDay(em, staff, applicationId, ApplicationStatus.NO_SHOW, note, (pack) =>
    withReason ? null : (pack.meetingDay?.noShowBarsMonth?.rule ?? null),
  );
}

async function closeOnTheDay(
  em: EntityManager,
  staff: Staff,
  applicationId: string,
  status: ApplicationStatus,
  note: KeyedText,
  barringRule: ((pack: ReturnType<typeof rulePack>) => string | null) | null,
): Promise<Application> {
  return em.transactional(async (tx) => {
    const application = await todaysApplication(tx, staff, applicationId);
    const bar = barringRule?.(rulePack(application.rulePack)) ?? null;
    const closed = { status, outcomeRule: bar, ...rejectionColumns({ ...note, rule: bar }) };
    const changed = await tx.nativeUpdate(Application, { id: application.id, status: ApplicationStatus.APPROVED }, closed);
    if (!changed) throw keyed(ErrorCode.CONFLICT, 'meetingDay.closed');
    Object.assign(application, closed);
    if (bar) await blockRestOfMonth(tx, application.subjectId, application.serviceDay.date.slice(0, 7));
    await recordEvents(tx, 'judicial', [applicationChangedEvent(application), readinessEvent(application, false)]);
    return application;
  });
}
