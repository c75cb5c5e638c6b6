import type { EntityManager } from '@rv/kit';
import { StaffRole, Topic, clock, forbidden } from '@rv/schema';
import type { JanusAdmin } from '../janus/janus-admin.js';
import { JanusError } from '../janus/janus-client.js';
import { isMediaUnavailable, type MediaGateway } from '../janus/media-gateway.js';
import { Meeting, MeetingState, type PartySeat } from '../meeting/meeting.entity.js';
import { closeLiveMeeting, closeMeeting, closeMeetingRoom, liveMeeting, onMeetingNode, partyOf, type Staff } from './room.service.js';

const PARTIES: PartySeat[] = ['VISITOR', 'SUBJECT'];

/** YN-18: how long a party that was on may be gone before the meeting counts as interrupted (a short blip does not). */
export const PARTY_LOST_MS = 15_000;

/**
 * When each live meeting's parties were last seen publishing. Kept in memory: after a restart the
 * grace period simply starts again.
 */
export class PartyWatch {
  private readonly lastSeen = new Map<string, Partial<Record<PartySeat, number>>>();

  /** Notes who publishes now; returns the parties gone longer than the grace period. */
  lost(meeting: Meeting, publishing: number[], now: number): PartySeat[] {
    const seen = this.lastSeen.get(meeting.id) ?? {};
    this.lastSeen.set(meeting.id, seen);
    for (const party of PARTIES) if (publishing.includes(meeting.parties!.feeds[party])) seen[party] = now;
    return PARTIES.filter((party) => seen[party] !== undefined && now - seen[party]! > PARTY_LOST_MS);
  }

  /** Forgets meetings no longer live. */
  keepOnly(live: string[]): void {
    for (const id of this.lastSeen.keys()) if (!live.includes(id)) this.lastSeen.delete(id);
  }
}

/** CQ-4: a lawyer meeting's publishing parties get their video, and only their video, forwarded to the meeting's stream. */
async function forwardLawyerVideo(admin: JanusAdmin, meeting: Meeting, publishing: number[]): Promise<void> {
  const room = Number(meeting.janusRoom);
  const { feeds, streamPorts } = meeting.parties!;
  // A forward dies with its publisher's connection; a party that comes back is forwarded again.
  const forwarded = await admin.forwarded(room, meeting.secret!);
  for (const party of PARTIES)
    if (publishing.includes(feeds[party]) && !forwarded.includes(feeds[party]))
      await admin.forwardVideo(room, meeting.secret!, feeds[party], streamPorts![party]);
}

/**
 * Every tick while meetings are live: looks at who publishes in each room. YN-18: a party that was
 * on and has been gone for the grace period (its terminal lost power or network) interrupts the
 * meeting, which judicial then reschedules with priority; so does a room Janus no longer has (it
 * restarted). CQ-4: lawyer meetings' video is forwarded. One room's refusal never stops the others
 * being watched: refusals are collected and thrown together after the loop.
 */
export async function superviseLiveMeetings(em: EntityManager, media: MediaGateway, watch: PartyWatch, now = Date.now()): Promise<number> {
  const live = await em.find(Meeting, { state: MeetingState.LIVE, parties: { $ne: null } });
  watch.keepOnly(live.map((meeting) => meeting.id));
  let interrupted = 0;
  const failures: unknown[] = [];
  for (const meeting of live) {
    // A node counted dead is the health probe's to handle (YN-18: its meetings are interrupted there).
    if (!media.node(meeting.janusNode).health.up) continue;
    try {
      if (await superviseMeeting(em, media, watch, meeting, now)) interrupted++;
    } catch (error) {
      // Janus refusing one room's request is that room's problem; a time-out or a lost node is the
      // node's own: the health probe takes it from there, and the other nodes' rooms are still watched.
      const nodeLost = isMediaUnavailable(error);
      if (!(error instanceof JanusError) && !nodeLost) throw error;
      if (nodeLost) media.node(meeting.janusNode).markDown(); // its other rooms would only wait for the same
      failures.push(error);
    }
  }
  if (failures.length) throw new AggregateError(failures, `${failures.length} of ${live.length} live meetings could not be supervised`);
  return interrupted;
}

/** Janus's videoroom answer for a room it does not have. */
const NO_SUCH_ROOM = 426;

async function superviseMeeting(em: EntityManager, media: MediaGateway, watch: PartyWatch, meeting: Meeting, now: number): Promise<boolean> {
  const room = Number(meeting.janusRoom);
  const lost = await onMeetingNode(media, meeting, async (admin) => {
    const publishing = await admin.publishers(room);
    if (meeting.privileged) await forwardLawyerVideo(admin, meeting, publishing);
    return watch.lost(meeting, publishing, now);
  }).catch((error: unknown) => {
    if (error instanceof JanusError && error.code === NO_SUCH_ROOM) return 'roomGone' as const;
    throw error;
  });
  // The room may also be gone because someone closed the meeting a moment ago: then it is no longer live here.
  if (lost === 'roomGone')
    return closeLiveMeeting(em, meeting.id, (tx, live) =>
      closeMeeting(tx, live, MeetingState.INTERRUPTED, Topic.MEETING_INTERRUPTED, { key: 'platform.videoGatewayLost' }, clock.now()),
    );
  return lost.length > 0 && interruptForLostParty(em, media, meeting, lost);
}

/** YN-18: a party is gone: the room closes and the meeting is interrupted (judicial reschedules it with priority). */
async function interruptForLostParty(em: EntityManager, media: MediaGateway, meeting: Meeting, lost: PartySeat[]): Promise<boolean> {
  // Stored as a catalogue key: the screens and the family's application translate it.
  const reason = { key: lost.includes('VISITOR') ? 'platform.visitorSideLost' : 'platform.subjectSideLost' };
  return closeLiveMeeting(em, meeting.id, async (tx, live) => {
    await closeMeetingRoom(media, live);
    return closeMeeting(tx, live, MeetingState.INTERRUPTED, Topic.MEETING_INTERRUPTED, reason, clock.now());
  });
}

/**
 * YN-18, the fast path: a party's own terminal reports that its media connection failed (the browser
 * gives up on ICE after ~15 s; Janus alone notices a silent publisher only after a minute or more).
 * Only the terminals of the meeting's two sides report, each for its own party.
 */
export async function reportConnectionLost(em: EntityManager, media: MediaGateway, staff: Staff, id: string): Promise<Meeting> {
  if (staff.roles.includes(StaffRole.MONITOR)) throw forbidden('forbidden.terminalReports');
  const meeting = await liveMeeting(em, staff, id);
  await interruptForLostParty(em, media, meeting, [partyOf(staff, meeting)]);
  return em.findOneOrFail(Meeting, { id: meeting.id }, { refresh: true });
}
