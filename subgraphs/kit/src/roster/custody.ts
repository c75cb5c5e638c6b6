import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, Topic, audience, chinaDate, clock, invalid, keyed, rulePack, type MessageKey, type ReviewStopped } from '@rv/schema';
import { GraphQLError } from 'graphql';
import type { CustodyChangeBase } from './custody-change.entity.js';
import type { RosterStaff } from './roster.js';
import { recordEvents, type NewEvent } from '../outbox.js';
import type { ReviewTable } from '../review.js';
import { CustodyChangeKind } from './custody-change.entity.js';

export interface CustodyChangeInput {
  subjectId: string;
  kind: CustodyChangeKind;
  /** YYYY-MM-DD: from which day (a warning's day counts for YN-15's month). */
  effectiveOn: string;
  /** Start (true) or end (false) of a status that lasts. */
  active?: boolean | null;
  /** The new value: a level, a category, a ward or brigade number, the institution transferred to. */
  value?: string | null;
  note?: string | null;
}

/** Statuses that start and end (the ones that carry `active`). */
export const LASTING_KINDS: CustodyChangeKind[] = [
  CustodyChangeKind.TRAINING,
  CustodyChangeKind.CONFINEMENT,
  CustodyChangeKind.INVESTIGATION,
  CustodyChangeKind.SEPARATE_CUSTODY,
  CustodyChangeKind.ADMONITION,
  CustodyChangeKind.ISOLATION_REVIEW,
  CustodyChangeKind.RESTRAINT,
  CustodyChangeKind.PHYSIOLOGICAL_DETOX,
];

/** The input's own shape: a kind this subject can have, a real day not after today, a note of sensible length, active where it lasts. */
export function checkCustodyInput(input: CustodyChangeInput, kinds: CustodyChangeKind[]): void {
  if (!kinds.includes(input.kind)) throw invalid('roster.custody.kindNotForSubject', {}, 'kind');
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(input.effectiveOn) ||
    Number.isNaN(Date.parse(`${input.effectiveOn}T00:00:00Z`)) ||
    new Date(`${input.effectiveOn}T00:00:00Z`).toISOString().slice(0, 10) !== input.effectiveOn
  )
    throw invalid('roster.custody.badDate', {}, 'effectiveOn');
  if (input.effectiveOn > chinaDate(clock.now())) throw invalid('roster.custody.futureDate', {}, 'effectiveOn');
  if ((input.note?.length ?? 0) > 500) throw invalid('roster.custody.noteTooLong', { max: 500 }, 'note');
  if (LASTING_KINDS.includes(input.kind) && typeof input.active !== 'boolean') throw invalid('roster.custody.activeRequired', {}, 'active');
}

export type CustodyEnd = 'TRANSFERRED' | 'RELEASED';

/**
 * Transfer or release: the subject is no longer this institution's, so nothing moves silently. Its
 * open cases here (pending, or approved for a day from today on) are stopped with the reason
 * (TRANSFERRED / RELEASED, not a pack rule: no rule ID is cited), and review.stopped tells judicial,
 * which gives slot and month back, tells the family by SMS and cancels the meeting. Returns how many.
 */
export async function endOpenCases(em: EntityManager, table: ReviewTable, subjectId: string, institutionId: string, reasonCode: CustodyEnd): Promise<number> {
  const now = clock.now();
  const stopped = await em.execute<{ id: string; application_id: string; rule_pack: string; service_date: string }[]>(
    `update "${table.schema}"."review_case" set status = 'STOPPED', closed_at = ?, decided_at = coalesce(decided_at, ?), stop_reason_code = ?
      where "${table.subjectColumn}" = ? and "${table.institutionColumn}" = ? and application_closed_as is null
        and (status = 'PENDING' or (status = 'APPROVED' and service_date >= ?))
      returning id, application_id, rule_pack, service_date::text`,
    [now, now, reasonCode, subjectId, institutionId, chinaDate(now)],
  );
  const events: NewEvent[] = stopped.flatMap((found) => {
    const payload: ReviewStopped = {
      applicationId: found.application_id,
      pack: rulePack(found.rule_pack).code,
      rule: null,
      reasonCode,
      meetingDate: found.service_date,
    };
    return [
      { topic: Topic.REVIEW_STOPPED, aggregateType: 'ReviewCase', aggregateId: found.id, audience: [audience.tenant(institutionId)], payload },
      {
        topic: Topic.REVIEW_CHANGED,
        aggregateType: 'ReviewCase',
        aggregateId: found.id,
        audience: [audience.tenant(institutionId)],
        payload: { caseId: found.id },
      },
    ];
  });
  await recordEvents(em, table.schema, events);
  return stopped.length;
}

/** The stop constraint of review_case, widened for transfer and release (no pack rule behind them). */
export function custodyEndDdl(schema: string): string[] {
  return [
    `alter table "${schema}"."review_case" drop constraint "review_case_stop_rule",
      add constraint "review_case_stop_rule" check ("status" <> 'STOPPED' or "stop_rule" is not null or "stop_reason_code" in ('TRANSFERRED', 'RELEASED'))`,
  ];
}

/** A custody change as the institution's own system sends it: the person by number, the event by the system's own id. */
export interface CustodyEvent extends Omit<CustodyChangeInput, 'subjectId'> {
  number: string;
  eventId: string;
}

export const CUSTODY_SYNC_LIMIT = 1_000;

/**
 * The sync API for custody changes: a batch in one transaction, each event recorded as the portal
 * records it (same checks, same re-check of meetings) and at most once (an event id already recorded
 * is skipped), so a batch sent twice changes nothing the second time. Any bad event refuses the
 * batch, naming its position and reason.
 */
export async function syncCustodyEvents<C extends CustodyChangeBase>(
  em: EntityManager,
  entity: new () => C,
  staff: RosterStaff,
  events: CustodyEvent[],
  subjectIdOf: (tx: EntityManager, number: string) => Promise<string | null>,
  record: (tx: EntityManager, input: CustodyChangeInput, externalId: string) => Promise<C>,
): Promise<C[]> {
  if (events.length > CUSTODY_SYNC_LIMIT) throw invalid('roster.custody.tooManyEvents', { max: CUSTODY_SYNC_LIMIT }, 'events');
  return em.transactional(async (tx) => {
    const recorded: C[] = [];
    for (const [index, event] of events.entries()) {
      const externalId = event.eventId.trim();
      try {
        if (!externalId || externalId.length > 64) throw invalid('roster.row.tooLong', { max: 64 }, 'eventId');
        const seen = await tx.findOne(entity, { institutionId: staff.tenantId, externalId } as any);
        if (seen) {
          recorded.push(seen as C);
          continue;
        }
        const subjectId = await subjectIdOf(tx, event.number.trim().toUpperCase());
        if (!subjectId) throw invalid('roster.custody.noSuchSubject', {}, 'number');
        recorded.push(await record(tx, { ...event, subjectId }, externalId));
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        const cause = { messageKey: error.extensions.messageKey as MessageKey, params: (error.extensions.params ?? {}) as Record<string, string> };
        throw keyed(
          (error.extensions.code as ErrorCode) ?? ErrorCode.BAD_USER_INPUT,
          'roster.custody.eventInvalid',
          { row: index + 1 },
          { row: index + 1, cause, field: error.extensions.field },
        );
      }
    }
    return recorded;
  });
}
