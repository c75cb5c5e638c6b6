import type { EntityManager } from '@rv/kit';
import { ErrorCode, keyed, type Identity } from '@rv/schema';
import { take, throttles, waitFor } from '../throttle/throttle.js';
import { Account } from './account.entity.js';
import { DUMMY_HASH, verifyPassword } from './password.js';

/** Failures for one username from one client before each further try must wait. */
export const FREE_FAILURES = 3;
/** The longest wait between tries (seconds); it doubles per failure up to this. */
export const MAX_WAIT_SECONDS = 15 * 60;

export function identityOf(account: Account): Identity {
  return { accountId: account.id, tenantKind: account.tenantKind, tenantId: account.tenantId, roles: account.roles };
}

const wrongCredentials = () => keyed(ErrorCode.BAD_CREDENTIALS, 'account.wrongCredentials');
const tooMany = (key: 'security.login.slowDown' | 'security.login.tooManyFromClient' | 'security.login.busy', seconds: number) =>
  keyed(ErrorCode.TOO_MANY_REQUESTS, key, { seconds, minutes: Math.ceil(seconds / 60) }, { retryAfterSeconds: seconds });

/** The wait after the n-th failure for one username from one client: none, then 1 s, 2 s, 4 s … 15 min. */
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES), MAX_WAIT_SECONDS);
}

/**
 * Checks a password (issue 19). Throttled per client address and globally, and per username *and*
 * client with a growing wait, instead of locking the account: an attacker hammering an officer's
 * username from elsewhere slows only themselves, and the officer still signs in from their own client.
 * Unknown usernames and wrong passwords get the same answer, the same throttling and the same work.
 */
export async function checkCredentials(em: EntityManager, username: string, password: string, client: string | null): Promise<Account> {
  const limits = await throttles(em);
  const from = client ?? 'unknown';
  const pair = `${username.toLowerCase()}|${from}`;

  const waiting = await waitFor(limits.loginWait, pair);
  if (waiting) throw tooMany('security.login.slowDown', waiting);
  // Taken before the password is checked (concurrent guesses cannot slip through) and given back on success.
  const clientWait = await take(limits.loginPerClient, from);
  if (clientWait) throw tooMany('security.login.tooManyFromClient', clientWait);
  const globalWait = await take(limits.loginGlobal, 'all');
  if (globalWait) throw tooMany('security.login.busy', globalWait);

  const account = await em.findOne(Account, { username });
  const passwordOk = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
  if (account && passwordOk) {
    await limits.loginPerClient.reward(from, 1);
    await limits.loginFailures.delete(pair);
    return account;
  }
  const failures = await limits.loginFailures.consume(pair, 1);
  const wait = waitAfterFailures(failures.consumedPoints);
  if (wait) await limits.loginWait.block(pair, wait);
  throw wrongCredentials();
}
