import type { EntityManager } from '@rv/kit';
import { domainError, ErrorCode } from '@rv/schema';

/**
 * GD-11 / SX-3: a subject's meetings per month (remote and on-site share it). One conditional
 * upsert per booking, so simultaneous applications for one subject can never exceed the limit.
 */
export async function takeAllowance(em: EntityManager, subjectId: string, month: string, limit: number, pack: string): Promise<void> {
  const [row] = await em.execute<{ used: number }[]>(
    `insert into "judicial"."monthly_allowance" (subject_id, month, used) values (?, ?, 1)
     on conflict (subject_id, month) do update set used = "monthly_allowance".used + 1 where "monthly_allowance".used < ?
     returning used`, [subjectId, month, limit]);
  if (!row || row.used > limit)
    throw domainError(ErrorCode.NOT_ELIGIBLE, `会见对象${month}的会见次数已用完（每月${limit}次） (The subject's meetings for ${month} are used up: ${limit} a month)`, { rule: 'GD-11', pack });
}

/** A cancelled or rejected application gives its meeting back. */
export async function releaseAllowance(em: EntityManager, subjectId: string, month: string): Promise<void> {
  await em.execute(`update "judicial"."monthly_allowance" set used = used - 1 where subject_id = ? and month = ? and used > 0`, [subjectId, month], 'run');
}
