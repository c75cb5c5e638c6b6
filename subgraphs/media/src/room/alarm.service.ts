import { recordEvent, type EntityManager } from '@rv/kit';
import { ErrorCode, Topic, audience, checkAlarmKind, clock, isUuid, keyed, lawyerConductPack, ruleError, TenantKind } from '@rv/schema';
import { Meeting, MeetingState } from '../meeting/meeting.entity.js';
import { MeetingAlarm } from './alarm.entity.js';
import type { Staff } from './room.service.js';

/** Who hears of an alarm: the centre (live), and the lawyer who raised it. */
function alarmAudience(alarm: MeetingAlarm): string[] {
  return [audience.tenant(alarm.institutionId), audience.account(alarm.raisedBy)];
}

async function recordAlarmEvent(em: EntityManager, alarm: MeetingAlarm): Promise<void> {
  await recordEvent(em, 'media', {
    topic: Topic.MEETING_ALARM,
    aggregateType: 'MeetingAlarm',
    aggregateId: alarm.id,
    audience: alarmAudience(alarm),
    payload: { alarmId: alarm.id, meetingId: alarm.meetingId, kind: alarm.kind, acknowledged: alarm.acknowledgedAt !== null },
  });
}

/**
 * CQ-4: a lawyer who sees violence, suicide, self-harm, an escape or sudden illness reports it at
 * once from their own terminal; the kinds are the pack's. Only a lawyer named on the meeting, while
 * it is live (or just arranged for today: an in-room emergency before the stream is up counts too).
 */
export async function raiseAlarm(em: EntityManager, lawyerAccountId: string, meetingId: string, kind: string): Promise<MeetingAlarm> {
  const meeting = isUuid(meetingId) ? await em.findOne(Meeting, { id: meetingId }) : null;
  if (!meeting || !meeting.privileged || !meeting.counselAccountIds.includes(lawyerAccountId)) throw keyed(ErrorCode.NOT_FOUND, 'lawyerConduct.meetingUnknown');
  const decision = checkAlarmKind(lawyerConductPack(null), kind);
  if (!decision.allowed) throw ruleError(decision, ErrorCode.BAD_USER_INPUT);
  if (meeting.state !== MeetingState.LIVE && meeting.state !== MeetingState.SCHEDULED) throw keyed(ErrorCode.CONFLICT, 'meetingDay.notLive');
  const alarm = em.create(MeetingAlarm, {
    meetingId: meeting.id,
    institutionId: meeting.institutionId,
    kind,
    rule: decision.rule,
    raisedBy: lawyerAccountId,
    raisedAt: clock.now(),
    acknowledgedBy: null,
    acknowledgedAt: null,
  });
  await em.flush();
  await recordAlarmEvent(em, alarm);
  return alarm;
}

/** The centre's staff acknowledge an alarm (once); the lawyer sees that it was. */
export async function acknowledgeAlarm(em: EntityManager, staff: Staff, alarmId: string): Promise<MeetingAlarm> {
  const alarm = await visibleAlarm(em, { staff }, alarmId);
  if (staff.tenantId !== alarm.institutionId) throw keyed(ErrorCode.FORBIDDEN, 'error.forbidden');
  const acknowledged = await em.nativeUpdate(
    MeetingAlarm,
    { id: alarm.id, acknowledgedAt: null },
    { acknowledgedBy: staff.accountId, acknowledgedAt: clock.now() },
  );
  const current = await em.findOneOrFail(MeetingAlarm, { id: alarm.id }, { refresh: true });
  if (acknowledged) await recordAlarmEvent(em, current);
  return current;
}

/** An alarm as its centre's staff or the lawyer who raised it may see it; anyone else: not found. */
export async function visibleAlarm(em: EntityManager, caller: { staff?: Staff; lawyerAccountId?: string }, alarmId: string): Promise<MeetingAlarm> {
  const alarm = isUuid(alarmId) ? await em.findOne(MeetingAlarm, { id: alarmId }) : null;
  const mine =
    alarm && ((caller.staff && caller.staff.tenantId === alarm.institutionId) || (caller.lawyerAccountId && caller.lawyerAccountId === alarm.raisedBy));
  if (!alarm || !mine) throw keyed(ErrorCode.NOT_FOUND, 'lawyerConduct.meetingUnknown');
  return alarm;
}

/** The tenant kinds whose staff receive a lawyer meeting's alarms. */
export const ALARM_DESKS = [TenantKind.DETENTION_CENTRE, TenantKind.PRISON, TenantKind.DETOX_CENTRE];
