import { handlerFor, recordEvent, type EntityManager } from '@rv/kit';
import {
  Topic,
  TenantKind,
  audience,
  clock,
  translateKeyed,
  type ApplicationChanged,
  type KeyedText,
  type ApplicationReadiness,
  type MeetingArranged,
  type MeetingLifecycle,
  type OutboxEvent,
} from '@rv/schema';
import { Meeting, MeetingState } from './meeting.entity.js';

/** Application states after which its scheduled meeting will not take place. */
// REJECTED: an approval later withdrawn (SX-8(1) false information found after approval); STOPPED (GD-24 / GD-25 / YN-15 / SX-9 on the meeting day); FORFEITED (YN-10).
const MEETING_ENDS = ['CANCELLED', 'SUSPENDED', 'REFUSED_AT_VENUE', 'NO_SHOW', 'REJECTED', 'STOPPED', 'FORFEITED'];

/** What an application's change means for its meeting: scheduled (or moved), cancelled, or nothing. */
function meetingChange(application: ApplicationChanged): 'schedule' | 'cancel' | null {
  // YN-7: a pair's second application (or a half still waiting for the other) gets no meeting of its own.
  if (application.status === 'APPROVED' && application.scheduleMeeting !== false) return 'schedule';
  if (MEETING_ENDS.includes(application.status)) return 'cancel';
  return null;
}

/**
 * application.changed → an approved application gets its meeting (moved with it when the day
 * changes, YN-9); a cancelled or stopped one loses it. Other changes (a booking, a stage passed) are
 * passed without a transaction.
 */
export const followApplication = handlerFor<ApplicationChanged>(
  (event) => meetingChange(event.payload) !== null,
  (em, event) => (meetingChange(event.payload) === 'schedule' ? scheduleMeeting(em, event.payload) : cancelMeeting(em, event.payload.applicationId)),
);

async function scheduleMeeting(em: EntityManager, application: ApplicationChanged): Promise<void> {
  // YN-14 / YN-27(3): the warden's recorded approval lengthens the meeting (GD-35: nothing else does).
  const emergency = application.emergencyMinutes ?? 0;
  const approvedBy = emergency ? (application.emergencyApprovedBy ?? null) : null;
  const [created] = await em.execute<{ id: string }[]>(
    `insert into "media"."meeting" (id, application_id, state, date, venue_id, institution_id, subject_kind, proxy_account_id, rule_pack, extended_minutes, extension_approved_by, updated_at)
     values (gen_random_uuid(), ?, 'SCHEDULED', ?, ?, ?, ?, ?, ?, ?, ?, now())
     on conflict (application_id) do update set date = excluded.date, extended_minutes = excluded.extended_minutes,
       extension_approved_by = excluded.extension_approved_by, updated_at = now()
       where "meeting".state = 'SCHEDULED' and ("meeting".date <> excluded.date or "meeting".extended_minutes <> excluded.extended_minutes)
     returning id`,
    [
      application.applicationId,
      application.serviceDate,
      application.venueId,
      application.institutionId,
      application.subjectKind,
      application.proxyAccountId,
      application.rulePack ?? 'GD',
      emergency,
      approvedBy,
    ],
  );
  if (created) await recordMeetingChanged(em, await em.findOneOrFail(Meeting, { id: created.id }));
  else await lengthenLiveMeeting(em, application.applicationId, emergency, approvedBy);
}

async function cancelMeeting(em: EntityManager, applicationId: string): Promise<void> {
  const meeting = await em.findOne(Meeting, { applicationId, state: MeetingState.SCHEDULED });
  if (!meeting) return;
  meeting.state = MeetingState.CANCELLED;
  meeting.updatedAt = clock.now();
  await em.flush();
  await recordMeetingChanged(em, meeting);
}

/**
 * YN-14: an approval recorded while the meeting is already live lengthens it there and then: its
 * end moves by the minutes the approval adds beyond what the meeting already had (never shortened;
 * a redelivered event adds nothing).
 */
async function lengthenLiveMeeting(em: EntityManager, applicationId: string, minutes: number, approvedBy: string | null): Promise<void> {
  const [lengthened] = await em.execute<{ id: string }[]>(
    `update "media"."meeting" set ends_at = ends_at + (? - extended_minutes) * interval '1 minute', extended_minutes = ?, extension_approved_by = ?, updated_at = now()
      where application_id = ? and state = 'LIVE' and extended_minutes < ? returning id`,
    [minutes, minutes, approvedBy, applicationId, minutes],
  );
  if (lengthened) await recordMeetingChanged(em, await em.findOneOrFail(Meeting, { id: lengthened.id }, { refresh: true }));
}

/** application.readiness → whether the scheduled meeting may start (GD-29 / GD-30 / YN-12 / YN-19); events arrive in order. */
export async function followReadiness(em: EntityManager, event: OutboxEvent<ApplicationReadiness>): Promise<void> {
  const { applicationId, ready } = event.payload;
  const [changed] = await em.execute<{ id: string }[]>(
    `update "media"."meeting" set ready = ?, updated_at = now() where application_id = ? and state = 'SCHEDULED' and ready <> ? returning id`,
    [ready, applicationId, ready],
  );
  if (changed) await recordMeetingChanged(em, await em.findOneOrFail(Meeting, { id: changed.id }));
}

/**
 * CQ-3 / YN-34: a lawyer meeting or an official session arranged by the institution gets its
 * meeting (moved when the arrangement moves, dropped when it is cancelled). Nobody checks in at a
 * bureau for these, so the meeting is ready at once. CQ-4: a lawyer meeting is privileged.
 */
export async function followArrangement(em: EntityManager, event: OutboxEvent<MeetingArranged>): Promise<void> {
  await scheduleArrangedMeeting(em, event.payload);
}

export async function scheduleArrangedMeeting(em: EntityManager, arranged: MeetingArranged): Promise<Meeting | null> {
  if (arranged.remote === false) return null; // an in-person lawyer meeting needs no room
  if (arranged.status === 'CANCELLED') {
    const meeting = await em.findOne(Meeting, { applicationId: arranged.bookingId, state: MeetingState.SCHEDULED });
    if (!meeting) return null;
    meeting.state = MeetingState.CANCELLED;
    meeting.updatedAt = clock.now();
    await em.flush();
    await recordMeetingChanged(em, meeting);
    return meeting;
  }
  const [row] = await em.execute<{ id: string }[]>(
    `insert into "media"."meeting" (id, application_id, state, date, venue_id, institution_id, subject_kind, rule_pack, kind, privileged, counsel_account_ids, booked_minutes, guest_code_sha256, ready, updated_at)
     values (gen_random_uuid(), ?, 'SCHEDULED', ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, true, now())
     on conflict (application_id) do update set date = excluded.date, booked_minutes = excluded.booked_minutes,
       counsel_account_ids = excluded.counsel_account_ids, updated_at = now()
       where "meeting".state = 'SCHEDULED'
     returning id`,
    [
      arranged.bookingId,
      arranged.date,
      arranged.venueId,
      arranged.institutionId,
      arranged.subjectKind,
      arranged.rulePack,
      arranged.kind,
      arranged.kind === 'LAWYER',
      JSON.stringify(arranged.counselAccountIds ?? []),
      arranged.minutes,
      arranged.guestCodeSha256 ?? null,
    ],
  );
  if (!row) return null;
  const meeting = await em.findOneOrFail(Meeting, { id: row.id }, { refresh: true });
  await recordMeetingChanged(em, meeting);
  return meeting;
}

function meetingAudience(meeting: Meeting): string[] {
  const supervisor = { INMATE: [TenantKind.PRISON_BUREAU], DETAINEE: [TenantKind.DETOX_BUREAU], SUSPECT: [] }[meeting.subjectKind];
  return [
    audience.tenant(meeting.venueId),
    audience.tenant(meeting.institutionId),
    audience.kind(TenantKind.PROVINCE),
    ...supervisor.map((kind) => audience.kind(kind)),
    ...(meeting.proxyAccountId ? [audience.account(meeting.proxyAccountId)] : []),
    ...meeting.counselAccountIds.map((account) => audience.account(account)),
  ];
}

export async function recordMeetingChanged(em: EntityManager, meeting: Meeting): Promise<void> {
  await recordEvent(em, 'media', {
    topic: Topic.MEETING_CHANGED,
    aggregateType: 'Meeting',
    aggregateId: meeting.id,
    audience: meetingAudience(meeting),
    payload: { meetingId: meeting.id, applicationId: meeting.applicationId, state: meeting.state },
  });
}

/** meeting.started / warned / terminated / ended / interrupted, and the change subscriptions see, in one go. */
export async function recordMeetingEvent(em: EntityManager, meeting: Meeting, topic: Topic, reason: KeyedText | null = null): Promise<void> {
  const until = meeting.endedAt ?? clock.now();
  const minutesUsed = meeting.startedAt ? Math.ceil((until.getTime() - meeting.startedAt.getTime()) / 60_000) : 0;
  const payload: MeetingLifecycle = {
    meetingId: meeting.id,
    applicationId: meeting.applicationId,
    state: meeting.state,
    minutesUsed,
    kind: meeting.kind,
    reason: reason ? translateKeyed(reason) : null,
    reasonText: reason, // issue 14: the key for readers, the zh-CN words for the record
    ...(meeting.privileged ? { institutionId: meeting.institutionId, counselAccountIds: meeting.counselAccountIds } : {}),
  };
  await recordEvent(em, 'media', { topic, aggregateType: 'Meeting', aggregateId: meeting.id, audience: meetingAudience(meeting), payload });
  await recordMeetingChanged(em, meeting);
}
