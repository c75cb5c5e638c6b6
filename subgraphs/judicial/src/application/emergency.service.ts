import { recordEvents, type EntityManager } from '@rv/kit';
import { LockMode } from '@mikro-orm/core';
import {
  ErrorCode,
  checkLongerMeetings,
  checkMeetingTime,
  clock,
  invalid,
  isUuid,
  keyed,
  notFound,
  ruleError,
  rulePack,
  type EmergencyMeeting,
  type Identity,
} from '@rv/schema';
import { chinaToday } from '../calendar/today.js';
import { Application, ApplicationStatus, PairState } from './application.entity.js';
import { applicationChangedEvent } from './application.service.js';

export interface EmergencyApprovalInput {
  applicationId: string;
  /** Minutes added to the meeting (0: none). */
  extraMinutes?: number | null;
  /** The non-scheduled time (HH:MM, China Standard Time) the meeting moves to. */
  meetingTime?: string | null;
  reason: string;
}

/**
 * YN-14: in a family emergency the warden alone approves a longer meeting, or one at a
 * non-scheduled time; it is not an extra meeting, so the month's count is untouched. GD-35 /
 * YN-27(3): the approval is recorded on the application, and only a recorded approval lengthens
 * a meeting (media reads the minutes from application.changed before the meeting starts).
 */
export async function approveEmergencyMeeting(
  em: EntityManager,
  warden: Identity & { tenantId: string; accountId: string },
  input: EmergencyApprovalInput,
): Promise<Application> {
  const reason = input.reason.trim();
  if (!reason || reason.length > 500) throw invalid('booking.emergency.reason', {}, 'reason');
  return em.transactional(async (tx) => {
    const application = isUuid(input.applicationId)
      ? await tx.findOne(Application, { id: input.applicationId }, { populate: ['serviceDay', 'venue'], lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    // Another institution's application is as good as missing.
    if (!application || application.institutionId !== warden.tenantId) throw notFound('application');
    const pack = rulePack(application.rulePack);
    // YN-14; where the pack has no longer meetings, its own rule that rules them out (GD-35, SX-4).
    const longer = checkLongerMeetings(pack);
    if (!longer.allowed) throw ruleError(longer);
    const emergency = pack.emergencyMeeting as Extract<EmergencyMeeting, { kind: 'LONGER_OR_OFF_SCHEDULE' }>;
    if (application.status !== ApplicationStatus.APPROVED || application.serviceDay.date < chinaToday())
      throw keyed(ErrorCode.CONFLICT, 'booking.emergency.notApproved');
    const minutes = input.extraMinutes ?? 0;
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > emergency.maxExtraMinutes)
      throw invalid('booking.emergency.extraMinutes', { max: emergency.maxExtraMinutes }, 'extraMinutes');
    if (input.meetingTime) {
      const timing = checkMeetingTime(pack, input.meetingTime);
      if (!timing.allowed) throw ruleError(timing, ErrorCode.BAD_USER_INPUT, { field: 'meetingTime' });
    }
    if (!minutes && !input.meetingTime) throw invalid('booking.emergency.longerOrOffSchedule', {}, 'extraMinutes');
    // YN-7: a pair meets once, on its first application's meeting: the approval goes there too.
    const pairMeeting =
      application.pairState === PairState.JOINS
        ? await tx.findOneOrFail(
            Application,
            { id: application.pairedApplicationId! },
            { populate: ['serviceDay', 'venue'], lockMode: LockMode.PESSIMISTIC_WRITE },
          )
        : null;
    const approval = {
      rule: emergency.rule,
      approvedBy: warden.accountId,
      approvedAt: clock.now().toISOString(),
      minutes,
      meetingTime: input.meetingTime ?? null,
      reason,
    };
    for (const holder of [application, ...(pairMeeting ? [pairMeeting] : [])]) {
      Object.assign(holder, { emergencyMinutes: minutes, emergencyApproval: approval, ...(input.meetingTime ? { meetingTime: input.meetingTime } : {}) });
    }
    await tx.flush();
    await recordEvents(tx, 'judicial', [application, ...(pairMeeting ? [pairMeeting] : [])].map(applicationChangedEvent));
    return application;
  });
}
