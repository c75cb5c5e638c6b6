import { ruleError,
  Topic, audience, badInput, chinaDate, clock, checkMeetingTime, checkRejectionReason, domainError, ErrorCode, forbidden, isUuid, nationalCalendar, notFound,
  stageDue, rejectionLabel, rulePack, type ApplicationPrioritized, type ApplicationSubmitted, type Identity, type ReviewDecided, type RulePack,
} from '@rv/schema';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from './logger.js';
import { recordEvent, recordEvents } from './outbox.js';

/**
 * The review mechanics an institution's subgraph shares (prison for inmates, detox for
 * detainees): a `review_case` table in its own schema, opened once per application and
 * decided once. The rules come from the pack; who the subject is stays the subgraph's own.
 */
export interface ReviewTable {
  schema: string;
  subjectColumn: string;
  institutionColumn: string;
  /** Which of the pack's rejection-reason lists applies to the subject (GD-24 inmate, GD-25 detainee). */
  subjectReasons: 'inmate' | 'detainee';
}

export interface ReviewSubject {
  id: string;
  institutionId: string;
  rulePack: string;
}

/**
 * application.submitted → the institution opens a review case (once, however often delivered),
 * due GD-22 3 working days after its stage starts (+2 when extended); YN-8 5 working days.
 */
export async function openReview(em: EntityManager, table: ReviewTable, submitted: ApplicationSubmitted, subject: ReviewSubject): Promise<void> {
  const pack = rulePack(subject.rulePack);
  const due = stageDue(pack, nationalCalendar(), 'INSTITUTION', submitted.institutionStageFrom, submitted.extendedReview);
  const [opened] = await em.execute<{ id: string }[]>(
    `insert into "${table.schema}"."review_case" (id, application_id, "${table.subjectColumn}", "${table.institutionColumn}", status, submitted_at, rule_pack, stage_from, due_on, calendar_missing, extended, priority, priority_category, service_date)
     values (gen_random_uuid(), ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (application_id) do nothing returning id`,
    [submitted.applicationId, subject.id, subject.institutionId, submitted.submittedAt, pack.code, submitted.institutionStageFrom, due.date, due.calendarMissing, submitted.extendedReview,
      submitted.priority ?? false, submitted.priorityCategory ?? null, submitted.serviceDate]);
  if (opened) await recordEvent(em, table.schema, reviewChanged(opened.id, subject.institutionId));
}

/**
 * Product rule (calendar as data): a year's schedule was loaded, so pending deadlines counted
 * through a missing year are counted again from their stage's start and lose the flag.
 */
export async function recomputeReviewDeadlines(em: EntityManager, table: ReviewTable): Promise<void> {
  const cases = await em.execute<{ id: string; institution: string; rule_pack: string; stage_from: string | null; submitted_at: Date; extended: boolean }[]>(
    `select id, "${table.institutionColumn}" as institution, rule_pack, stage_from::text, submitted_at, extended
       from "${table.schema}"."review_case" where status = 'PENDING' and calendar_missing`);
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
      returning id, "${table.institutionColumn}" as institution`, [prioritized.category, prioritized.applicationId]);
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
function rejectionText(pack: RulePack, table: ReviewTable, decision: Decision): string {
  const about = reasonList(table, decision);
  const verdict = checkRejectionReason(pack, about, decision.reasonCode ?? '', decision.reason);
  if (!verdict.allowed) throw ruleError(verdict, ErrorCode.BAD_USER_INPUT, { field: 'reasonCode' });
  return [rejectionLabel(pack, about, decision.reasonCode), decision.reason?.trim()].filter(Boolean).join('：');
}

/**
 * GD-21 the subject's institution decides. The update is conditional on PENDING, so two
 * reviewers pressing at once give one decision and one CONFLICT, never two. Returns the case id.
 */
export async function decideReview(em: EntityManager, table: ReviewTable, staff: Identity & { tenantId: string; accountId: string }, decision: Decision): Promise<string> {
  if ((decision.reason?.length ?? 0) > 500) throw badInput('理由不得超过500字 (Reason is limited to 500 characters)', 'reason');
  if (!isUuid(decision.applicationId)) throw notFound('review');
  return em.transactional(async (tx) => {
    const [found] = await tx.execute<{ id: string; institution: string; rule_pack: string; due_on: string | null }[]>(
      `select id, "${table.institutionColumn}" as institution, rule_pack, due_on::text from "${table.schema}"."review_case" where application_id = ?`, [decision.applicationId]);
    if (!found) throw notFound('review');
    if (found.institution !== staff.tenantId) throw forbidden();
    const reason = decision.approve ? null : rejectionText(rulePack(found.rule_pack), table, decision);
    const timing = decision.approve ? checkMeetingTime(rulePack(found.rule_pack), decision.meetingTime) : null;
    if (timing && !timing.allowed) throw ruleError(timing, ErrorCode.BAD_USER_INPUT, { field: 'meetingTime' });
    const decidedAt = new Date();
    const updated = await tx.execute<{ affectedRows: number }>(
      `update "${table.schema}"."review_case" set status = ?, decided_at = ?, decided_by = ?, reason = ?, reason_code = ?
        where id = ? and status = 'PENDING'`,
      [decision.approve ? 'APPROVED' : 'REJECTED', decidedAt, staff.accountId, decision.reason?.trim() || null, decision.approve ? null : decision.reasonCode, found.id], 'run');
    if (updated.affectedRows !== 1) throw domainError(ErrorCode.CONFLICT, '该申请已被审批 (This application has already been decided)');
    const payload: ReviewDecided = {
      applicationId: decision.applicationId, approved: decision.approve, reason, decidedBy: staff.accountId, decidedAt: decidedAt.toISOString(),
      meetingTime: decision.approve ? decision.meetingTime ?? null : null, dueOn: found.due_on,
    };
    await recordEvents(tx, table.schema, [
      { topic: Topic.REVIEW_DECIDED, aggregateType: 'ReviewCase', aggregateId: found.id, audience: [audience.tenant(staff.tenantId)], payload },
      reviewChanged(found.id, staff.tenantId),
    ]);
    return found.id;
  });
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
      where status = 'PENDING' and due_on between (?::date - 1) and ?::date`, [today, today]);
  for (const found of due) await recordEvent(em, table.schema, reviewChanged(found.id, found.institution));
  return due.length;
}

/** Checks every minute whether the China date changed, and then announces the deadlines (once per day per process). */
export function startDeadlineTicker(orm: MikroORM, table: ReviewTable, logger: Logger, intervalMs = 60_000): { stop(): Promise<void> } {
  let lastDay = chinaDate(clock.now());
  const timer = setInterval(() => {
    const today = chinaDate(clock.now());
    if (today === lastDay) return;
    lastDay = today;
    const em = orm.em.fork();
    em.transactional((tx) => announceDeadlines(tx, table, today)).catch((error) => logger.error({ err: error }, 'announcing deadlines'));
  }, intervalMs);
  timer.unref();
  return { stop: async () => clearInterval(timer) };
}
