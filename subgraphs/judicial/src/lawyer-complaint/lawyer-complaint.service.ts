import { recordEvent, type EntityManager } from '@rv/kit';
import {
  ErrorCode,
  Topic,
  audience,
  checkComplaintAnswer,
  checkComplaintOrgan,
  checkEvaluationScore,
  checkViolation,
  chinaDate,
  clock,
  forbidden,
  invalid,
  isUuid,
  keyed,
  lawyerConductPack,
  ruleError,
  type Identity,
  type LawyerViolationReported,
  type MeetingArranged,
  type MeetingLifecycle,
  type OutboxEvent,
} from '@rv/schema';
import { CountyBureau } from '../bureau/bureau.entity.js';
import {
  ComplaintContact,
  ComplaintStatus,
  LawyerComplaint,
  LawyerEvaluation,
  LawyerMeetingFact,
  LawyerViolation,
  ViolationStatus,
} from './lawyer-complaint.entity.js';

export type Staff = Identity & { tenantId: string; accountId: string };

const PACK = lawyerConductPack(null);

function text(value: string | null | undefined, max: number, key: Parameters<typeof invalid>[0], field: string, required = true): string {
  const trimmed = value?.trim() ?? '';
  if ((required && !trimmed) || trimmed.length > max) throw invalid(key, { max }, field);
  return trimmed;
}

// ── The facts the desk keys on (fed by the centre's arrangement and by media) ──────────────────

/**
 * CQ-3 / CQ-11: a lawyer meeting the centre arranged (its arrangement event): which centre, which
 * lawyers, when it was accepted and arranged. Idempotent; a later arrangement of the same meeting moves it.
 */
export async function recordLawyerArrangement(em: EntityManager, arranged: MeetingArranged): Promise<void> {
  if (arranged.kind !== 'LAWYER') return;
  if (arranged.status === 'CANCELLED') {
    await em.execute(`delete from "judicial"."lawyer_meeting_fact" where booking_id = ? and held_at is null`, [arranged.bookingId]);
    return;
  }
  await em.execute(
    `insert into "judicial"."lawyer_meeting_fact" (booking_id, centre_id, counsel_account_ids, date, accepted_at, arranged_at)
     values (?, ?, ?::jsonb, ?, ?, ?)
     on conflict (booking_id) do update set counsel_account_ids = excluded.counsel_account_ids, date = excluded.date,
       accepted_at = coalesce(excluded.accepted_at, "lawyer_meeting_fact".accepted_at), arranged_at = coalesce(excluded.arranged_at, "lawyer_meeting_fact".arranged_at)`,
    [
      arranged.bookingId,
      arranged.institutionId,
      JSON.stringify(arranged.counselAccountIds ?? []),
      arranged.date,
      arranged.acceptedAt ?? null,
      arranged.arrangedAt ?? null,
    ],
  );
}

export async function followLawyerArrangement(em: EntityManager, event: OutboxEvent<MeetingArranged>): Promise<void> {
  await recordLawyerArrangement(em, event.payload);
}

/** media's meeting.ended / terminated / interrupted of a lawyer meeting: it was held (CQ-11 counts it; its lawyers may evaluate it). */
export async function noteLawyerMeetingHeld(em: EntityManager, event: OutboxEvent<MeetingLifecycle>): Promise<void> {
  if (event.payload.kind !== 'LAWYER') return;
  await em.execute(`update "judicial"."lawyer_meeting_fact" set held_at = coalesce(held_at, ?) where booking_id = ?`, [
    event.createdAt,
    event.payload.applicationId,
  ]);
}

async function factOf(em: EntityManager, bookingId: string): Promise<LawyerMeetingFact | null> {
  return isUuid(bookingId) ? em.findOne(LawyerMeetingFact, { bookingId }) : null;
}

// ── CQ-14 violations ──────────────────────────────────────────────────────────────────────────

export interface ViolationInput {
  bookingId: string;
  bureauId: string;
  ground: string;
  details?: string | null;
  lawyerAccountId?: string | null;
}

/**
 * CQ-14: the centre stops a lawyer's prohibited act and reports it to its county justice bureau:
 * one of the pack's grounds, recorded, sent to the bureau; media stops the meeting if it is live.
 */
export async function reportViolation(em: EntityManager, staff: Staff, input: ViolationInput): Promise<LawyerViolation> {
  const fact = await factOf(em, input.bookingId);
  if (!fact || fact.centreId !== staff.tenantId) throw keyed(ErrorCode.NOT_FOUND, 'lawyerConduct.meetingUnknown');
  const details = text(input.details, 500, 'lawyerConduct.violation.detailsTooLong', 'details', false);
  const decision = checkViolation(PACK, input.ground, details);
  if (!decision.allowed) throw ruleError(decision, ErrorCode.BAD_USER_INPUT);
  const bureau = isUuid(input.bureauId) ? await em.findOne(CountyBureau, { id: input.bureauId }) : null;
  if (!bureau || (bureau.kind !== 'COUNTY_BUREAU' && !bureau.actsAsCountyBureau))
    throw keyed(ErrorCode.BAD_USER_INPUT, 'lawyerConduct.violation.notBureau', {}, { field: 'bureauId', rule: PACK.violations.rule });
  const lawyer = input.lawyerAccountId && fact.counselAccountIds.includes(input.lawyerAccountId) ? input.lawyerAccountId : null;
  const violation = em.create(LawyerViolation, {
    bookingId: fact.bookingId,
    centreId: fact.centreId,
    bureauId: bureau.id,
    lawyerAccountId: lawyer,
    ground: input.ground,
    groundRule: decision.rule,
    details,
    reportedBy: staff.accountId,
    reportedAt: clock.now(),
    status: ViolationStatus.REPORTED,
    handling: null,
    handledBy: null,
    handledAt: null,
  });
  await em.flush();
  const payload: LawyerViolationReported = {
    violationId: violation.id,
    bookingId: fact.bookingId,
    centreId: fact.centreId,
    ground: violation.ground,
    rule: violation.groundRule,
    reportedBy: staff.accountId,
  };
  await recordEvent(em, 'judicial', {
    topic: Topic.LAWYER_VIOLATION_REPORTED,
    aggregateType: 'LawyerViolation',
    aggregateId: violation.id,
    audience: [audience.tenant(bureau.id), audience.tenant(fact.centreId)],
    payload,
  });
  return violation;
}

/** CQ-14: the bureau records how it handled the report; that is its answer to the centre (once). */
export async function handleViolation(em: EntityManager, staff: Staff, id: string, handlingText: string): Promise<LawyerViolation> {
  const violation = isUuid(id) ? await em.findOne(LawyerViolation, { id }) : null;
  if (!violation) throw keyed(ErrorCode.NOT_FOUND, 'lawyerConduct.violation.notFound');
  if (violation.bureauId !== staff.tenantId) throw forbidden('lawyerConduct.violation.notReportedHere');
  const handling = text(handlingText, 1000, 'lawyerConduct.violation.handlingRequired', 'handling');
  const handled = await em.nativeUpdate(
    LawyerViolation,
    { id, status: ViolationStatus.REPORTED },
    { status: ViolationStatus.HANDLED, handling, handledBy: staff.accountId, handledAt: clock.now() },
  );
  if (!handled) throw keyed(ErrorCode.CONFLICT, 'lawyerConduct.violation.alreadyHandled');
  const current = await em.findOneOrFail(LawyerViolation, { id }, { refresh: true });
  await recordEvent(em, 'judicial', {
    topic: Topic.LAWYER_CONDUCT_CHANGED,
    aggregateType: 'LawyerViolation',
    aggregateId: id,
    audience: [audience.tenant(current.centreId), audience.tenant(current.bureauId)],
    payload: { id, status: current.status },
  });
  return current;
}

// ── CQ-11 evaluations ─────────────────────────────────────────────────────────────────────────

/** CQ-11: a lawyer of the meeting rates the centre's service once, from the meeting's day on. */
export async function evaluateMeeting(
  em: EntityManager,
  lawyerAccountId: string,
  bookingId: string,
  score: number,
  commentText: string | null | undefined,
): Promise<LawyerEvaluation> {
  const fact = await factOf(em, bookingId);
  if (!fact || !fact.counselAccountIds.includes(lawyerAccountId)) throw keyed(ErrorCode.NOT_FOUND, 'lawyerConduct.evaluation.notCounsel');
  const decision = checkEvaluationScore(PACK, score);
  if (!decision.allowed) throw ruleError(decision, ErrorCode.BAD_USER_INPUT, { field: 'score' });
  const comment = text(commentText, 500, 'lawyerConduct.evaluation.commentTooLong', 'comment', false);
  if (!fact.heldAt && fact.date > chinaDate(clock.now())) throw keyed(ErrorCode.CONFLICT, 'lawyerConduct.evaluation.notHeld');
  const [row] = await em.execute<{ id: string }[]>(
    `insert into "judicial"."lawyer_evaluation" (id, booking_id, centre_id, lawyer_account_id, score, comment, created_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?) on conflict do nothing returning id`,
    [fact.bookingId, fact.centreId, lawyerAccountId, score, comment, clock.now()],
  );
  if (!row) throw keyed(ErrorCode.CONFLICT, 'lawyerConduct.evaluation.already');
  return em.findOneOrFail(LawyerEvaluation, { id: row.id });
}

// ── CQ-12 / CQ-13 complaints ──────────────────────────────────────────────────────────────────

export interface ContactInput {
  organ: string;
  organName: string;
  contactName: string;
  phone: string;
  handlerTenantId?: string | null;
}

/**
 * CQ-12: the centre names, for each organ lawyers may complain to, the organ, a contact person and
 * how to reach them. Complaints to the police go to the centre itself; to a justice bureau, to that bureau.
 */
export async function addComplaintContact(em: EntityManager, staff: Staff, input: ContactInput): Promise<ComplaintContact> {
  const decision = checkComplaintOrgan(PACK, input.organ);
  if (!decision.allowed) throw ruleError(decision, ErrorCode.BAD_USER_INPUT, { field: 'organ' });
  const organName = text(input.organName, 100, 'lawyerConduct.complaint.contactRequired', 'organName');
  const contactName = text(input.contactName, 40, 'lawyerConduct.complaint.contactRequired', 'contactName');
  const phone = text(input.phone, 40, 'lawyerConduct.complaint.contactRequired', 'phone');
  let handler = staff.tenantId;
  if (input.organ !== 'POLICE') {
    const bureau = input.handlerTenantId && isUuid(input.handlerTenantId) ? await em.findOne(CountyBureau, { id: input.handlerTenantId }) : null;
    if (!bureau) throw keyed(ErrorCode.BAD_USER_INPUT, 'lawyerConduct.violation.notBureau', {}, { field: 'handlerTenantId' });
    handler = bureau.id;
  }
  const contact = em.create(ComplaintContact, {
    centreId: staff.tenantId,
    organ: input.organ,
    organName,
    contactName,
    phone,
    handlerTenantId: handler,
    active: true,
  });
  await em.flush();
  return contact;
}

export interface ComplaintInput {
  contactId: string;
  bookingId?: string | null;
  text: string;
  wantsHearing: boolean;
}

/** CQ-12 / CQ-13: a lawyer complains to one of the centre's named contacts, about a meeting of theirs or in general. */
export async function fileComplaint(em: EntityManager, lawyerAccountId: string, input: ComplaintInput): Promise<LawyerComplaint> {
  const contact = isUuid(input.contactId) ? await em.findOne(ComplaintContact, { id: input.contactId, active: true }) : null;
  if (!contact) throw keyed(ErrorCode.NOT_FOUND, 'lawyerConduct.complaint.contactUnknown');
  const body = text(input.text, 2000, 'lawyerConduct.complaint.textRequired', 'text');
  if (input.bookingId) {
    const fact = await factOf(em, input.bookingId);
    if (!fact || fact.centreId !== contact.centreId || !fact.counselAccountIds.includes(lawyerAccountId))
      throw keyed(ErrorCode.BAD_USER_INPUT, 'lawyerConduct.complaint.bookingUnknown', {}, { field: 'bookingId' });
  }
  const complaint = em.create(LawyerComplaint, {
    centreId: contact.centreId,
    bookingId: input.bookingId ?? null,
    contactId: contact.id,
    handlerTenantId: contact.handlerTenantId,
    lawyerAccountId,
    text: body,
    wantsHearing: input.wantsHearing,
    filedAt: clock.now(),
    status: ComplaintStatus.OPEN,
    feedback: null,
    heardInPerson: false,
    answeredBy: null,
    answeredAt: null,
  });
  await em.flush();
  await recordEvent(em, 'judicial', {
    topic: Topic.LAWYER_CONDUCT_CHANGED,
    aggregateType: 'LawyerComplaint',
    aggregateId: complaint.id,
    audience: [audience.tenant(contact.handlerTenantId), audience.account(lawyerAccountId)],
    payload: { id: complaint.id, status: complaint.status },
  });
  return complaint;
}

/** CQ-13: the handling unit investigates and answers the lawyer (having heard them in person when asked to), once. */
export async function answerComplaint(em: EntityManager, staff: Staff, id: string, feedbackText: string, heardInPerson: boolean): Promise<LawyerComplaint> {
  const complaint = isUuid(id) ? await em.findOne(LawyerComplaint, { id }) : null;
  if (!complaint) throw keyed(ErrorCode.NOT_FOUND, 'lawyerConduct.complaint.notFound');
  if (complaint.handlerTenantId !== staff.tenantId) throw forbidden('lawyerConduct.complaint.notHandler');
  const feedback = text(feedbackText, 2000, 'lawyerConduct.complaint.feedbackRequired', 'feedback');
  const decision = checkComplaintAnswer(PACK, complaint.wantsHearing, heardInPerson);
  if (!decision.allowed) throw ruleError(decision, ErrorCode.NOT_ELIGIBLE);
  const answered = await em.nativeUpdate(
    LawyerComplaint,
    { id, status: ComplaintStatus.OPEN },
    { status: ComplaintStatus.ANSWERED, feedback, heardInPerson, answeredBy: staff.accountId, answeredAt: clock.now() },
  );
  if (!answered) throw keyed(ErrorCode.CONFLICT, 'lawyerConduct.complaint.alreadyAnswered');
  const current = await em.findOneOrFail(LawyerComplaint, { id }, { refresh: true });
  await recordEvent(em, 'judicial', {
    topic: Topic.LAWYER_CONDUCT_CHANGED,
    aggregateType: 'LawyerComplaint',
    aggregateId: id,
    audience: [audience.tenant(current.handlerTenantId), audience.account(current.lawyerAccountId)],
    payload: { id, status: current.status },
  });
  return current;
}

// ── CQ-11 the joint meeting's figures ─────────────────────────────────────────────────────────

export interface CentreMonthFigures {
  centreId: string;
  month: string;
  meetings: number;
  held: number;
  arranged: number;
  averageWaitHours: number | null;
  arrangedWithinDeadline: number;
  complaints: number;
  complaintsAnswered: number;
  violations: number;
  evaluations: number;
  averageScore: number | null;
}

/**
 * CQ-11: per centre and month (China Standard Time) — meetings, waits from acceptance to
 * arrangement, CQ-3's 48-hour compliance, complaints (and how many were answered), violations,
 * evaluations and their average score. One GROUP BY per source over the raw rows.
 */
export async function lawyerMeetingFigures(em: EntityManager, month: string, centreIds: string[] | null): Promise<CentreMonthFigures[]> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw invalid('lawyerConduct.monthFormat', {}, 'month');
  const hours = PACK.figures.arrangeWithinHours;
  const local = (column: string) => `to_char(${column} at time zone 'Asia/Shanghai', 'YYYY-MM')`;
  const scope = (column: string) => (centreIds ? `and ${column} = any(?::uuid[])` : '');
  const ids = centreIds ? [`{${centreIds.join(',')}}`] : [];
  const rows = await em.execute<Record<string, string | number | null>[]>(
    `
    with meetings as (
      select centre_id, count(*)::int as meetings, count(held_at)::int as held, count(arranged_at)::int as arranged,
        round(avg(extract(epoch from arranged_at - accepted_at) / 3600)::numeric, 1)::float as average_wait_hours,
        count(*) filter (where arranged_at - accepted_at <= make_interval(hours => ?))::int as arranged_within_deadline
      from "judicial"."lawyer_meeting_fact" where to_char(date, 'YYYY-MM') = ? ${scope('centre_id')} group by centre_id),
    complaints as (
      select centre_id, count(*)::int as complaints, count(*) filter (where status = 'ANSWERED')::int as complaints_answered
      from "judicial"."lawyer_complaint" where ${local('filed_at')} = ? ${scope('centre_id')} group by centre_id),
    violations as (
      select centre_id, count(*)::int as violations from "judicial"."lawyer_violation" where ${local('reported_at')} = ? ${scope('centre_id')} group by centre_id),
    evaluations as (
      select centre_id, count(*)::int as evaluations, round(avg(score)::numeric, 2)::float as average_score
      from "judicial"."lawyer_evaluation" where ${local('created_at')} = ? ${scope('centre_id')} group by centre_id),
    centres as (select centre_id from meetings union select centre_id from complaints union select centre_id from violations union select centre_id from evaluations)
    select c.centre_id, coalesce(m.meetings, 0) as meetings, coalesce(m.held, 0) as held, coalesce(m.arranged, 0) as arranged, m.average_wait_hours,
      coalesce(m.arranged_within_deadline, 0) as arranged_within_deadline, coalesce(k.complaints, 0) as complaints, coalesce(k.complaints_answered, 0) as complaints_answered,
      coalesce(v.violations, 0) as violations, coalesce(e.evaluations, 0) as evaluations, e.average_score
    from centres c left join meetings m using (centre_id) left join complaints k using (centre_id) left join violations v using (centre_id) left join evaluations e using (centre_id)
    order by c.centre_id`,
    [hours, month, ...ids, month, ...ids, month, ...ids, month, ...ids],
  );
  return rows.map((row) => ({
    centreId: String(row.centre_id),
    month,
    meetings: Number(row.meetings),
    held: Number(row.held),
    arranged: Number(row.arranged),
    averageWaitHours: row.average_wait_hours === null ? null : Number(row.average_wait_hours),
    arrangedWithinDeadline: Number(row.arranged_within_deadline),
    complaints: Number(row.complaints),
    complaintsAnswered: Number(row.complaints_answered),
    violations: Number(row.violations),
    evaluations: Number(row.evaluations),
    averageScore: row.average_score === null ? null : Number(row.average_score),
  }));
}
