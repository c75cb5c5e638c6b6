import { LockMode } from '@mikro-orm/core';
import { recordEvent, type EntityManager } from '@rv/kit';
import {
  ErrorCode,
  Topic,
  arrangementAlertAt,
  arrangementDueAt,
  chinaDate,
  audience,
  checkArrangementDeadline,
  checkCredentials,
  checkJointLawyers,
  checkLawyerMeetingTime,
  checkOffenceKnown,
  checkRoom,
  clock,
  invalid,
  keyed,
  lawyerMeetingPack,
  nationalCalendar,
  ruleError,
  type CredentialKind,
  type MeetingArranged,
  type LawyerMeetingPack,
  type RequesterType,
  type RuleDecision,
} from '@rv/schema';
import { DetentionCentre, MeetingRoom, RoomKind } from '../centre/detention-centre.entity.js';
import { alertCentreLeaders } from '../centre/leader-alert.js';
import { Lawyer, Mandate, MandateKind } from '../lawyer/lawyer.entity.js';
import { Suspect } from '../suspect/suspect.entity.js';
import { Channel, Companion, Credential, EntryKind, EntryStatus, MeetingMode, MeetingPurpose, QueueEntry } from './queue-entry.entity.js';

export interface Staff {
  accountId: string;
  tenantId: string;
}

export interface CredentialShown {
  /** The lawyer's account id, or a companion's name. */
  holder: string;
  kind: CredentialKind;
  reference: string;
  /** An uploaded or scanned copy, base64. */
  file?: string | null;
  fileName?: string | null;
}

export interface LawyerMeetingRequest {
  requesterType: RequesterType;
  /** One lawyer, or two defence lawyers meeting together (CQ-7). */
  lawyerAccountIds: string[];
  credentials: CredentialShown[];
  companions: { role: RequesterType; name: string }[];
  purpose: MeetingPurpose;
  mode: MeetingMode;
  minutes: number;
}

const MINUTES = { min: 5, max: 480 };
const FILE_MAX_KB = 2048;

const must = (decision: RuleDecision, code: ErrorCode = ErrorCode.NOT_ELIGIBLE) => {
  if (!decision.allowed) throw ruleError(decision, code);
};
const packOf = (centre: DetentionCentre): LawyerMeetingPack => lawyerMeetingPack(centre.rulePack);

/**
 * CQ-2: every lawyer shows its requester set (a second lawyer together is a defence lawyer, CQ-7),
 * every companion its own; nothing else is asked. Checked before anything is written.
 */
async function checkLawyerRequest(em: EntityManager, pack: LawyerMeetingPack, suspect: Suspect, request: LawyerMeetingRequest): Promise<void> {
  if (!Number.isInteger(request.minutes) || request.minutes < MINUTES.min || request.minutes > MINUTES.max)
    throw invalid('lawyer.minutesRange', MINUTES, 'minutes');
  must(checkJointLawyers(pack, new Set(request.lawyerAccountIds).size), ErrorCode.BAD_USER_INPUT);
  if (request.requesterType !== 'DEFENCE_LAWYER' && request.requesterType !== 'DUTY_LAWYER')
    throw invalid('lawyer.credentialsMissing', { missing: 'DEFENCE_LAWYER/DUTY_LAWYER' }, 'requesterType');
  const lawyers = await em.find(Lawyer, { accountId: { $in: request.lawyerAccountIds }, verified: true });
  if (lawyers.length !== new Set(request.lawyerAccountIds).size) throw keyed(ErrorCode.NOT_ELIGIBLE, 'lawyer.lawyerNotVerified');
  const shownBy = (holder: string) => request.credentials.filter((c) => c.holder === holder).map((c) => c.kind);
  request.lawyerAccountIds.forEach((accountId, index) => {
    const type = index === 0 ? request.requesterType : 'DEFENCE_LAWYER';
    must(checkCredentials(pack, type, suspect, shownBy(accountId)));
  });
  for (const companion of request.companions) {
    if (companion.role !== 'ASSISTANT' && companion.role !== 'TRANSLATOR')
      throw invalid('lawyer.credentialsMissing', { missing: 'ASSISTANT/TRANSLATOR' }, 'companions');
    must(checkCredentials(pack, companion.role, suspect, shownBy(companion.name)));
  }
  for (const credential of request.credentials) {
    if (credential.file && Buffer.byteLength(credential.file, 'base64') > FILE_MAX_KB * 1024)
      throw invalid('lawyer.fileTooLarge', { max: FILE_MAX_KB }, 'credentials');
  }
}

/** CQ-3: the next acceptance number of the centre, under the centre row's lock (held to commit): the queue order is the acceptance order. */
async function takeNumber(tx: EntityManager, centreId: string): Promise<{ seq: string; acceptedAt: Date }> {
  const [row] = await tx.execute<{ seq: string }[]>(
    `update "detention"."detention_centre" set last_seq = last_seq + 1 where id = ? returning last_seq::text as seq`,
    [centreId],
  );
  return { seq: row.seq, acceptedAt: clock.now() };
}

function accept(entry: QueueEntry, pack: LawyerMeetingPack, number: { seq: string; acceptedAt: Date }): void {
  entry.status = EntryStatus.WAITING;
  entry.seq = number.seq;
  entry.acceptedAt = number.acceptedAt;
  entry.dueAt = arrangementDueAt(pack, number.acceptedAt);
}

/** A defence lawyer's power of attorney or legal-aid letter is its mandate for the suspect (a lawyer reads only mandated suspects). */
async function grantMandates(tx: EntityManager, entry: QueueEntry, credentials: CredentialShown[]): Promise<void> {
  for (const accountId of entry.lawyerAccountIds) {
    const shown = credentials.filter((c) => c.holder === accountId).map((c) => c.kind);
    const kind = shown.includes('POWER_OF_ATTORNEY') ? MandateKind.DEFENCE : shown.includes('LEGAL_AID_LETTER') ? MandateKind.LEGAL_AID : null;
    if (!kind) continue;
    await tx.execute(
      `insert into "detention"."mandate" (id, suspect_id, lawyer_account_id, kind, active, created_at)
      values (gen_random_uuid(), ?, ?, ?, true, ?) on conflict do nothing`,
      [entry.suspect.id, accountId, kind, clock.now()],
    );
  }
}

function keepCredentials(tx: EntityManager, entry: QueueEntry, credentials: CredentialShown[], source: 'DESK' | 'UPLOAD'): void {
  for (const shown of credentials) {
    tx.create(Credential, {
      entry,
      holder: shown.holder,
      kind: shown.kind,
      reference: shown.reference.trim().slice(0, 255),
      source,
      file: shown.file ? Buffer.from(shown.file, 'base64') : null,
      fileName: shown.fileName ?? null,
      keptAt: clock.now(),
    } as Credential);
  }
}

export async function announceQueue(tx: EntityManager, entry: QueueEntry): Promise<void> {
  await recordEvent(tx, 'detention', {
    topic: Topic.LAWYER_QUEUE_CHANGED,
    aggregateType: 'QueueEntry',
    aggregateId: entry.id,
    audience: [audience.tenant(entry.centre.id), ...entry.lawyerAccountIds.map(audience.account)],
    payload: { entryId: entry.id, centreId: entry.centre.id, status: entry.status, seq: entry.seq },
  });
}

async function ownSuspect(em: EntityManager, centreId: string, suspectId: string): Promise<Suspect> {
  const suspect = await em.findOne(Suspect, { id: suspectId, centre: centreId, inCustody: true }, { populate: ['centre'] });
  if (!suspect) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.notFound.suspect');
  return suspect;
}

/**
 * CQ-5: a lawyer at the desk is accepted on the spot once the CQ-2 documents are shown (a booking
 * is never asked for; a full day does not refuse: the meeting is then arranged within 48 hours).
 */
export async function acceptLawyerAtDesk(em: EntityManager, staff: Staff, suspectId: string, request: LawyerMeetingRequest): Promise<QueueEntry> {
  return em.transactional(async (tx) => {
    const suspect = await ownSuspect(tx, staff.tenantId, suspectId);
    const pack = packOf(suspect.centre);
    await checkLawyerRequest(tx, pack, suspect, request);
    const entry = newLawyerEntry(tx, suspect, request, Channel.DESK);
    accept(entry, pack, await takeNumber(tx, suspect.centre.id));
    await saveLawyerEntry(tx, entry, request, 'DESK');
    return entry;
  });
}

function newLawyerEntry(tx: EntityManager, suspect: Suspect, request: LawyerMeetingRequest, channel: Channel): QueueEntry {
  return tx.create(QueueEntry, {
    centre: suspect.centre,
    suspect,
    kind: EntryKind.LAWYER_MEETING,
    status: EntryStatus.BOOKED,
    channel,
    mode: request.mode,
    purpose: request.purpose,
    minutes: request.minutes,
    lawyerAccountIds: [...new Set(request.lawyerAccountIds)],
    requesterType: request.requesterType,
    createdAt: clock.now(),
  } as QueueEntry);
}

async function saveLawyerEntry(tx: EntityManager, entry: QueueEntry, request: LawyerMeetingRequest, source: 'DESK' | 'UPLOAD'): Promise<void> {
  await tx.flush();
  keepCredentials(tx, entry, request.credentials, source);
  for (const companion of request.companions) tx.create(Companion, { entry, role: companion.role, name: companion.name.trim() } as Companion);
  await tx.flush();
  if (entry.status === EntryStatus.WAITING) await grantMandates(tx, entry, request.credentials);
  await announceQueue(tx, entry);
}

/**
 * CQ-5: online or phone booking, a convenience: the suspect named by exact name and ID number, the
 * documents uploaded and checked now (CQ-2); the place in the queue is taken when the desk accepts.
 */
export async function bookLawyerMeeting(
  em: EntityManager,
  lawyerAccountId: string,
  input: { centreId: string; suspectName: string; suspectIdNumber: string; channel: Channel },
  request: LawyerMeetingRequest,
): Promise<QueueEntry> {
  return em.transactional(async (tx) => {
    const suspect = await tx.findOne(
      Suspect,
      { centre: input.centreId, name: input.suspectName.trim(), idNumber: input.suspectIdNumber.trim().toUpperCase(), inCustody: true },
      { populate: ['centre'] },
    );
    if (!suspect) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.notFound.suspect');
    const lawyers = [lawyerAccountId, ...request.lawyerAccountIds.filter((id) => id !== lawyerAccountId)];
    const booking = { ...request, lawyerAccountIds: lawyers };
    await checkLawyerRequest(tx, packOf(suspect.centre), suspect, booking);
    const entry = newLawyerEntry(tx, suspect, booking, input.channel === Channel.PHONE ? Channel.PHONE : Channel.ONLINE);
    entry.bookedBy = lawyerAccountId;
    await saveLawyerEntry(tx, entry, booking, 'UPLOAD');
    return entry;
  });
}

/** CQ-3: the desk checks a booking's documents (again, the case may have moved on) and gives it its place in the queue. */
export async function acceptBooking(em: EntityManager, staff: Staff, entryId: string): Promise<QueueEntry> {
  return em.transactional(async (tx) => {
    const entry = await ownEntry(tx, staff.tenantId, entryId, true);
    if (entry.status !== EntryStatus.BOOKED) throw keyed(ErrorCode.CONFLICT, 'lawyer.notBooked');
    const credentials = (await tx.find(Credential, { entry })).map((c) => ({ holder: c.holder, kind: c.kind, reference: c.reference }));
    const companions = (await tx.find(Companion, { entry })).map((c) => ({ role: c.role, name: c.name }));
    const request: LawyerMeetingRequest = {
      requesterType: entry.requesterType!,
      lawyerAccountIds: entry.lawyerAccountIds,
      credentials,
      companions,
      purpose: entry.purpose,
      mode: entry.mode,
      minutes: entry.minutes,
    };
    const pack = packOf(entry.centre);
    await checkLawyerRequest(tx, pack, entry.suspect, request);
    accept(entry, pack, await takeNumber(tx, entry.centre.id));
    await tx.flush();
    await grantMandates(tx, entry, credentials);
    await announceQueue(tx, entry);
    return entry;
  });
}

/** CQ-3: an interrogation or escort (提讯提解) by a case-handling organ joins the same queue, in order of acceptance. */
export async function acceptInterrogation(
  em: EntityManager,
  staff: Staff,
  input: { suspectId: string; kind: EntryKind; caseUnit: string; officers: string; minutes: number },
): Promise<QueueEntry> {
  if (input.kind === EntryKind.LAWYER_MEETING) throw invalid('lawyer.notWaiting', {}, 'kind');
  if (!Number.isInteger(input.minutes) || input.minutes < MINUTES.min || input.minutes > MINUTES.max) throw invalid('lawyer.minutesRange', MINUTES, 'minutes');
  return em.transactional(async (tx) => {
    const suspect = await ownSuspect(tx, staff.tenantId, input.suspectId);
    const entry = tx.create(QueueEntry, {
      centre: suspect.centre,
      suspect,
      kind: input.kind,
      status: EntryStatus.BOOKED,
      channel: Channel.DESK,
      minutes: input.minutes,
      caseUnit: input.caseUnit.trim(),
      officers: input.officers.trim(),
      createdAt: clock.now(),
    } as QueueEntry);
    accept(entry, packOf(suspect.centre), await takeNumber(tx, suspect.centre.id));
    await tx.flush();
    await announceQueue(tx, entry);
    return entry;
  });
}

export async function ownEntry(em: EntityManager, centreId: string, entryId: string, lock = false): Promise<QueueEntry> {
  const entry = await em.findOne(
    QueueEntry,
    { id: entryId, centre: centreId },
    { populate: ['centre', 'suspect'], ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) },
  );
  if (!entry) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.notFound.entry');
  return entry;
}

/**
 * CQ-3: the desk arranges the head of the queue (nothing accepted earlier is still waiting), not
 * before what was arranged ahead of it, and by the 48-hour deadline; CQ-8 hours; CQ-7 quick rooms.
 * A remote lawyer meeting asks media for a privileged room (CQ-4).
 */
export async function arrangeEntry(
  em: EntityManager,
  staff: Staff,
  input: { entryId: string; roomId: string; startsAt: Date; leaderApproval?: string | null },
): Promise<QueueEntry> {
  return em.transactional(async (tx) => {
    // Arrangements of one centre go one at a time: the order check below sees every earlier decision.
    await tx.execute(`select id from "detention"."detention_centre" where id = ? for update`, [staff.tenantId]);
    const entry = await ownEntry(tx, staff.tenantId, input.entryId);
    if (entry.status !== EntryStatus.WAITING) throw keyed(ErrorCode.CONFLICT, 'lawyer.notWaiting');
    const pack = packOf(entry.centre);
    const [ahead] = await tx.execute<{ waiting: number; latest: Date | null }[]>(
      `select count(*) filter (where status = 'WAITING')::int as waiting, max(starts_at) filter (where status = 'ARRANGED') as latest
         from "detention"."queue_entry" where centre_id = ? and seq < ?`,
      [entry.centre.id, entry.seq],
    );
    if (ahead.waiting > 0 || (ahead.latest && new Date(ahead.latest) > input.startsAt)) {
      throw keyed(ErrorCode.CONFLICT, 'lawyer.queueOrder', {}, { rule: pack.arrangement.rule, pack: pack.code });
    }
    const room = await tx.findOne(MeetingRoom, { id: input.roomId, centre: entry.centre.id });
    if (!room) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.roomNotFound');
    must(checkArrangementDeadline(pack, entry.dueAt!, input.startsAt));
    if (entry.kind === EntryKind.LAWYER_MEETING) {
      must(checkOffenceKnown(pack, entry.suspect));
      must(checkLawyerMeetingTime(pack, nationalCalendar(), input.startsAt, entry.minutes, input.leaderApproval ?? null));
      must(checkRoom(pack, room.kind === RoomKind.QUICK, entry.minutes));
    }
    const endsAt = new Date(input.startsAt.getTime() + entry.minutes * 60_000);
    const [clash] = await tx.execute(
      `select 1 from "detention"."queue_entry" where room_id = ? and status = 'ARRANGED'
      and starts_at < ? and starts_at + make_interval(mins => minutes) > ?`,
      [room.id, endsAt, input.startsAt],
    );
    if (clash) throw keyed(ErrorCode.CONFLICT, 'lawyer.roomTaken');
    Object.assign(entry, {
      status: EntryStatus.ARRANGED,
      room,
      startsAt: input.startsAt,
      arrangedAt: clock.now(),
      arrangedBy: staff.accountId,
      leaderApproval: input.leaderApproval?.trim() || null,
    });
    await tx.flush();
    await announceQueue(tx, entry);
    // CQ-4: media opens a remote one as a privileged room; CQ-11: judicial counts every one for the joint meeting.
    if (entry.kind === EntryKind.LAWYER_MEETING) await announceRemoteMeeting(tx, entry);
    return entry;
  });
}

/** CQ-4: media opens the remote meeting as a privileged room (watched, never listened to); the lawyers take the visitor seat. */
async function announceRemoteMeeting(tx: EntityManager, entry: QueueEntry): Promise<void> {
  const payload: MeetingArranged = {
    bookingId: entry.id,
    kind: 'LAWYER',
    status: 'ARRANGED',
    institutionId: entry.centre.id,
    venueId: entry.centre.id,
    subjectKind: 'SUSPECT',
    date: chinaDate(entry.startsAt!),
    minutes: entry.minutes,
    rulePack: entry.centre.rulePack,
    counselAccountIds: entry.lawyerAccountIds,
    remote: entry.mode === MeetingMode.REMOTE,
    acceptedAt: entry.acceptedAt?.toISOString() ?? null,
    arrangedAt: entry.arrangedAt?.toISOString() ?? null,
  };
  await recordEvent(tx, 'detention', {
    topic: Topic.MEETING_ARRANGED,
    aggregateType: 'QueueEntry',
    aggregateId: entry.id,
    audience: [audience.tenant(entry.centre.id), ...entry.lawyerAccountIds.map(audience.account)],
    payload,
  });
}

/**
 * CQ-3: the lawyer asked to confirm the end of the mandate face to face and the suspect refused in
 * writing: the refusal goes to the lawyer, no meeting is held, and the mandate ends.
 */
export async function recordSuspectRefusal(em: EntityManager, staff: Staff, entryId: string, text: string): Promise<QueueEntry> {
  if (!text?.trim()) throw invalid('lawyer.refusalTextRequired', {}, 'text');
  return em.transactional(async (tx) => {
    const entry = await ownEntry(tx, staff.tenantId, entryId, true);
    if (entry.purpose !== MeetingPurpose.MANDATE_END) throw keyed(ErrorCode.BAD_USER_INPUT, 'lawyer.refusalOnlyForMandateEnd');
    if (entry.status !== EntryStatus.WAITING && entry.status !== EntryStatus.ARRANGED) throw keyed(ErrorCode.CONFLICT, 'lawyer.notWaiting');
    Object.assign(entry, { status: EntryStatus.REFUSED_BY_SUSPECT, refusalText: text.trim().slice(0, 2000), refusedAt: clock.now() });
    await tx.flush();
    await tx.nativeUpdate(
      Mandate,
      { suspect: entry.suspect.id, lawyerAccountId: { $in: entry.lawyerAccountIds }, active: true },
      { active: false, endedAt: clock.now() },
    );
    await announceQueue(tx, entry);
    return entry;
  });
}

/** CQ-4: in person, the police hand the suspect over face to face and confirm identity; the lawyer's (offline) computer is noted. */
export async function recordHandover(
  em: EntityManager,
  staff: Staff,
  entryId: string,
  identityConfirmed: boolean,
  computerNote: string | null,
): Promise<QueueEntry> {
  return em.transactional(async (tx) => {
    const entry = await ownEntry(tx, staff.tenantId, entryId, true);
    if (entry.status !== EntryStatus.ARRANGED || entry.kind !== EntryKind.LAWYER_MEETING) throw keyed(ErrorCode.CONFLICT, 'lawyer.notWaiting');
    if (entry.mode !== MeetingMode.IN_PERSON) throw keyed(ErrorCode.BAD_USER_INPUT, 'lawyer.notInPerson');
    Object.assign(entry, { handedOverAt: clock.now(), identityConfirmed, computerNote: computerNote?.trim().slice(0, 500) || null });
    await tx.flush();
    await announceQueue(tx, entry);
    return entry;
  });
}

/** CQ-3: places still waiting as their deadline nears (the pack's alertBeforeHours) are flagged once, and the centre's leaders texted. */
export async function flagDueSoon(em: EntityManager): Promise<number> {
  return em.transactional(async (tx) => {
    const now = clock.now();
    const rows = await tx.execute<{ id: string; centre_id: string; due_at: Date; rule_pack: string }[]>(
      `select e.id, e.centre_id, e.due_at, c.rule_pack from "detention"."queue_entry" e
      join "detention"."detention_centre" c on c.id = e.centre_id where e.status = 'WAITING' and e.due_soon_alerted_at is null and e.due_at >= ? for update of e skip locked`,
      [now],
    );
    let alerted = 0;
    for (const row of rows) {
      const pack = lawyerMeetingPack(row.rule_pack);
      if (arrangementAlertAt(pack, new Date(row.due_at)) > now) continue;
      await tx.execute(`update "detention"."queue_entry" set due_soon_alerted_at = ? where id = ?`, [now, row.id]);
      await alertCentreLeaders(tx, {
        centreId: row.centre_id,
        deadline: 'ARRANGEMENT',
        stage: 'DUE_SOON',
        rule: pack.arrangement.rule,
        refId: row.id,
        dueAt: new Date(row.due_at).toISOString(),
      });
      alerted++;
    }
    return alerted;
  });
}

/** CQ-3: places still waiting past their deadline are flagged once to the centre (the 48-hour board, live) and its leaders texted. */
export async function flagOverdue(em: EntityManager): Promise<number> {
  return em.transactional(async (tx) => {
    const rows = await tx.execute<{ id: string }[]>(
      `update "detention"."queue_entry" set overdue_alerted_at = ?
      where status = 'WAITING' and due_at < ? and overdue_alerted_at is null returning id`,
      [clock.now(), clock.now()],
    );
    for (const { id } of rows) {
      const entry = await tx.findOneOrFail(QueueEntry, { id }, { populate: ['centre'] });
      await announceQueue(tx, entry);
      await alertCentreLeaders(tx, {
        centreId: entry.centre.id,
        deadline: 'ARRANGEMENT',
        stage: 'OVERDUE',
        rule: packOf(entry.centre).arrangement.rule,
        refId: id,
        dueAt: entry.dueAt!.toISOString(),
      });
    }
    return rows.length;
  });
}
