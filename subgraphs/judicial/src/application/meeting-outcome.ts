import { recordEvents, type EntityManager } from '@rv/kit';
import { Topic, noteText, type MeetingLifecycle, type OutboxEvent, type ReviewStopped } from '@rv/schema';
import { releaseAllowance } from '../allowance/allowance.service.js';
import { queueSms } from '../notification/sms.service.js';
import { lockPair } from '../custody/pair.service.js';
import { Application, ApplicationStatus, PairState, rejectionColumns } from './application.entity.js';
import { applicationChangedEvent, monthOf, releaseBooking } from './application.service.js';

const OUTCOMES: Record<string, ApplicationStatus> = {
  [Topic.MEETING_ENDED]: ApplicationStatus.MET,
  [Topic.MEETING_TERMINATED]: ApplicationStatus.TERMINATED,
  [Topic.MEETING_INTERRUPTED]: ApplicationStatus.INTERRUPTED,
};

/**
 * media's meeting.ended / terminated / interrupted → the booking settles: a meeting held or
 * terminated used its slot and its month; YN-18 an interrupted one gives the month back, tells the
 * family and offers a priority reschedule (the family's next application goes first).
 */
export async function settleMeeting(em: EntityManager, event: OutboxEvent<MeetingLifecycle>): Promise<void> {
  const status = OUTCOMES[event.topic];
  const application = await em.findOne(Application, { id: event.payload.applicationId }, { populate: ['serviceDay', 'venue'] });
  if (!status || !application) return;
  // YN-7: the pair's one meeting (on its first application) settles both halves alike.
  for (const half of await withPairHalf(em, application)) await settleOne(em, half, status, event.payload);
}

async function settleOne(em: EntityManager, application: Application, status: ApplicationStatus, meeting: MeetingLifecycle): Promise<void> {
  const interrupted = status === ApplicationStatus.INTERRUPTED;
  // Issue 14: why it ended, by key (an older event carries only words, kept as a note).
  const why = meeting.reasonText ?? (meeting.reason ? noteText(meeting.reason) : null);
  const settled = { status, rescheduleOffered: interrupted, ...rejectionColumns(why) };
  const changed = await em.nativeUpdate(Application, { id: application.id, status: ApplicationStatus.APPROVED }, settled);
  if (!changed) return;
  Object.assign(application, settled);
  if (interrupted) {
    await releaseAllowance(em, application.subjectId, monthOf(application.serviceDay.date));
    await queueSms(em, application, 'interrupted', 'sms.interrupted', { number: application.number, minutes: meeting.minutesUsed });
  }
  await recordEvents(em, 'judicial', [applicationChangedEvent(application)]);
}

/**
 * YN-7: an application and, when it is half of a pair that meets (both approved), the other half,
 * both rows locked in one order: what happens to the pair's one meeting happens to both.
 */
async function withPairHalf(em: EntityManager, application: Application): Promise<Application[]> {
  const paired = application.pairedApplicationId && (application.pairState === PairState.MEETS || application.pairState === PairState.JOINS);
  if (!paired) return [application];
  await lockPair(em, application);
  const partner = await em.findOne(Application, { id: application.pairedApplicationId! }, { populate: ['serviceDay', 'venue'], refresh: true });
  return partner ? [application, partner] : [application];
}

/**
 * review.stopped (prison/detox) → GD-24 / GD-25 / YN-15(5) / SX-9: the subject may not meet on the
 * meeting day, so the approved application is STOPPED (once), its slots and its month go back (not
 * consumed), the family is told why by SMS, and media cancels the meeting (application.changed).
 */
export async function stopApplication(em: EntityManager, event: OutboxEvent<ReviewStopped>): Promise<void> {
  const stop = event.payload;
  const application = await em.findOne(Application, { id: stop.applicationId }, { populate: ['serviceDay', 'venue'] });
  if (!application) return;
  // YN-7: one half's subject may not meet, so the pair's one meeting does not take place for either.
  for (const half of await withPairHalf(em, application)) await stopOne(em, half, stop);
}

async function stopOne(em: EntityManager, application: Application, stop: ReviewStopped): Promise<void> {
  // A transfer or release (no rule) also ends an application still under review: the subject left.
  const open = stop.rule ? [ApplicationStatus.APPROVED] : [ApplicationStatus.SUBMITTED, ApplicationStatus.APPROVED];
  const changed = await em.nativeUpdate(
    Application,
    { id: application.id, status: { $in: open } },
    { status: ApplicationStatus.STOPPED, outcomeRule: stop.rule, outcomeCode: stop.reasonCode },
  );
  if (!changed) return; // already withdrawn, ended or stopped
  Object.assign(application, { status: ApplicationStatus.STOPPED, outcomeRule: stop.rule, outcomeCode: stop.reasonCode });
  await releaseBooking(em, application);
  const params = { number: application.number, date: stop.meetingDate };
  if (stop.rule) await queueSms(em, application, 'stopped', 'sms.stopped', { ...params, rule: stop.rule });
  else await queueSms(em, application, 'stopped', stop.reasonCode === 'RELEASED' ? 'sms.custodyReleased' : 'sms.custodyTransferred', params);
  await recordEvents(em, 'judicial', [applicationChangedEvent(application)]);
}
