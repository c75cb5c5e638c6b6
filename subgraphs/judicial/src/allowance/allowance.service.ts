import { together, type EntityManager, type Part } from '@rv/kit';
import { ErrorCode, keyed, rulePack, type ExtraMeetingGranted, type OnsiteVisitRecorded, type OutboxEvent } from '@rv/schema';

/**
 * GD-11 / YN-14 / SX-3: a subject's meetings per month (remote and on-site share it). One conditional
 * upsert per booking, so simultaneous applications for one subject can never exceed the limit. A
 * refusal cites the pack's own article (`limits.meetingsPerMonthRule`). The booking sends it with its
 * other last changes (together).
 */
export function allowanceTaking(subjectId: string, month: string, limit: number, pack: string): Part {
  return {
    sql: `insert into "judicial"."monthly_allowance" (subject_id, month, used) values (?, ?, 1)
     on conflict (subject_id, month) do update set used = "monthly_allowance".used + 1
       where "monthly_allowance".used < ? + "monthly_allowance".extra and "monthly_allowance".blocked_by is null
     returning used`,
    params: [subjectId, month, limit],
    then: async (taken, em) => {
      if (taken.length) return;
      const [blocked] = await em.execute<{ blocked_by: string | null }[]>(
        `select blocked_by from "judicial"."monthly_allowance" where subject_id = ? and month = ?`,
        [subjectId, month],
      );
      if (blocked?.blocked_by) throw keyed(ErrorCode.NOT_ELIGIBLE, 'rule.monthBlocked', { month }, { rule: blocked.blocked_by, pack });
      throw keyed(ErrorCode.NOT_ELIGIBLE, 'rule.allowanceUsed', { month, limit }, { rule: rulePack(pack).limits.meetingsPerMonthRule, pack });
    },
  };
}

/** One of the subject's meetings of the month, on its own (see allowanceTaking). */
export async function takeAllowance(em: EntityManager, subjectId: string, month: string, limit: number, pack: string): Promise<void> {
  await together(em, [allowanceTaking(subjectId, month, limit, pack)]);
}

/** A cancelled or rejected application gives its meeting back. */
export async function releaseAllowance(em: EntityManager, subjectId: string, month: string): Promise<void> {
  await em.execute(`update "judicial"."monthly_allowance" set used = used - 1 where subject_id = ? and month = ? and used > 0`, [subjectId, month], 'run');
}

/** GD-27: a no-show or lateness without reason ends remote meetings for the subject that month. */
export async function blockRestOfMonth(em: EntityManager, subjectId: string, month: string): Promise<void> {
  await em.execute(
    `insert into "judicial"."monthly_allowance" (subject_id, month, used, blocked_by) values (?, ?, 0, 'GD-27')
     on conflict (subject_id, month) do update set blocked_by = 'GD-27'`,
    [subjectId, month],
    'run',
  );
}

/** onsite_visit.recorded → the visit uses the subject's month (GD-11 / SX-3: remote and on-site share it). */
export async function countOnsiteVisit(em: EntityManager, event: OutboxEvent<OnsiteVisitRecorded>): Promise<void> {
  await em.execute(
    `insert into "judicial"."monthly_allowance" (subject_id, month, used) values (?, ?, 1)
     on conflict (subject_id, month) do update set used = "monthly_allowance".used + 1`,
    [event.payload.subjectId, event.payload.visitDate.slice(0, 7)],
    'run',
  );
}

/** extra_meeting.granted → one more meeting for the subject this month (YN-14, SX-4): the only way to add one (GD-35). */
export async function grantExtraMeeting(em: EntityManager, event: OutboxEvent<ExtraMeetingGranted>): Promise<void> {
  await em.execute(
    `insert into "judicial"."monthly_allowance" (subject_id, month, used, extra) values (?, ?, 0, 1)
     on conflict (subject_id, month) do update set extra = "monthly_allowance".extra + 1`,
    [event.payload.subjectId, event.payload.month],
    'run',
  );
}
