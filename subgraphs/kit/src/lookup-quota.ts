import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, clock, keyed } from '@rv/schema';

/** How many look-ups of one kind an account may make in a fixed window. */
export interface LookupQuota {
  purpose: string;
  perWindow: number;
  windowMinutes: number;
}

/**
 * A subgraph's look-up counters: one row per account and purpose (so bounded by the accounts),
 * holding the current window only. Created by a migration of the subgraph.
 */
export function lookupQuotaTable(schema: string): string {
  return `create table "${schema}"."lookup_quota" (
    "account_id" varchar(64) not null,
    "purpose" varchar(32) not null,
    "window_start" timestamptz not null,
    "used" int not null,
    primary key ("account_id", "purpose"))`;
}

/**
 * Counts one look-up by the account in the current fixed window (from `clock.now()`); false once the
 * window's allowance is used up. One upsert on the account's row, so it is exact across replicas of
 * the subgraph. (A counter of our own rather than rate-limiter-flexible: one statement, no new dependency.)
 */
export async function takeLookup(em: EntityManager, schema: string, accountId: string, quota: LookupQuota): Promise<boolean> {
  const windowMs = quota.windowMinutes * 60_000;
  const windowStart = new Date(Math.floor(clock.now().getTime() / windowMs) * windowMs).toISOString();
  const [row] = await em.execute<{ used: number }[]>(
    `insert into "${schema}"."lookup_quota" as q (account_id, purpose, window_start, used) values (?, ?, ?, 1)
     on conflict (account_id, purpose) do update set
       used = case when q.window_start = excluded.window_start then q.used + 1 else 1 end,
       window_start = excluded.window_start
     returning used`,
    [accountId, quota.purpose, windowStart],
  );
  return row.used <= quota.perWindow;
}

export function tooManyLookups(quota: LookupQuota) {
  return keyed(
    ErrorCode.TOO_MANY_REQUESTS,
    'error.tooManyLookups',
    { minutes: quota.windowMinutes },
    { limit: quota.perWindow, windowMinutes: quota.windowMinutes },
  );
}
