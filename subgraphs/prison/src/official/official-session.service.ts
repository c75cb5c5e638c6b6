import { recordEvent, type EntityManager } from '@rv/kit';
import {
  ErrorCode,
  Topic,
  audience,
  checkOfficialSession,
  chinaDate,
  clock,
  forbidden,
  invalid,
  isUuid,
  keyed,
  officialSessionPack,
  ruleError,
  type Identity,
  type MeetingArranged,
  type OfficialSessionRequest,
} from '@rv/schema';
import { createHash, randomInt } from 'node:crypto';
import { Inmate } from '../inmate/inmate.entity.js';
import { OfficialSession, OfficialSessionStatus } from './official-session.entity.js';

export type PrisonStaff = Identity & { tenantId: string; accountId: string };

export interface OfficialSessionInput extends OfficialSessionRequest {
  inmateId: string;
  date: string;
}

/** Eight digits the organ's officials type to take their seat (given with the prison's reply to the letter). */
function joiningCode(): string {
  return String(randomInt(10_000_000, 100_000_000));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** media keeps the session's meeting in step (YN-34: the same rooms, recorded like any other meeting, never privileged). */
async function recordArrangement(em: EntityManager, session: OfficialSession, rulePack: string): Promise<void> {
  const payload: MeetingArranged = {
    bookingId: session.id,
    kind: 'OFFICIAL',
    status: session.status === OfficialSessionStatus.CANCELLED ? 'CANCELLED' : 'ARRANGED',
    institutionId: session.prisonId,
    venueId: session.prisonId,
    subjectKind: 'INMATE',
    date: session.date,
    minutes: session.minutes,
    rulePack,
    guestCodeSha256: session.guestCodeSha256,
  };
  await recordEvent(em, 'prison', {
    topic: Topic.MEETING_ARRANGED,
    aggregateType: 'OfficialSession',
    aggregateId: session.id,
    audience: [audience.tenant(session.prisonId)],
    payload,
  });
}

/**
 * YN-34: the prison's staff record an organ's request with its official letter and arrange the
 * session for a day: checked against the pack (organs, purposes, length), kept in the prison's own
 * book and never in judicial's service days, so it takes no family's slot. Returns the joining code,
 * shown once.
 */
export async function arrangeOfficialSession(
  em: EntityManager,
  staff: PrisonStaff,
  input: OfficialSessionInput,
): Promise<{ session: OfficialSession; joiningCode: string }> {
  const inmate = isUuid(input.inmateId) ? await em.findOne(Inmate, { id: input.inmateId }, { populate: ['prison'] }) : null;
  if (!inmate || inmate.prison.id !== staff.tenantId) throw keyed(ErrorCode.NOT_FOUND, 'official.inmateNotHere');
  const pack = officialSessionPack(inmate.prison.rulePack);
  if (!pack) throw keyed(ErrorCode.NOT_ELIGIBLE, 'official.notInPack', { pack: inmate.prison.rulePack }, { pack: inmate.prison.rulePack });
  const decision = checkOfficialSession(pack, input);
  if (!decision.allowed) throw ruleError(decision, ErrorCode.BAD_USER_INPUT, { field: decision.field });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) throw invalid('meetingDay.dateFormat', {}, 'date');
  if (input.date < chinaDate(clock.now())) throw invalid('official.dateInPast', {}, 'date');
  const code = joiningCode();
  const session = em.create(OfficialSession, {
    prisonId: staff.tenantId,
    inmate,
    organ: input.organ,
    issuedBy: input.issuedBy.trim(),
    letterNumber: input.letterNumber.trim(),
    purpose: input.purpose,
    officials: input.officials.map((name) => name.trim()).filter(Boolean),
    date: input.date,
    minutes: input.minutes,
    status: OfficialSessionStatus.ARRANGED,
    recording: pack.recording,
    rule: decision.rule,
    recordedBy: staff.accountId,
    recordedAt: clock.now(),
    guestCodeSha256: sha256(code),
  });
  await em.flush();
  await recordArrangement(em, session, inmate.prison.rulePack);
  return { session, joiningCode: code };
}

/** YN-34: the organ withdrew or the prison cannot hold it; media drops the meeting (if it has not started). */
export async function cancelOfficialSession(em: EntityManager, staff: PrisonStaff, id: string): Promise<OfficialSession> {
  const session = isUuid(id) ? await em.findOne(OfficialSession, { id }, { populate: ['inmate', 'inmate.prison'] }) : null;
  if (!session) throw keyed(ErrorCode.NOT_FOUND, 'official.notFound');
  if (session.prisonId !== staff.tenantId) throw forbidden();
  const cancelled = await em.nativeUpdate(OfficialSession, { id, status: OfficialSessionStatus.ARRANGED }, { status: OfficialSessionStatus.CANCELLED });
  if (!cancelled) throw keyed(ErrorCode.CONFLICT, 'official.alreadyClosed');
  session.status = OfficialSessionStatus.CANCELLED;
  await recordArrangement(em, session, session.inmate.prison.rulePack);
  return session;
}
