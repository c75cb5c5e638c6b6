import type { EntityManager } from '@rv/kit';
import { clock, ErrorCode, keyed, type Identity } from '@rv/schema';
import { Account } from './account.entity.js';
import { DUMMY_HASH, verifyPassword } from './password.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 10;

const lockedError = (until: Date) =>
  keyed(ErrorCode.ACCOUNT_LOCKED, 'account.locked', { failures: MAX_FAILED_LOGINS, minutes: LOCK_MINUTES }, { lockedUntil: until.toISOString() });

export function identityOf(account: Account): Identity {
  return { accountId: account.id, tenantKind: account.tenantKind, tenantId: account.tenantId, roles: account.roles };
}

/**
 * Checks a password. Failures are counted atomically in the database (concurrent wrong
 * guesses cannot slip past the limit); the fifth locks the account for ten minutes.
 */
export async function checkCredentials(em: EntityManager, username: string, password: string): Promise<Account> {
  const account = await em.findOne(Account, { username });
  const passwordOk = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
  if (!account) throw keyed(ErrorCode.BAD_CREDENTIALS, 'account.wrongCredentials');
  if (account.lockedUntil && account.lockedUntil > clock.now()) throw lockedError(account.lockedUntil);
  if (passwordOk) {
    if (account.failedLogins) await em.nativeUpdate(Account, { id: account.id }, { failedLogins: 0, lockedUntil: null });
    return account;
  }
  const now = clock.now();
  const [counted] = await em.execute<{ failed_logins: number }[]>(
    `update "judicial"."account"
        set failed_logins = case when locked_until is null then failed_logins + 1 else 1 end, locked_until = null
      where id = ? and (locked_until is null or locked_until <= ?) returning failed_logins`, [account.id, now]);
  if (!counted || counted.failed_logins >= MAX_FAILED_LOGINS) {
    const [locked] = await em.execute<{ locked_until: Date }[]>(
      `update "judicial"."account" set failed_logins = 0,
              locked_until = greatest(coalesce(locked_until, ?), ?::timestamptz + make_interval(mins => ?))
        where id = ? returning locked_until`, [now, now, LOCK_MINUTES, account.id]);
    throw lockedError(new Date(locked.locked_until));
  }
  throw keyed(ErrorCode.BAD_CREDENTIALS, 'account.wrongCredentials', {}, { attemptsLeft: MAX_FAILED_LOGINS - counted.failed_logins });
}
