import { recordEvents, type EntityManager } from '@rv/kit';
import { CASE_ROLES, translate, badInput, checkArrival, checkPreparation, type Preparation, chinaMinute, clock, domainError, ErrorCode, forbidden, isUuid, notFound, rulePack, type Identity } from '@rv/schema';
import { blockRestOfMonth } from '../allowance/allowance.service.js';
import { Application, ApplicationStatus } from '../application/application.entity.js';
import { applicationChangedEvent } from '../application/application.service.js';
import { chinaToday, isIsoDate } from '../calendar/today.js';
import { Attendance, PledgeSignature } from './attendance.entity.js';

type Staff = Identity & { tenantId: string; accountId: string };

/** An approved application at the caller's own counter, on its day. */
async function todaysApplication(em: EntityManager, staff: Staff, applicationId: string): Promise<Application> {
  const application = isUuid(applicationId) ? await em.findOne(Application, { id: applicationId }, { populate: ['serviceDay', 'venue'] }) : null;
  if (!application) throw notFound('application');
  if (application.venue?.id !== staff.tenantId || !CASE_ROLES.some((role) => staff.roles.includes(role))) throw forbidden();
  if (application.status !== ApplicationStatus.APPROVED) throw domainError(ErrorCode.CONFLICT, '该申请未获批准或已结束 (This application is not approved or already closed)');
  if (application.serviceDay.date !== chinaToday()) throw badInput(`会见日期为${application.serviceDay.date}，不是今天 (The meeting is on ${application.serviceDay.date}, not today)`);
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
 */
export async function checkInVisitor(em: EntityManager, staff: Staff, input: CheckInInput): Promise<Attendance> {
  if (input.idExpiresOn !== null && !isIsoDate(input.idExpiresOn)) throw badInput('证件有效期格式应为YYYY-MM-DD (Expiry must be YYYY-MM-DD)', 'idExpiresOn');
  return em.transactional(async (tx) => {
    const application = await todaysApplication(tx, staff, input.applicationId);
    const visitorIndex = application.visitors.findIndex((visitor) => visitor.idNumber === input.idNumber);
    if (visitorIndex < 0) throw domainError(ErrorCode.NOT_ELIGIBLE, '此人不在准予会见名单中 (This person is not on the approved list)', { rule: 'GD-29' });
    // YN-10: later than the pack's early arrival forfeits the meeting for this person.
    const arrival = checkArrival(rulePack(application.rulePack), application.serviceDay.date, application.meetingTime, chinaMinute(clock.now()));
    const refusal = !arrival.allowed ? translate(arrival.reasonKey, arrival.params)
      : !input.idOriginalPresent ? '未携带本人身份证明原件 (No original ID)'
      : input.idExpiresOn !== null && input.idExpiresOn < chinaToday() ? '身份证件已过期 (ID expired)' : null;
    const attendance = (await tx.findOne(Attendance, { applicationId: application.id, visitorIndex }))
      ?? tx.create(Attendance, { applicationId: application.id, visitorIndex, checkedBy: staff.accountId, admitted: false, checkedAt: new Date() } as Attendance);
    Object.assign(attendance, { checkedAt: new Date(), checkedBy: staff.accountId, admitted: refusal === null, refusal, ...(refusal ? { pledgeSignedAt: null, pledgeSignature: null } : {}) });
    await tx.flush();
    return attendance;
  });
}

/** GD-30: each admitted visitor signs the pledge before joining; the applicant may sign for the others. */
export async function signPledge(em: EntityManager, staff: Staff, applicationId: string, idNumber: string, signature: PledgeSignature): Promise<Attendance> {
  return em.transactional(async (tx) => {
    const application = await todaysApplication(tx, staff, applicationId);
    const visitorIndex = application.visitors.findIndex((visitor) => visitor.idNumber === idNumber);
    const attendance = visitorIndex < 0 ? null : await tx.findOne(Attendance, { applicationId, visitorIndex });
    if (!attendance?.admitted) throw domainError(ErrorCode.NOT_ELIGIBLE, '须先通过身份核验 (Check the visitor in first)', { rule: 'GD-30' });
    attendance.pledgeSignedAt = new Date();
    attendance.pledgeSignature = signature;
    await tx.flush();
    return attendance;
  });
}

/** YN-12 / YN-19: the venue records that the equipment is checked, the visitors briefed and their devices deposited. */
export async function confirmPreparation(em: EntityManager, staff: Staff, applicationId: string, done: Preparation): Promise<Application> {
  return em.transactional(async (tx) => {
    const application = await todaysApplication(tx, staff, applicationId);
    application.preparation = { ...done, by: staff.accountId, at: new Date().toISOString() };
    await tx.flush();
    return application;
  });
}

/**
 * GD-30: ready when someone was admitted and, where the pack has a pledge, every admitted visitor
 * signed it; YN-12 / YN-19: and the venue's preparation is done where the pack asks for it.
 */
export function readyToJoin(application: Application, attendance: Attendance[], packCode: string): boolean {
  const admitted = attendance.filter((entry) => entry.admitted);
  const pack = rulePack(packCode);
  return application.status === ApplicationStatus.APPROVED && admitted.length > 0
    && (!pack.pledge || admitted.every((entry) => entry.pledgeSignedAt))
    && checkPreparation(pack, application.preparation).allowed;
}

/** GD-28: the bureau refuses or stops a meeting for conduct on the day. */
export async function refuseForConduct(em: EntityManager, staff: Staff, applicationId: string, reason: string): Promise<Application> {
  if (!reason.trim() || reason.length > 200) throw badInput('须写明原因（200字以内） (A reason of at most 200 characters is required)', 'reason');
  return closeOnTheDay(em, staff, applicationId, ApplicationStatus.REFUSED_AT_VENUE, reason.trim());
}

/** GD-27: nobody came; without a reason, no more remote meetings for the subject that month. */
export async function recordNoShow(em: EntityManager, staff: Staff, applicationId: string, withReason: boolean): Promise<Application> {
  return closeOnTheDay(em, staff, applicationId, ApplicationStatus.NO_SHOW, withReason ? '有正当理由缺席 (Absent with reason)' : '无故缺席 (Absent without reason)', !withReason);
}

async function closeOnTheDay(em: EntityManager, staff: Staff, applicationId: string, status: ApplicationStatus, note: string, block = false): Promise<Application> {
  return em.transactional(async (tx) => {
    const application = await todaysApplication(tx, staff, applicationId);
    const changed = await tx.nativeUpdate(Application, { id: application.id, status: ApplicationStatus.APPROVED }, { status, rejectionReason: note });
    if (!changed) throw domainError(ErrorCode.CONFLICT, '该申请已结束 (This application is already closed)');
    Object.assign(application, { status, rejectionReason: note });
    if (block) await blockRestOfMonth(tx, application.subjectId, application.serviceDay.date.slice(0, 7));
    await recordEvents(tx, 'judicial', [applicationChangedEvent(application)]);
    return application;
  });
}
