import type { EntityManager } from '@rv/kit';
import { revokeTokens } from './revocation.js';
import { LockMode } from '@mikro-orm/core';
import { invalid, PublicRole } from '@rv/schema';
import { createHash } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';
import { take, throttles } from '../throttle/throttle.js';
import { CodePurpose } from './account-code.entity.js';
import { checkCode, issueCode, spendCode, takeOrRefuse, type CodeTicket } from './account-code.service.js';
import { Account } from './account.entity.js';
import { hashPassword } from './password.js';
import { checkPassword } from './registration.service.js';

/**
 * A forgotten-password request is answered no sooner than this after the throttles let it through: the
 * work differs by one SMS row between a real account and none, a few milliseconds that load can
 * magnify; the floor leaves nothing to time (ops/bench/reset-timing.ts measures both).
 */
export const ANSWER_FLOOR_MS = 250;

/** A limiter key for what the caller typed: a hash, so no phone number sits in the counters' table. */
const nameKey = (name: string) => createHash('sha256').update(name).digest('hex').slice(0, 32);

/** The family account a forgotten-password request names: by username, else by the one account holding that mobile. */
async function findFamilyAccount(em: EntityManager, name: string): Promise<Account | null> {
  const byUsername = await em.findOne(Account, { username: name, roles: { $contains: [PublicRole.PROXY] } });
  if (byUsername || !/^1\d{10}$/.test(name)) return byUsername;
  // A mobile shared by several accounts names none of them: the family uses its username.
  const byPhone = await em.find(Account, { phone: name, roles: { $contains: [PublicRole.PROXY] } }, { limit: 2 });
  return byPhone.length === 1 ? byPhone[0] : null;
}

/**
 * Issue 15: a family that forgot its password asks for an SMS code by username or mobile. The answer
 * is the same whether an account exists or not (a ticket and the code's lifetime, from the same
 * steps: a row is written either way); only the SMS differs, and it goes to the phone on file,
 * never to one the caller names. Throttled per client, per name typed and overall (refusals that
 * say nothing of the account), and per account, silently: beyond it no SMS goes.
 */
export async function requestPasswordReset(em: EntityManager, secret: string, name: string, client: string | null): Promise<CodeTicket> {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 64) throw invalid('familyAccount.nameRequired', {}, 'name');
  const limits = await throttles(em);
  await takeOrRefuse(limits.codeRequestPerClient, client ?? 'unknown', 'familyAccount.tooManyFromClient');
  await takeOrRefuse(limits.codeRequestPerName, nameKey(trimmed), 'familyAccount.tooManyForName');
  await takeOrRefuse(limits.codeRequestGlobal, 'all', 'familyAccount.busy');
  const answerAt = performance.now() + ANSWER_FLOOR_MS;

  const account = await findFamilyAccount(em, trimmed);
  // Taken for names of no account too (keyed by the name), so both cases do the same work.
  const withinAccountLimit = (await take(limits.codeSmsPerAccount, account?.id ?? nameKey(trimmed))) === null;
  const sendable = Boolean(account?.phone) && withinAccountLimit;
  const ticket = await issueCode(em, secret, {
    purpose: CodePurpose.PASSWORD_RESET,
    accountId: account?.id ?? null,
    sms: sendable ? { phone: account!.phone!, key: 'accountSms.resetCode' } : null,
  });
  await setTimeout(Math.max(0, answerAt - performance.now()));
  return ticket;
}

/**
 * The second step: the code from the SMS and a new password (the registration's strength rule).
 * The code is spent and the password set in one transaction, and the account's token version
 * moves on: every token issued before stops working at the gateway.
 */
export async function resetPassword(
  em: EntityManager,
  secret: string,
  ticket: string,
  code: string,
  newPassword: string,
  client: string | null,
): Promise<void> {
  checkPassword(newPassword, 'newPassword');
  const limits = await throttles(em);
  await takeOrRefuse(limits.codeAttemptPerClient, client ?? 'unknown', 'familyAccount.tooManyFromClient');
  await takeOrRefuse(limits.codeAttemptGlobal, 'all', 'familyAccount.busy');
  const checked = await checkCode(em, secret, CodePurpose.PASSWORD_RESET, ticket, code);
  // A ticket that named no account holds a code nobody was told; should a guess match it, it is still no account.
  if (!checked.accountId) throw invalid('familyAccount.expired', {}, 'code');
  const passwordHash = await hashPassword(newPassword);
  await em.transactional(async (tx) => {
    await spendCode(tx, ticket);
    await setPassword(tx, checked.accountId!, passwordHash);
  });
}

/**
 * Sets a new password hash in the caller's transaction, on the locked account row, and ends every
 * session the way a staff deactivation does (revokeTokens: the version moves on and every gateway
 * hears of it).
 */
export async function setPassword(tx: EntityManager, accountId: string, passwordHash: string): Promise<Account> {
  const account = await tx.findOneOrFail(Account, { id: accountId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  account.passwordHash = passwordHash;
  await revokeTokens(tx, account, 'PASSWORD_RESET');
  await tx.flush();
  return account;
}
