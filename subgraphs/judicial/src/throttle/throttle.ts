import type { EntityManager } from '@rv/kit';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Pool } from 'pg';

/** One row per key in judicial.rate_limit (Migration20261203140000), shared by every limiter here. */
const TABLE = { schemaName: 'judicial', tableName: 'rate_limit', tableCreated: true, clearExpiredByTimeout: true } as const;

/**
 * The platform's throttles, counted in PostgreSQL by rate-limiter-flexible, so they hold across
 * replicas of the judicial subgraph. Figures are per window; a refusal tells how long to wait.
 */
export const THROTTLES = {
  /** Failed sign-ins from one client address, whatever the usernames (credential stuffing). */
  loginPerClient: { keyPrefix: 'login-client', points: 30, duration: 10 * 60 },
  /** Sign-in attempts from everywhere: bounds the password-hashing load an attack can cause. */
  loginGlobal: { keyPrefix: 'login-all', points: 600, duration: 60 },
  /** Failed sign-ins for one username from one client; after the free ones each waits longer. */
  loginFailures: { keyPrefix: 'login-fail', points: 1_000_000, duration: 24 * 60 * 60 },
  /** The wait imposed after a failure (block() sets it); one point means "free to try". */
  loginWait: { keyPrefix: 'login-wait', points: 1, duration: 1 },
  /** Anonymous result look-ups (by application number and ID number) from one client address. */
  resultLookupPerClient: { keyPrefix: 'lookup-client', points: 20, duration: 10 * 60 },
  /** Issue 15: wrong TOTP codes (or current passwords at a password change) per account: 5 in 15 minutes. */
  signInStepFailures: { keyPrefix: 'step-fail', points: 5, duration: 15 * 60 },
  /** SMS-code requests (forgotten password, new phone) from one client address. */
  codeRequestPerClient: { keyPrefix: 'code-client', points: 5, duration: 15 * 60 },
  /** Forgotten-password requests naming one username or phone (keyed by its hash): the same for names of no account. */
  codeRequestPerName: { keyPrefix: 'code-name', points: 3, duration: 60 * 60 },
  /** Codes sent to one account, however it was named; beyond this nothing is sent (the answer stays the same). */
  codeSmsPerAccount: { keyPrefix: 'code-account', points: 3, duration: 60 * 60 },
  /** SMS-code requests from everywhere: bounds the SMS an attack can make the province pay for. */
  codeRequestGlobal: { keyPrefix: 'code-all', points: 300, duration: 10 * 60 },
  /** Tries of a code (right or wrong) from one client address, whatever the ticket. */
  codeAttemptPerClient: { keyPrefix: 'code-try-client', points: 20, duration: 15 * 60 },
  /** Tries of a code from everywhere. */
  codeAttemptGlobal: { keyPrefix: 'code-try-all', points: 1000, duration: 60 },
  /** Wrong current passwords for one signed-in account (changing the password or the phone). */
  currentPasswordPerAccount: { keyPrefix: 'current-password', points: 5, duration: 15 * 60 },
} as const;

export type ThrottleName = keyof typeof THROTTLES;
export type Throttles = Record<ThrottleName, RateLimiterPostgres>;

/** One set of limiters per connection pool (each test platform, each process has its own). */
const byPool = new WeakMap<Pool, Throttles>();

export async function throttles(em: EntityManager): Promise<Throttles> {
  const pool = (await em.getConnection().getNativeClient()) as Pool;
  let found = byPool.get(pool);
  if (!found) {
    found = Object.fromEntries(
      Object.entries(THROTTLES).map(([name, options]) => [name, new RateLimiterPostgres({ storeClient: pool, storeType: 'pool', ...TABLE, ...options })]),
    ) as Throttles;
    byPool.set(pool, found);
  }
  return found;
}

/**
 * Takes one point; the wait in seconds when the allowance is used up, else null.
 * Database errors are not a refusal: they propagate (SERVICE_UNAVAILABLE).
 */
export async function take(limiter: RateLimiterPostgres, key: string, points = 1): Promise<number | null> {
  try {
    await limiter.consume(key, points);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

/** Seconds until the key is free again, or null when it is free now (nothing taken). */
export async function waitFor(limiter: RateLimiterPostgres, key: string): Promise<number | null> {
  const state = await limiter.get(key);
  if (!state || state.consumedPoints <= limiter.points) return null;
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}
