import { recordEvent, recordEvents, type EntityManager } from '@rv/kit';
import {
  ErrorCode,
  INSTITUTION_KINDS,
  Topic,
  VENUE_KINDS,
  audience,
  checkRejectionReason,
  clock,
  falseInformationStop,
  forbidden,
  invalid,
  isUuid,
  keyed,
  notFound,
  ruleError,
  rulePack,
  suspensionEndsOn,
  type Identity,
  type KeyedText,
  type RulePack,
  type SanctionRequested,
} from '@rv/schema';
import { Application, ApplicationStatus, rejectionColumns } from '../application/application.entity.js';
import { DONE, applicationChangedEvent, releaseBooking } from '../application/application.service.js';
import { countyBureauOf } from '../application/stage.service.js';
import { chinaToday } from '../calendar/today.js';
import { queueSms } from '../notification/sms.service.js';
import { FalseInformation } from './false-information.entity.js';

type Staff = Identity & { tenantId: string; accountId: string };

export interface FalseInformationInput {
  applicationId: string;
  idNumber: string;
  note: string;
  /** SX-8(1): months the subject's later meetings stop, on the pack's ladder (SX-10). */
  stopMonths?: number | null;
}

/**
 * Who may record it: the subject's institution, or (where the pack has the bureau check the
 * relationship, YN-8(1) / SX-3(2)) the family's bureau, which saw the documents.
 */
function mayRecord(staff: Staff, application: Application, pack: RulePack): boolean {
  if (INSTITUTION_KINDS.includes(staff.tenantKind!)) return staff.tenantId === application.institutionId;
  if (VENUE_KINDS.includes(staff.tenantKind!) && pack.relationshipCheck.by === 'BUREAU')
    return staff.tenantId === application.venue?.id || staff.tenantId === countyBureauOf(application);
  return false;
}

/** Refuses one approved meeting: its slot and month go back, the family is told why (GD-26). */
async function refuseMeeting(tx: EntityManager, application: Application, reason: KeyedText & { rule: string | null }): Promise<boolean> {
  const refused = { status: ApplicationStatus.REJECTED, ...rejectionColumns(reason), ...DONE };
  if (!(await tx.nativeUpdate(Application, { id: application.id, status: ApplicationStatus.APPROVED }, refused))) return false;
  Object.assign(application, refused);
  await releaseBooking(tx, application);
  await queueSms(tx, application, 'decided', 'sms.rejected', { number: application.number, reason: { key: reason.key, params: reason.params ?? {} } });
  return true;
}

/**
 * SX-8(1) after approval: a visitor hid or fabricated personal information. The meeting is refused
 * (slot and month given back); where the pack says so, the subject's later meetings stop for the
 * months given (SX-10 ladder, falseInformationStop): the institution records the sanction
 * (sanction.requested) and the subject's other approved meetings in the period stop too. The family is told.
 */
export async function recordFalseInformation(em: EntityManager, staff: Staff, input: FalseInformationInput): Promise<FalseInformation> {
  if (!input.note.trim() || input.note.length > 500) throw invalid('powers.falseInformation.note', { max: 500 }, 'note');
  return em.transactional(async (tx) => {
    const application = isUuid(input.applicationId) ? await tx.findOne(Application, { id: input.applicationId }, { populate: ['serviceDay', 'venue'] }) : null;
    if (!application) throw notFound('application');
    const pack = rulePack(application.rulePack);
    if (!mayRecord(staff, application, pack)) throw forbidden();
    const today = chinaToday();
    if (application.status !== ApplicationStatus.APPROVED || application.serviceDay.date < today)
      throw keyed(ErrorCode.CONFLICT, 'powers.falseInformation.notApproved');
    const visitor = application.visitors.find((candidate) => candidate.idNumber === input.idNumber);
    if (!visitor) throw invalid('powers.visitorSanction.notAVisitor', {}, 'idNumber');
    const refusal = checkRejectionReason(pack, 'visitor', 'FALSE_IDENTITY', input.note);
    if (!refusal.allowed) throw ruleError(refusal, ErrorCode.BAD_USER_INPUT);
    const stop = falseInformationStop(pack, 'visitor', 'FALSE_IDENTITY', input.stopMonths);
    if (stop && !stop.allowed) throw ruleError(stop, ErrorCode.BAD_USER_INPUT, { field: 'stopMonths' });

    // Issue 14: stored and told by key; the rule cited is the applying pack's (SX-8).
    const reason = { key: 'powers.falseInformation.reason', params: { name: visitor.name, note: input.note.trim() }, rule: refusal.rule };
    if (!(await refuseMeeting(tx, application, reason))) throw keyed(ErrorCode.CONFLICT, 'powers.falseInformation.notApproved');
    const changed = [application];
    const stoppedUntil = stop ? suspensionEndsOn(today, input.stopMonths!) : null;
    if (stop) {
      const later = await tx.find(
        Application,
        {
          subjectId: application.subjectId,
          status: ApplicationStatus.APPROVED,
          id: { $ne: application.id },
          serviceDay: { date: { $gte: today, $lte: stoppedUntil! } },
        },
        { populate: ['serviceDay', 'venue'] },
      );
      const stoppedReason = { key: 'powers.falseInformation.subjectStopped', params: { until: stoppedUntil! }, rule: stop.rule };
      for (const other of later) if (await refuseMeeting(tx, other, stoppedReason)) changed.push(other);
    }
    const record = tx.create(FalseInformation, {
      applicationId: application.id,
      subjectId: application.subjectId,
      institutionId: application.institutionId,
      visitorIdNumber: visitor.idNumber,
      visitorName: visitor.name,
      note: input.note.trim(),
      rule: stop?.rule ?? refusal.rule,
      stopMonths: stop ? input.stopMonths! : null,
      stoppedUntil,
      otherMeetingsStopped: changed.length - 1,
      recordedByTenantId: staff.tenantId,
      recordedBy: staff.accountId,
      recordedAt: clock.now(),
    } as FalseInformation);
    await tx.flush();
    await recordEvents(tx, 'judicial', changed.map(applicationChangedEvent));
    if (stop) {
      const payload: SanctionRequested = {
        requestId: record.id,
        subjectId: application.subjectId,
        subjectKind: application.subjectKind as SanctionRequested['subjectKind'],
        institutionId: application.institutionId,
        months: input.stopMonths!,
        reason: input.note.trim(),
        reasonKeyed: { key: 'powers.falseInformation.sanctionReason', params: { rule: stop.rule, note: input.note.trim() } },
        rule: stop.rule,
        decidedBy: staff.accountId,
      };
      await recordEvent(tx, 'judicial', {
        topic: Topic.SANCTION_REQUESTED,
        aggregateType: 'FalseInformation',
        aggregateId: record.id,
        audience: [audience.tenant(application.institutionId)],
        payload,
      });
    }
    return record;
  });
}

/** SX-8(1) records of the caller's institution or venue, newest first. */
export function falseInformationRecords(em: EntityManager, staff: Staff): Promise<FalseInformation[]> {
  const own = INSTITUTION_KINDS.includes(staff.tenantKind!) ? { institutionId: staff.tenantId } : { recordedByTenantId: staff.tenantId };
  return em.find(FalseInformation, own, { orderBy: { recordedAt: 'desc' }, limit: 200 });
}
