import type { EntityManager } from '@rv/kit';
import { LockMode } from '@mikro-orm/core';
import {
  ruleError,
  checkGround,
  findGround,
  invalid,
  keyed,
  noteText,
  CASE_ROLES,
  ErrorCode,
  StaffRole,
  Topic,
  type LawyerViolationReported,
  type OutboxEvent,
  checkLanguage,
  chinaDate,
  clock,
  understaffedSides,
  forbidden,
  isUuid,
  notFound,
  rulePack,
  RULE_PACKS,
  type Identity,
  type KeyedText,
  type RulePack,
} from '@rv/schema';
import { mkdir } from 'node:fs/promises';
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { resolve } from 'node:path';
import { Meeting, MeetingKind, MeetingState, type PartyFeeds, type PartySeat } from '../meeting/meeting.entity.js';
import { recordMeetingEvent } from '../meeting/meeting.service.js';
import { MeetingWarning } from './warning.entity.js';
import { processRecording } from '../recording/recording.service.js';
import { isMediaUnavailable, type MediaGateway } from '../janus/media-gateway.js';
import type { JanusAdmin, RoomSpec } from '../janus/janus-admin.js';

export type Staff = Identity & { tenantId: string; accountId: string };
export type Seat = 'VISITOR' | 'SUBJECT' | 'MONITOR';

async function staffMeeting(em: EntityManager, staff: Staff, id: string, roles: StaffRole[] = CASE_ROLES): Promise<Meeting> {
  const meeting = isUuid(id) ? await em.findOne(Meeting, { id }) : null;
  if (!meeting) throw notFound('meeting');
  const ownSide = staff.tenantId === meeting.institutionId || staff.tenantId === meeting.venueId;
  if (!ownSide || !roles.some((role) => staff.roles.includes(role))) throw forbidden();
  return meeting;
}

/**
 * GD-35: how long a meeting may last, from its pack (GD 25, YN and SX 30 minutes), plus what a
 * recorded approval added (YN-14). CQ-7 / YN-34: a lawyer meeting or official session lasts what
 * its arrangement booked.
 */
/**
 * The family-meeting pack a meeting follows (GD, YN, SX). A lawyer meeting follows its centre's
 * lawyer pack (CQ) instead: no language rule, no YN-25 staffing, and no monitor's warning or stop,
 * since staff never hear it (CQ-4); its violations are reported to the justice bureau (CQ-14).
 */
export function familyPackOf(meeting: Meeting): RulePack | null {
  return RULE_PACKS[meeting.rulePack] ?? null;
}

export function meetingMinutes(meeting: Meeting): number {
  return (meeting.bookedMinutes ?? rulePack(meeting.rulePack).limits.minutesPerMeeting) + meeting.extendedMinutes;
}

/**
 * On its day, staff of either side open the meeting: a private Janus room with a random pin and
 * secret, recording on and locked (YN-13, SX-11), one join token per seat, never permanent. The
 * meeting ends by itself at the pack's limit (GD-35) counted from now.
 */
export async function startMeeting(
  em: EntityManager,
  media: MediaGateway,
  staff: Staff,
  id: string,
  language = 'MANDARIN',
  translatorPresent = false,
): Promise<Meeting> {
  const meeting = await staffMeeting(em, staff, id);
  if (meeting.state === MeetingState.LIVE) return meeting;
  const pack = familyPackOf(meeting);
  const spoken = pack ? checkLanguage(pack, language, translatorPresent) : null;
  if (spoken && !spoken.allowed) throw ruleError(spoken);
  if (meeting.state !== MeetingState.SCHEDULED) throw keyed(ErrorCode.CONFLICT, 'meetingDay.over');
  if (meeting.date !== chinaDate(clock.now())) throw invalid('meetingDay.notToday', { date: meeting.date });
  // GD-29 / GD-30 / YN-12 / YN-19: someone admitted, the pledge signed and the preparation done, as the pack asks (judicial decides and says so).
  // CQ-4 lawyer meetings have no family check-in at a bureau.
  if (!meeting.ready && !meeting.privileged) throw keyed(ErrorCode.NOT_READY, 'meetingDay.notReady');
  const room = randomInt(1, 2 ** 47);
  const pin = String(randomInt(100000, 1000000));
  const secret = randomBytes(16).toString('hex');
  const tokens = seatTokens(media, meeting.privileged);
  const recordDir = resolve(media.config.recordingsDir, meeting.id);
  await mkdir(recordDir, { recursive: true });
  // Issue 19: the room goes to the least-loaded healthy Janus node, recorded with the meeting.
  const {
    node,
    opened: parties,
    placed,
  } = await media.place(
    () => liveRoomsByNode(em, media),
    (candidate) =>
      candidate.use((admin) => openRoom(admin, meeting, { room, description: `meeting ${meeting.id}`, pin, secret, recordDir, allowed: [] }, tokens)),
  );
  const startedAt = clock.now();
  const endsAt = new Date(startedAt.getTime() + meetingMinutes(meeting) * 60_000);
  // The meeting goes live and says so in one transaction.
  const live = await em
    .transactional(async (tx) => {
      const opened = await tx.nativeUpdate(
        Meeting,
        { id: meeting.id, state: MeetingState.SCHEDULED },
        {
          state: MeetingState.LIVE,
          janusRoom: String(room),
          janusNode: node.name,
          pin,
          secret,
          tokens,
          parties,
          startedAt,
          endsAt,
          language,
          translatorPresent,
          updatedAt: clock.now(),
        },
      );
      if (!opened) return null;
      const started = await tx.findOneOrFail(Meeting, { id: meeting.id }, { refresh: true });
      await recordMeetingEvent(tx, started, Topic.MEETING_STARTED);
      return started;
    })
    .finally(placed);
  if (!live) {
    // Someone on the other side opened it at the same instant: keep theirs, drop ours.
    await node.use((admin) => closeRoom(admin, room, secret, meeting.privileged));
    return em.findOneOrFail(Meeting, { id: meeting.id }, { refresh: true });
  }
  return live;
}

type Tokens = NonNullable<Meeting['tokens']>;

/** Issue 19: each Janus node's load by the platform's own records: the live meetings placed there (null: the first node). */
export async function liveRoomsByNode(em: EntityManager, media: MediaGateway): Promise<Record<string, number>> {
  const rows = await em.execute<{ node: string; rooms: number }[]>(
    `select coalesce(janus_node, ?) as node, count(*)::int as rooms from "media"."meeting" where state = 'LIVE' group by 1`,
    [media.nodes[0].name],
  );
  return Object.fromEntries(rows.map((row) => [row.node, row.rooms]));
}

/** Runs an operation on the Janus node a meeting's room was placed on. */
export function onMeetingNode<T>(media: MediaGateway, meeting: Meeting, operation: (admin: JanusAdmin) => Promise<T>): Promise<T> {
  return media.node(meeting.janusNode).use(operation);
}

/** Closes a live meeting's room on its node. */
export function closeMeetingRoom(media: MediaGateway, meeting: Meeting): Promise<void> {
  return onMeetingNode(media, meeting, (admin) => closeRoom(admin, Number(meeting.janusRoom), meeting.secret!, meeting.privileged));
}

/**
 * Ends a live meeting whoever ends it (a monitor, its time, a lost party, a reported violation): in one
 * transaction that holds the meeting's row while `close` closes the room on Janus and records the end.
 * A closer coming at the same moment waits for the row and then finds the meeting closed: the
 * supervisor, seeing the room gone a moment after a monitor closed it, must not turn the termination
 * into an interruption (and a priority reschedule, YN-18). False when the meeting was not live.
 */
export function closeLiveMeeting(em: EntityManager, id: string, close: (tx: EntityManager, meeting: Meeting) => Promise<boolean>): Promise<boolean> {
  return em.transactional(async (tx) => {
    const meeting = await tx.findOne(Meeting, { id, state: MeetingState.LIVE }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    return meeting ? close(tx, meeting) : false;
  });
}

/**
 * One Janus token per seat (issue 19), signed for the plugins the seat needs: parties the videoroom
 * (and the room's allowed list names only theirs, so only they publish); a monitor the videoroom to
 * subscribe, or in a lawyer meeting (CQ-4) only the streaming plugin. Janus checks the expiry against its
 * own wall clock, so it is the real time plus a day's margin (the room, and with it every seat, goes first).
 */
function seatTokens(media: MediaGateway, privileged: boolean): Tokens {
  const until = new Date(Date.now() + 12 * 3_600_000);
  return {
    visitor: media.seatToken(['videoroom'], until),
    subject: media.seatToken(['videoroom'], until),
    monitor: media.seatToken([privileged ? 'streaming' : 'videoroom'], until),
  };
}

/**
 * Creates the meeting's Janus room; each party joins under a feed id chosen here, so the platform
 * knows who publishes. A family meeting's room records every stream (YN-13) and seats monitors in
 * it. CQ-4: a lawyer meeting's room records nothing and admits only the two parties; monitors watch
 * a video-only stream fed from the room (forwardLawyerVideo), which alone is recorded.
 */
async function openRoom(admin: JanusAdmin, meeting: Meeting, spec: RoomSpec, tokens: Tokens): Promise<PartyFeeds> {
  const feed = () => randomInt(1, 2 ** 47);
  const feeds = { VISITOR: feed(), SUBJECT: feed() };
  if (!meeting.privileged) {
    await admin.create({ ...spec, allowed: [tokens.visitor, tokens.subject] }); // a monitor's token cannot publish (issue 19)
    return { feeds, streamPorts: null };
  }
  await admin.create({ ...spec, recordDir: null, allowed: [tokens.visitor, tokens.subject], keyframeSeconds: 2 });
  const ports = await admin
    .createVideoStream({ id: spec.room, secret: spec.secret, pin: tokens.monitor, mids: ['visitor', 'subject'], recordDir: spec.recordDir! })
    .catch(async (error: unknown) => {
      await admin.destroy(spec.room, spec.secret);
      throw error;
    });
  return { feeds, streamPorts: { VISITOR: ports.visitor, SUBJECT: ports.subject } };
}

/** The room goes, and with it every seat's token; a lawyer meeting's stream (and its recording) too. */
export async function closeRoom(admin: JanusAdmin, room: number, secret: string, privileged: boolean): Promise<void> {
  await admin.destroy(room, secret);
  if (privileged) await admin.destroyVideoStream(room, secret);
}

export interface JoinTicket {
  janusUrl: string;
  plugin: 'videoroom' | 'streaming';
  room: string;
  pin: string;
  token: string | null;
  /** The feed id a party publishes under (YN-18, CQ-4); none for a monitor. */
  feed: string | null;
  seat: Seat;
  endsAt: Date;
}

/**
 * A seat in a live meeting, valid only while the room lives: the venue's staff seat the visitors
 * (GD-29 check-in first), the institution seats the subject, monitors of either side watch (GD-31, YN-13).
 * CQ-4: in a lawyer meeting no person on the staff takes a party's seat, whatever their role: they
 * all watch the video-only stream; the suspect's seat is the meeting room's terminal's.
 */
export async function joinMeeting(em: EntityManager, media: MediaGateway, staff: Staff, id: string): Promise<JoinTicket> {
  const meeting = await staffMeeting(em, staff, id, [...CASE_ROLES, StaffRole.ROOM_TERMINAL]);
  assertLive(meeting);
  const seat = staffSeat(staff, meeting);
  // YN-25: every staff member who takes a seat counts as supervising their side (a room's terminal is not a person).
  if (!staff.roles.includes(StaffRole.ROOM_TERMINAL))
    await em.execute(`insert into "media"."meeting_supervisor" (meeting_id, staff_id, side, joined_at) values (?, ?, ?, now()) on conflict do nothing`, [
      meeting.id,
      staff.accountId,
      staff.tenantId === meeting.venueId ? 'VENUE' : 'INSTITUTION',
    ]);
  return ticketFor(media, meeting, seat);
}

/** CQ-4 / CQ-7: a lawyer (or their assistant or translator) named on the lawyer meeting takes its visitor seat; nobody else's meeting exists for them. */
export async function joinAsCounsel(em: EntityManager, media: MediaGateway, accountId: string, id: string): Promise<JoinTicket> {
  const meeting = isUuid(id) ? await em.findOne(Meeting, { id }) : null;
  if (!meeting || !meeting.privileged || !meeting.counselAccountIds.includes(accountId)) throw notFound('meeting');
  assertLive(meeting);
  return ticketFor(media, meeting, 'VISITOR');
}

/** YN-34: the organ's officials take an official session's visitor seat with the joining code the prison gave them. */
export async function joinWithCode(em: EntityManager, media: MediaGateway, id: string, code: string): Promise<JoinTicket> {
  // The organ knows its session's id (the meeting's booking); the meeting's own id works too.
  const meeting = isUuid(id) ? await em.findOne(Meeting, { $or: [{ id }, { applicationId: id }] }) : null;
  const given = createHash('sha256').update(code.trim()).digest();
  const kept = meeting?.guestCodeSha256 ? Buffer.from(meeting.guestCodeSha256, 'hex') : null;
  if (!meeting || meeting.kind !== MeetingKind.OFFICIAL || !kept || kept.length !== given.length || !timingSafeEqual(kept, given))
    throw keyed(ErrorCode.NOT_FOUND, 'official.codeWrong');
  assertLive(meeting);
  return ticketFor(media, meeting, 'VISITOR');
}

function assertLive(meeting: Meeting): void {
  if (meeting.state !== MeetingState.LIVE || !meeting.tokens || !meeting.endsAt || meeting.endsAt <= clock.now())
    throw keyed(ErrorCode.CONFLICT, 'meetingDay.notLive');
}

/**
 * Which seat a staff account's terminal takes. CQ-4: in a lawyer meeting every person, monitor or
 * supervisor or admin alike, gets the watching seat (video only); only the room's terminal seats the suspect.
 */
export function staffSeat(staff: Staff, meeting: Meeting): Seat {
  const terminal = staff.roles.length === 1 && staff.roles[0] === StaffRole.ROOM_TERMINAL;
  if (meeting.privileged) return terminal && staff.tenantId === meeting.institutionId ? 'SUBJECT' : 'MONITOR';
  if (terminal) return partyOf(staff, meeting);
  return staff.roles.includes(StaffRole.MONITOR) ? 'MONITOR' : partyOf(staff, meeting);
}

function ticketFor(media: MediaGateway, meeting: Meeting, seat: Seat): JoinTicket {
  const tokens = meeting.tokens!;
  // Issue 19: the seat connects to the node the room was placed on.
  const ticket = { janusUrl: media.node(meeting.janusNode).config.publicUrl, room: String(meeting.janusRoom), seat, endsAt: meeting.endsAt! };
  if (seat === 'MONITOR' && meeting.privileged)
    // CQ-4: staff watch the video-only stream, never the room
    return { ...ticket, plugin: 'streaming', pin: tokens.monitor, token: tokens.monitor, feed: null };
  const token = seat === 'MONITOR' ? tokens.monitor : seat === 'VISITOR' ? tokens.visitor : tokens.subject;
  const feed = seat === 'MONITOR' ? null : (meeting.parties?.feeds[seat] ?? null);
  return { ...ticket, plugin: 'videoroom', pin: meeting.pin!, token, feed: feed === null ? null : String(feed) };
}

/** YN-25: the sides with fewer supervising staff than the pack asks. */
export async function understaffed(em: EntityManager, meeting: Meeting): Promise<string[]> {
  const rows = await em.execute<{ side: 'INSTITUTION' | 'VENUE'; n: number }[]>(
    `select side, count(*)::int as n from "media"."meeting_supervisor" where meeting_id = ? group by side`,
    [meeting.id],
  );
  const counts = { INSTITUTION: 0, VENUE: 0, ...Object.fromEntries(rows.map((row) => [row.side, row.n])) };
  const pack = familyPackOf(meeting);
  return pack ? understaffedSides(pack, counts) : [];
}

/** GD-35: live meetings past their limit end by themselves; the room (and every seat's token) goes with it. */
export async function endExpiredMeetings(em: EntityManager, media: MediaGateway, now = clock.now()): Promise<number> {
  const expired = await em.find(Meeting, { state: MeetingState.LIVE, endsAt: { $lte: now } });
  let ended = 0;
  for (const { id } of expired) {
    const closed = await closeLiveMeeting(em, id, async (tx, meeting) => {
      // A room on a node that does not answer went with the node; the meeting still ends at its time.
      await closeMeetingRoom(media, meeting).catch((error: unknown) => {
        if (!isMediaUnavailable(error)) throw error;
      });
      return closeMeeting(tx, meeting, MeetingState.ENDED, Topic.MEETING_ENDED, { key: 'meetingDay.timeUp' }, now);
    });
    if (closed) ended++;
  }
  return ended;
}

/** Moves a live meeting to its final state once (conditional update), forgets its room's keys, and tells everyone. */
export async function closeMeeting(
  em: EntityManager,
  meeting: Meeting,
  state: MeetingState,
  topic: Topic,
  reason: KeyedText,
  at: Date,
  terminatedBy: string | null = null,
  ground: CitedGround | null = null,
): Promise<boolean> {
  // Issue 14: why it ended is kept by key (the screens and the family's application translate it).
  const closed = await em.nativeUpdate(
    Meeting,
    { id: meeting.id, state: MeetingState.LIVE },
    {
      state,
      endedAt: at,
      endReasonKey: reason.key,
      endReasonParams: reason.params ?? {},
      terminatedBy,
      endGround: ground?.code ?? null,
      endGroundRule: ground?.rule ?? null,
      pin: null,
      secret: null,
      tokens: null,
      parties: null,
      updatedAt: clock.now(),
    },
  );
  if (closed) await recordMeetingEvent(em, await em.findOneOrFail(Meeting, { id: meeting.id }, { refresh: true }), topic, reason);
  return closed > 0;
}

/**
 * The party a staff member's terminal seats: the venue seats the visitors, the institution the
 * subject. Where the institution is its own venue (CQ lawyer meetings, YN-34 official sessions) the
 * other side joins on its own (the lawyer's account, the organ's joining code), so staff seat the subject.
 */
export function partyOf(staff: Staff, meeting: Meeting): PartySeat {
  return staff.tenantId === meeting.venueId && meeting.venueId !== meeting.institutionId ? 'VISITOR' : 'SUBJECT';
}

export async function liveMeeting(em: EntityManager, staff: Staff, id: string): Promise<Meeting> {
  const meeting = await staffMeeting(em, staff, id);
  if (meeting.state !== MeetingState.LIVE) throw keyed(ErrorCode.CONFLICT, 'meetingDay.notLive');
  return meeting;
}

/** The pack's ground a warning or a termination cited, as recorded (its catalogue key where the pack lists it). */
export interface CitedGround {
  code: string;
  rule: string;
  labelKey?: string;
}

/** A cited ground and the staff's note as a keyed text: "ground: note", the ground alone, or the note alone. */
function groundText(ground: CitedGround, note: string): KeyedText {
  if (!ground.labelKey) return noteText(note || ground.code);
  return note ? { key: 'decision.withNote', params: { reason: { key: ground.labelKey }, note } } : { key: ground.labelKey };
}

function checkReason(reason: string | null | undefined): string {
  const text = reason?.trim() ?? '';
  if (text.length > 200) throw invalid('meetingDay.reasonRequired', { max: 200 }, 'reason');
  return text;
}

/** GD-31 / YN-16 / YN-17 / SX-10: the ground must be one of the meeting's pack's own ("other" with a written reason). */
function citedGround(meeting: Meeting, kind: 'warn' | 'stop', code: string, text: string, warnedBefore = false): CitedGround {
  const pack = familyPackOf(meeting);
  if (!pack) throw keyed(ErrorCode.CONFLICT, 'lawyerConduct.violation.reportInstead', {}, { rule: 'CQ-14' });
  const decision = checkGround(pack, kind, code, text, warnedBefore);
  if (!decision.allowed) throw ruleError(decision);
  return { code, rule: decision.rule, labelKey: findGround(pack, kind, code)?.labelKey };
}

/** GD-31 / YN-16: a monitor interjects with a warning; recorded with time, staff, the pack's ground and reason, shown to both sides. */
export async function warnMeeting(em: EntityManager, staff: Staff, id: string, code: string, reason: string | null | undefined): Promise<Meeting> {
  const text = checkReason(reason);
  const meeting = await liveMeeting(em, staff, id);
  const ground = citedGround(meeting, 'warn', code, text);
  // The warning and its announcement in one transaction.
  await em.transactional(async (tx) => {
    tx.create(MeetingWarning, {
      meetingId: meeting.id,
      givenAt: clock.now(),
      givenBy: staff.accountId,
      unitId: staff.tenantId,
      reason: text,
      ground: ground.code,
      groundRule: ground.rule,
    });
    await tx.flush();
    await recordMeetingEvent(tx, meeting, Topic.MEETING_WARNED, groundText(ground, text));
  });
  return meeting;
}

/**
 * GD-31 the institution's staff, GD-32 the bureau's, terminate a meeting in serious cases (YN-17, SX-10); the room goes at once.
 * YN-16: a ground that is warned first needs an earlier warning on this meeting.
 */
export async function terminateMeeting(
  em: EntityManager,
  media: MediaGateway,
  staff: Staff,
  id: string,
  code: string,
  reason: string | null | undefined,
): Promise<Meeting> {
  const text = checkReason(reason);
  const meeting = await liveMeeting(em, staff, id);
  const warnedBefore = (await em.count(MeetingWarning, { meetingId: meeting.id })) > 0;
  const ground = citedGround(meeting, 'stop', code, text, warnedBefore);
  const terminated = await closeLiveMeeting(em, meeting.id, async (tx, live) => {
    await closeMeetingRoom(media, live);
    return closeMeeting(tx, live, MeetingState.TERMINATED, Topic.MEETING_TERMINATED, groundText(ground, text), clock.now(), staff.accountId, ground);
  });
  // Ended meanwhile (its time, a lost party): that end stands.
  if (!terminated) throw keyed(ErrorCode.CONFLICT, 'meetingDay.notLive');
  return em.findOneOrFail(Meeting, { id }, { refresh: true });
}

/**
 * CQ-14: the centre reported a lawyer's violation to the justice bureau (judicial): a live lawyer
 * meeting stops at once, citing the violation. The room is closed as far as Janus answers; the
 * meeting closes regardless (its seats' tokens go with it).
 */
export async function stopForViolation(em: EntityManager, media: MediaGateway, event: OutboxEvent<LawyerViolationReported>): Promise<void> {
  const { bookingId, ground, rule, reportedBy } = event.payload;
  const meeting = await em.findOne(Meeting, { applicationId: bookingId, state: MeetingState.LIVE, privileged: true });
  if (!meeting) return;
  await closeLiveMeeting(em, meeting.id, async (tx, live) => {
    await closeMeetingRoom(media, live).catch(() => undefined);
    return closeMeeting(tx, live, MeetingState.TERMINATED, Topic.MEETING_TERMINATED, { key: `lawyerConduct.violation.${ground}` }, clock.now(), reportedBy, {
      code: ground,
      rule,
    });
  });
}

/**
 * YN-18: a Janus node died or hung: every live meeting on it is interrupted with the minutes it had
 * run; judicial tells the family and offers a priority reschedule. The first node also holds the
 * meetings recorded before nodes were (issue 19).
 */
export async function interruptLiveMeetings(em: EntityManager, reason: KeyedText, node: { name: string; first: boolean }): Promise<number> {
  const onNode = node.first ? { $or: [{ janusNode: node.name }, { janusNode: null }] } : { janusNode: node.name };
  const live = await em.find(Meeting, { state: MeetingState.LIVE, ...onNode });
  for (const meeting of live) await closeMeeting(em, meeting, MeetingState.INTERRUPTED, Topic.MEETING_INTERRUPTED, reason, clock.now());
  return live.length;
}

/** Closed meetings that ran and whose recording is not processed yet (a partial index keeps this cheap). */
export const UNPROCESSED = `state in ('ENDED', 'TERMINATED', 'INTERRUPTED') and started_at is not null and recording_processed_at is null`;

/** YN-13: how often a recording that fails post-processing is tried before it is flagged missing. */
const RECORDING_TRIES = 3;

/**
 * YN-13: meetings that closed get their recording post-processed once (outside any transaction: ffmpeg
 * takes a moment). One that fails is tried again on later ticks, then flagged missing: a bad file never
 * holds up the others. Failures are thrown together after the batch, for the clock to log.
 */
export async function processClosedMeetings(em: EntityManager, media: MediaGateway): Promise<number> {
  const closed = await em.execute<{ id: string }[]>(`select id from "media"."meeting" where ${UNPROCESSED} order by recording_failures limit 5`);
  const failures: unknown[] = [];
  for (const { id } of closed) {
    try {
      const recording = await processRecording(em, id, resolve(media.config.recordingsDir, id));
      // YN-13: a meeting that ran without any file on disk is flagged (Janus refuses protected folders silently).
      await em.execute(`update "media"."meeting" set recording_processed_at = now(), recording_missing = ? where id = ?`, [recording === null, id]);
    } catch (error) {
      failures.push(error);
      await em.execute(
        `update "media"."meeting" set recording_failures = recording_failures + 1,
           recording_processed_at = case when recording_failures + 1 >= ? then now() end, recording_missing = recording_failures + 1 >= ?
         where id = ?`,
        [RECORDING_TRIES, RECORDING_TRIES, id],
      );
    }
  }
  if (failures.length) throw new AggregateError(failures, `${failures.length} recordings could not be processed`);
  return closed.length;
}
