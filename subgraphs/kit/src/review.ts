import {
  ruleError,
  Topic,
  audience,
  chinaDate,
  clock,
  checkMeetingTime,
  checkRejectionReason,
  ErrorCode,
  falseInformationStop,
  forbidden,
  invalid,
  isUuid,
  keyed,
  nationalCalendar,
  notFound,
  stageDue,
  rejectionText,
  rulePack,
  type ApplicationChanged,
  type ApplicationPrioritized,
  type ApplicationSubmitted,
  type EligibilityFinding,
  type Identity,
  type OutboxEvent,
  type ReviewDecided,
  type ReviewStopped,
  type RulePack,
} from '@rv/schema';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from './logger.js';
import { recordEvent, recordEvents } from './outbox.js';
import { handlerFor, type EventHandler } from './consumer.js';

/**
 * The review mechanics an institution's subgraph shares (prison for inmates, detox for
 * detainees): a `review_case` table in its own schema, opened once per application and
 * decided once. The rules come from the pack; who the subject is stays the subgraph's own.
 */
export interface ReviewTable {
  schema: string;
  subjectColumn: string;
  institutionColumn: string;
  /** The subjects' table (its institution key is `institutionColumn` too) and the institutions' (with `rule_pack`). */
  subjectTable: string;
  institutionTable: string;
  /** Which of the pack's rejection-reason lists applies to the subject (GD-24 inmate, GD-25 detainee). */
  subjectReasons: 'inmate' | 'detainee';
  /** GD-24 / GD-25 / YN-15 / SX-9: why the subject may not meet on that day, from its custody status (empty: eligible). */
  eligibility(em: EntityManager, subjectId: string, pack: RulePack, meetingDate: string): Promise<EligibilityFinding[]>;
}

interface ReviewSubject {
  id: string;
  institutionId: string;
  rulePack: string;
}

/** The subjects with their institution and that institution's pack, in one statement. */
async function reviewSubjects(em: EntityManager, table: ReviewTable, subjectIds: string[]): Promise<Map<string, ReviewSubject>> {
  const subjects = await em.execute<ReviewSubject[]>(
    `select s.id, s."${table.institutionColumn}" as "institutionId", i.rule_pack as "rulePack"
       from "${table.schema}"."${table.subjectTable}" s join "${table.schema}"."${table.institutionTable}" i on i.id = s."${table.institutionColumn}"
      where s.id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
    [JSON.stringify(subjectIds)],
  );
  return new Map(subjects.map((subject) => [subject.id, subject]));
}

/**
 * application.submitted → the institution opens a review case (once, however often delivered),
 * due GD-22 3 working days after its stage starts (+2 when extended); YN-8 5 working days. Many
 * applications at once (a consumer's read, issue 16): one statement reads their subjects, one opens
 * the cases, one records their events, where each application took three.
 */
export async function openReviews(em: EntityManager, table: ReviewTable, submissions: ApplicationSubmitted[]): Promise<void> {
  if (!submissions.length) return; // e.g. a read of inmates' applications, for the detox centres' consumer
  const subjects = await reviewSubjects(
    em,
    table,
    submissions.map((submitted) => submitted.subjectId),
  );
  const cases = submissions.flatMap((submitted) => {
    const subject = subjects.get(submitted.subjectId);
    return subject ? [reviewCaseRow(table, submitted, subject)] : [];
  });
  if (!cases.length) return;
  const columns = Object.keys(cases[0]).map((column) => `"${column}"`);
  const opened = await em.execute<{ id: string; institution: string }[]>(
    `insert into "${table.schema}"."review_case" (id, status, ${columns.join(', ')})
     select gen_random_uuid(), 'PENDING', ${columns.map((column) => `r.${column}`).join(', ')}
       from jsonb_populate_recordset(null::"${table.schema}"."review_case", ?::jsonb) r
     on conflict (application_id) do nothing returning id, "${table.institutionColumn}" as institution`,
    [JSON.stringify(cases)],
  );
  if (opened.length)
    await recordEvents(
      em,
      table.schema,
      opened.map((row) => reviewChanged(row.id, row.institution)),
    );
}

/** A review case's columns for a submitted application, under the pack it was filed under (a unit's later pack change does not reach it). */
function reviewCaseRow(table: ReviewTable, submitted: ApplicationSubmitted, subject: ReviewSubject): Record<string, unknown> {
  const pack = rulePack(submitted.rulePack ?? subject.rulePack);
  const due = stageDue(pack, nationalCalendar(), 'INSTITUTION', submitted.institutionStageFrom, submitted.extendedReview);
  return {
    application_id: submitted.applicationId,
    application_number: submitted.applicationNumber ?? null,
    [table.subjectColumn]: subject.id,
    [table.institutionColumn]: subject.institutionId,
    submitted_at: submitted.submittedAt,
    rule_pack: pack.code,
    stage_from: submitted.institutionStageFrom,
    due_on: due.date,
    calendar_missing: due.calendarMissing,
    extended: submitted.extendedReview,
    priority: submitted.priority ?? false,
    priority_category: submitted.priorityCategory ?? null,
    service_date: submitted.serviceDate,
  };
}

/** The consumer's handler opening the reviews of one subject kind's applications, one read's at once. */
export function reviewOpener(table: ReviewTable, subjectKind: ApplicationSubmitted['subjectKind']): EventHandler {
  const open = (em: EntityManager, events: OutboxEvent<ApplicationSubmitted>[]) =>
    openReviews(
      em,
      table,
      events.map((event) => event.payload),
    );
  const handler = handlerFor<ApplicationSubmitted>(
    (event) => event.payload.subjectKind === subjectKind,
    (em, event) => open(em, [event]),
  );
  return Object.assign(handler, { batch: open });
}

/**
 * Product rule (calendar as data): a year's schedule was loaded, so pending deadlines counted
 * through a missing year are counted again from their stage's start and lose the flag.
 */
export async function recomputeReviewDeadlines(em: EntityManager, table: ReviewTable): Promise<void> {
  const cases = await em.execute<{ id: string; institution: string; rule_pack: string; stage_from: string | null; submitted_at: Date; extended: boolean }[]>(
    `select id, "${table.institutionColumn}" as institution, rule_pack, stage_from::text, submitted_at, extended
       from "${table.schema}"."review_case" where status = 'PENDING' and calendar_missing`,
  );
  for (const found of cases) {
    const from = found.stage_from ?? chinaDate(new Date(found.submitted_at));
    const due = stageDue(rulePack(found.rule_pack), nationalCalendar(), 'INSTITUTION', from, found.extended);
    await em.execute(`update "${table.schema}"."review_case" set due_on = ?, calendar_missing = ? where id = ?`, [due.date, due.calendarMissing, found.id]);
    await recordEvent(em, table.schema, reviewChanged(found.id, found.institution));
  }
}

/** GD-4: a bureau put a pending application first; the case moves up the institution's queue. */
export async function prioritizeReview(em: EntityManager, table: ReviewTable, prioritized: ApplicationPrioritized): Promise<void> {
  const [moved] = await em.execute<{ id: string; institution: string }[]>(
    `update "${table.schema}"."review_case" set priority = true, priority_category = ? where application_id = ? and status = 'PENDING'
      returning id, "${table.institutionColumn}" as institution`,
    [prioritized.category, prioritized.applicationId],
  );
  if (moved) await recordEvent(em, table.schema, reviewChanged(moved.id, moved.institution));
}

/** The queue of an institution changed: its reviewers' subscriptions hear of it. */
function reviewChanged(caseId: string, institutionId: string) {
  return { topic: Topic.REVIEW_CHANGED, aggregateType: 'ReviewCase', aggregateId: caseId, audience: [audience.tenant(institutionId)], payload: { caseId } };
}

export interface Decision {
  applicationId: string;
  approve: boolean;
  /** A rejection names one of the pack's reasons, about the subject or a visitor (GD-23..25, YN-15, SX-9). */
  reasonCode?: string | null;
  reasonAbout?: 'subject' | 'visitor';
  reason?: string | null;
  /** YN-8(3): the meeting's time, HH:MM. */
  meetingTime?: string | null;
}

function reasonList(table: ReviewTable, decision: Decision): 'inmate' | 'detainee' | 'visitor' {
  return decision.reasonAbout === 'visitor' ? 'visitor' : table.subjectReasons;
}

/** GD-26: a rejection carries its reason, one from the pack's list ("other" written out). */
function rejectionOf(pack: RulePack, table: ReviewTable, decision: Decision): NonNullable<ReviewDecided['rejection']> {
  const about = reasonList(table, decision);
  const verdict = checkRejectionReason(pack, about, decision.reasonCode ?? '', decision.reason);
  if (!verdict.allowed) throw ruleError(verdict, ErrorCode.BAD_USER_INPUT, { field: 'reasonCode' });
  return rejectionText(pack, about, decision.reasonCode, decision.reason);
}

interface CaseRow {
  id: string;
  institution: string;
  subject: string;
  status: string;
  rule_pack: string;
  due_on: string | null;
  service_date: string | null;
  application_id: string;
}

const caseColumns = (table: ReviewTable) =>
  `id, application_id, "${table.institutionColumn}" as institution, "${table.subjectColumn}" as subject, status, rule_pack, due_on::text, service_date::text`;

/** A closed case takes no decision: withdrawn by the family, stopped on the meeting day, or already decided. */
function refuseClosed(status: string): void {
  if (status === 'PENDING') return;
  if (status === 'WITHDRAWN') throw keyed(ErrorCode.CONFLICT, 'review.closed.withdrawn');
  if (status === 'STOPPED') throw keyed(ErrorCode.CONFLICT, 'review.closed.stopped');
  throw keyed(ErrorCode.CONFLICT, 'review.closed.decided');
}

/**
 * GD-24 / GD-25 / YN-15 / SX-9 (不得安排): a subject who may not meet on the meeting day (counted from
 * that day, not today) is not approved; the reviewer cannot override it, only reject.
 */
async function refuseIneligible(em: EntityManager, table: ReviewTable, found: CaseRow, pack: RulePack): Promise<void> {
  const meetingDate = found.service_date ?? chinaDate(clock.now());
  const [finding] = await table.eligibility(em, found.subject, pack, meetingDate);
  if (finding) throw ineligibleError(pack, finding, meetingDate);
}

function ineligibleError(pack: RulePack, finding: EligibilityFinding, meetingDate: string) {
  return keyed(
    ErrorCode.NOT_ELIGIBLE,
    'review.subjectIneligible',
    { date: meetingDate },
    { rule: finding.reason.rule, pack: pack.code, reasonCode: finding.reason.code },
  );
}

/**
 * GD-21 the subject's institution decides. The case row is locked and the update conditional on
 * PENDING, so of two reviewers (or a reviewer and the family's withdrawal) pressing at once one
 * wins and the other gets CONFLICT with the reason the case is closed. Returns the case id.
 */
export async function decideReview(
  em: EntityManager,
  table: ReviewTable,
  staff: Identity & { tenantId: string; accountId: string },
  decision: Decision,
): Promise<string> {
  if ((decision.reason?.length ?? 0) > 500) throw invalid('review.reasonTooLong', { max: 500 }, 'reason');
  if (!isUuid(decision.applicationId)) throw notFound('review');
  return em.transactional(async (tx) => {
    const [found] = await tx.execute<CaseRow[]>(`select ${caseColumns(table)} from "${table.schema}"."review_case" where application_id = ? for update`, [
      decision.applicationId,
    ]);
    if (!found) throw notFound('review');
    if (found.institution !== staff.tenantId) throw forbidden();
    refuseClosed(found.status);
    const pack = rulePack(found.rule_pack);
    const rejection = decision.approve ? null : rejectionOf(pack, table, decision);
    const timing = decision.approve ? checkMeetingTime(pack, decision.meetingTime) : null;
    if (timing && !timing.allowed) throw ruleError(timing, ErrorCode.BAD_USER_INPUT, { field: 'meetingTime' });
    if (decision.approve) await refuseIneligible(tx, table, found, pack);
    const decidedAt = clock.now();
    const updated = await tx.execute<{ affectedRows: number }>(
      `update "${table.schema}"."review_case" set status = ?, decided_at = ?, decided_by = ?, reason = ?, reason_code = ?
        where id = ? and status = 'PENDING'`,
      [
        decision.approve ? 'APPROVED' : 'REJECTED',
        decidedAt,
        staff.accountId,
        decision.reason?.trim() || null,
        decision.approve ? null : decision.reasonCode,
        found.id,
      ],
      'run',
    );
    if (updated.affectedRows !== 1) throw keyed(ErrorCode.CONFLICT, 'review.closed.decided');
    const payload: ReviewDecided = {
      applicationId: decision.applicationId,
      approved: decision.approve,
      reason: decision.reason?.trim() || null,
      rejection,
      decidedBy: staff.accountId,
      decidedAt: decidedAt.toISOString(),
      meetingTime: decision.approve ? (decision.meetingTime ?? null) : null,
      dueOn: found.due_on,
    };
    await recordEvents(tx, table.schema, [
      { topic: Topic.REVIEW_DECIDED, aggregateType: 'ReviewCase', aggregateId: found.id, audience: [audience.tenant(staff.tenantId)], payload },
      reviewChanged(found.id, staff.tenantId),
    ]);
    return found.id;
  });
}

/** Application states after which its meeting will not take place (the ward notice leaves them out). */
const MEETING_OFF = ['NO_SHOW', 'FORFEITED', 'REFUSED_AT_VENUE', 'SUSPENDED', 'STOPPED', 'REJECTED', 'INTERRUPTED', 'TERMINATED', 'MET'];

/**
 * application.changed → the case follows its application: a withdrawal (CANCELLED) closes it as
 * WITHDRAWN whatever it was, live to the queue; an application ended on the day leaves the ward notice.
 * Any other change (a booking, a stage passed, an approval) asks nothing of the case.
 */
export function applicationFollower(table: ReviewTable, subjectKind: ApplicationChanged['subjectKind']): EventHandler {
  return handlerFor<ApplicationChanged>(
    ({ payload }) => payload.subjectKind === subjectKind && (payload.status === 'CANCELLED' || MEETING_OFF.includes(payload.status)),
    (em, event) => followApplication(em, table, event),
  );
}

async function followApplication(em: EntityManager, table: ReviewTable, event: OutboxEvent<ApplicationChanged>): Promise<void> {
  const { applicationId, status } = event.payload;
  if (status === 'CANCELLED') {
    const [closed] = await em.execute<{ id: string; institution: string }[]>(
      `update "${table.schema}"."review_case" set status = 'WITHDRAWN', closed_at = ?, application_closed_as = 'CANCELLED'
        where application_id = ? and status in ('PENDING', 'APPROVED') returning id, "${table.institutionColumn}" as institution`,
      [clock.now(), applicationId],
    );
    if (closed) await recordEvent(em, table.schema, reviewChanged(closed.id, closed.institution));
  } else if (MEETING_OFF.includes(status)) {
    await em.execute(`update "${table.schema}"."review_case" set application_closed_as = ? where application_id = ? and application_closed_as is null`, [
      status,
      applicationId,
    ]);
  }
}

/**
 * GD-24 / GD-25 / YN-15(5) / SX-9: custody status changes between approval and meeting. Each
 * approved case of these whose subject may not meet on its meeting day is stopped (once:
 * conditional on APPROVED) and review.stopped tells judicial, which frees the booking, tells the
 * family why and cancels the meeting. Returns how many were stopped.
 */
async function stopIneligible(em: EntityManager, table: ReviewTable, cases: CaseRow[]): Promise<number> {
  let stopped = 0;
  for (const found of cases) {
    const pack = rulePack(found.rule_pack);
    const meetingDate = found.service_date!;
    const [finding] = await table.eligibility(em, found.subject, pack, meetingDate);
    if (!finding) continue;
    const [done] = await em.execute<{ id: string }[]>(
      `update "${table.schema}"."review_case" set status = 'STOPPED', closed_at = ?, stop_rule = ?, stop_reason_code = ?
        where id = ? and status = 'APPROVED' returning id`,
      [clock.now(), finding.reason.rule, finding.reason.code, found.id],
    );
    if (!done) continue;
    const payload: ReviewStopped = {
      applicationId: found.application_id,
      pack: pack.code,
      rule: finding.reason.rule,
      reasonCode: finding.reason.code,
      meetingDate,
    };
    await recordEvents(em, table.schema, [
      { topic: Topic.REVIEW_STOPPED, aggregateType: 'ReviewCase', aggregateId: found.id, audience: [audience.tenant(found.institution)], payload },
      reviewChanged(found.id, found.institution),
    ]);
    stopped++;
  }
  return stopped;
}

/** The approved, still open cases of one subject from today on (the custody-change API calls this after a change). */
export async function recheckReviewSubject(em: EntityManager, table: ReviewTable, subjectId: string): Promise<number> {
  const cases = await em.execute<CaseRow[]>(
    `select ${caseColumns(table)} from "${table.schema}"."review_case"
      where "${table.subjectColumn}" = ? and status = 'APPROVED' and application_closed_as is null and service_date >= ?`,
    [subjectId, chinaDate(clock.now())],
  );
  return stopIneligible(em, table, cases);
}

/** YN-15(5): on the meeting day itself every approved case of the day is checked again. */
export async function recheckMeetingDay(em: EntityManager, table: ReviewTable, today: string): Promise<number> {
  const cases = await em.execute<CaseRow[]>(
    `select ${caseColumns(table)} from "${table.schema}"."review_case"
      where status = 'APPROVED' and application_closed_as is null and service_date = ?`,
    [today],
  );
  return stopIneligible(em, table, cases);
}

/** GD-22: past its due day (China Standard Time) and still pending. */
export function isOverdue(status: string, dueOn: string | null): boolean {
  return status === 'PENDING' && !!dueOn && dueOn < chinaDate(clock.now());
}

/** GD-22: due today and still pending. */
export function isDueToday(status: string, dueOn: string | null): boolean {
  return status === 'PENDING' && dueOn === chinaDate(clock.now());
}

/**
 * GD-22: when the day turns (China Standard Time), cases falling due today and cases that became
 * overdue are announced, so reviewers' queues re-flag them live without anyone deciding anything.
 * Returns how many cases were announced.
 */
export async function announceDeadlines(em: EntityManager, table: ReviewTable, today: string): Promise<number> {
  const due = await em.execute<{ id: string; institution: string }[]>(
    `select id, "${table.institutionColumn}" as institution from "${table.schema}"."review_case"
      where status = 'PENDING' and due_on between (?::date - 1) and ?::date`,
    [today, today],
  );
  for (const found of due) await recordEvent(em, table.schema, reviewChanged(found.id, found.institution));
  return due.length;
}

/**
 * Checks every minute whether the China date changed, and then announces the deadlines (GD-22) and
 * re-checks the day's approved meetings (YN-15(5)); the re-check also runs once at start-up for today.
 */
export function startDeadlineTicker(orm: MikroORM, table: ReviewTable, logger: Logger, intervalMs = 60_000): { stop(): Promise<void> } {
  let lastDay = chinaDate(clock.now());
  const turnOfDay = (today: string, announce: boolean) =>
    orm.em
      .fork()
      .transactional(async (tx) => {
        if (announce) await announceDeadlines(tx, table, today);
        await recheckMeetingDay(tx, table, today);
      })
      .catch((error) => logger.error({ err: error }, 'turn of the day'));
  const startup = turnOfDay(lastDay, false);
  const timer = setInterval(() => {
    const today = chinaDate(clock.now());
    if (today === lastDay) return;
    lastDay = today;
    void turnOfDay(today, true);
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await startup;
    },
  };
}

/**
 * GD-21 with SX-8(1): a visitor's false information also stops the subject's later meetings, as a
 * sanction written in the same transaction as the rejection (`stop` is the subgraph's sanction).
 */
export async function decideReviewAndStop(
  em: EntityManager,
  table: ReviewTable,
  staff: Identity & { tenantId: string; accountId: string },
  decision: Decision & { stopMonths?: number | null },
  stop: (tx: EntityManager, subjectId: string, months: number, rule: string) => Promise<void>,
): Promise<string> {
  return em.transactional(async (tx) => {
    const caseId = await decideReview(tx, table, staff, decision);
    if (decision.approve) return caseId;
    const [found] = await tx.execute<{ subject: string; rule_pack: string }[]>(
      `select "${table.subjectColumn}" as subject, rule_pack from "${table.schema}"."review_case" where id = ?`,
      [caseId],
    );
    const verdict = falseInformationStop(rulePack(found.rule_pack), decision.reasonAbout ?? 'subject', decision.reasonCode, decision.stopMonths);
    if (verdict && !verdict.allowed) throw ruleError(verdict, ErrorCode.BAD_USER_INPUT, { field: 'stopMonths' });
    if (verdict) await stop(tx, found.subject, decision.stopMonths!, verdict.rule);
    return caseId;
  });
}
