import type { EntityManager } from '@rv/kit';
import { domainError, ErrorCode, type Identity } from '@rv/schema';
import { Account } from './account.entity.js';
import { DUMMY_HASH, verifyPassword } from './password.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 10;

const lockedError = (until: Date) =>
  domainError(ErrorCode.ACCOUNT_LOCKED,
    `连续${MAX_FAILED_LOGINS}次密码错误，账户已锁定${LOCK_MINUTES}分钟 (Account locked for ${LOCK_MINUTES} minutes after ${MAX_FAILED_LOGINS} failed logins)`,
    { lockedUntil: until.toISOString() });

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
  if (!account) throw domainError(ErrorCode.BAD_CREDENTIALS, '用户名或密码错误 (Wrong username or password)');
  if (account.lockedUntil && account.lockedUntil > new Date()) throw lockedError(account.lockedUntil);
  if (passwordOk) {
    if (account.failedLogins) await em.nativeUpdate(Account, { id: account.id }, { failedLogins: 0, lockedUntil: null });
    return account;
  }
  const [counted] = await em.execute<{ failed_logins: number }[]>(
    `update "judicial"."account"
        set failed_logins = case when locked_until is null then failed_logins + 1 else 1 end, locked_until = null
      where id = ? and (locked_until is null or locked_until <= now()) returning failed_logins`, [account.id]);
  if (!counted || counted.failed_logins >= MAX_FAILED_LOGINS) {
    const [locked] = await em.execute<{ locked_until: Date }[]>(
      `update "judicial"."account" set failed_logins = 0,
              locked_until = greatest(coalesce(locked_until, now()), now() + make_interval(mins => ?))
        where id = ? returning locked_until`, [LOCK_MINUTES, account.id]);
    throw lockedError(new Date(locked.locked_until));
  }
  throw domainError(ErrorCode.BAD_CREDENTIALS, '用户名或密码错误 (Wrong username or password)',
    { attemptsLeft: MAX_FAILED_LOGINS - counted.failed_logins });
}
