import { intervalJob, type EntityManager, type Job, type Logger, type Orm } from '@rv/kit';
import { clock, ErrorCode, invalid, isUuid, keyed } from '@rv/schema';
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { take } from '../throttle/throttle.js';
import { queueAccountSms, type AccountSmsKey } from '../notification/account-sms.js';
import { AccountCode, CodePurpose } from './account-code.entity.js';

/** A code is good for ten minutes … */
export const CODE_TTL_SECONDS = 10 * 60;
/** … and five tries (the table's CHECK holds the same bound); then a new one must be asked for. */
export const CODE_ATTEMPTS = 5;

/** What the family holds between the two steps: the ticket names the code row, never the account. */
export interface CodeTicket {
  ticket: string;
  expiresInSeconds: number;
}

/** Keyed with the platform's token secret: a copy of the table alone does not give the codes back. */
function hashCode(secret: string, ticket: string, code: string): string {
  return createHmac('sha256', secret).update(`${ticket}:${code}`).digest('hex');
}

type ThrottleKey =
  | 'familyAccount.tooManyFromClient'
  | 'familyAccount.tooManyForName'
  | 'familyAccount.busy'
  | 'familyAccount.tooManyForAccount'
  | 'account.currentPasswordSlowDown';
const throttled = (key: ThrottleKey, seconds: number) =>
  keyed(ErrorCode.TOO_MANY_REQUESTS, key, { seconds, minutes: Math.ceil(seconds / 60) }, { retryAfterSeconds: seconds });

/** Takes a point from a limiter, or refuses with how long to wait. */
export async function takeOrRefuse(limiter: Parameters<typeof take>[0], key: string, refusal: ThrottleKey): Promise<void> {
  const wait = await take(limiter, key);
  if (wait) throw throttled(refusal, wait);
}

const codeGone = () => invalid('familyAccount.expired', {}, 'code');

export interface CodeRequest {
  purpose: CodePurpose;
  accountId: string | null;
  newPhone?: string;
  /** Where the code goes, and in which words; null: a request that names no account (nothing is sent). */
  sms: { phone: string; key: AccountSmsKey } | null;
}

/**
 * Issues a six-digit code: its row (hash only) and its SMS in one flush. A request naming no account
 * writes a row too, with the hash of a code nobody is told, so both cases do the same work.
 */
export async function issueCode(em: EntityManager, secret: string, request: CodeRequest): Promise<CodeTicket> {
  const now = clock.now();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const row = em.create(AccountCode, {
    purpose: request.purpose,
    accountId: request.accountId,
    newPhone: request.newPhone ?? null,
    codeHash: '',
    attempts: 0,
    expiresAt: new Date(now.getTime() + CODE_TTL_SECONDS * 1000),
    usedAt: null,
    createdAt: now,
  } as AccountCode);
  row.codeHash = hashCode(secret, row.id, code);
  if (request.sms) queueAccountSms(em, request.sms.phone, request.sms.key, { code, minutes: CODE_TTL_SECONDS / 60 });
  await em.flush();
  return { ticket: row.id, expiresInSeconds: CODE_TTL_SECONDS };
}

/**
 * Checks a code against its ticket. One try is spent first, by a conditional update (unused,
 * unexpired, tries left, the right purpose and account), so concurrent guesses cannot exceed the
 * allowance; a wrong code says how many tries are left. The right code is not yet spent: the
 * caller spends it with `spendCode` in the transaction of the change it allows.
 */
export async function checkCode(
  em: EntityManager,
  secret: string,
  purpose: CodePurpose,
  ticket: string,
  code: string,
  accountId?: string,
): Promise<AccountCode> {
  if (!isUuid(ticket)) throw codeGone();
  if (!/^\d{6}$/.test(code)) throw invalid('familyAccount.format', {}, 'code');
  const [spent] = await em.execute<{ attempts: number; code_hash: string }[]>(
    `update "judicial"."account_code" set attempts = attempts + 1
      where id = ? and purpose = ? and used_at is null and attempts < ? and expires_at > ?${accountId ? ' and account_id = ?' : ''}
      returning attempts, code_hash`,
    [ticket, purpose, CODE_ATTEMPTS, clock.now(), ...(accountId ? [accountId] : [])],
  );
  if (!spent) throw codeGone();
  const expected = Buffer.from(spent.code_hash, 'hex');
  const actual = Buffer.from(hashCode(secret, ticket, code), 'hex');
  if (!timingSafeEqual(expected, actual)) {
    const attemptsLeft = CODE_ATTEMPTS - spent.attempts;
    throw attemptsLeft > 0 ? invalid('familyAccount.wrong', { attemptsLeft }, 'code') : codeGone();
  }
  return em.findOneOrFail(AccountCode, { id: ticket }, { refresh: true });
}

/** Spends a checked code, once: of two concurrent uses with the right code only one gets through. */
export async function spendCode(em: EntityManager, ticket: string): Promise<void> {
  const used = await em.nativeUpdate(AccountCode, { id: ticket, usedAt: null }, { usedAt: clock.now() });
  if (used !== 1) throw codeGone();
}

/** Codes are deleted this long after they expire (a tick of the purge never races a check at the boundary). */
export const PURGE_AFTER_SECONDS = 60 * 60;

/** Deletes the codes expired for PURGE_AFTER_SECONDS (used or not: none can be checked any more); returns how many. */
export async function purgeExpiredCodes(em: EntityManager): Promise<number> {
  return em.nativeDelete(AccountCode, { expiresAt: { $lt: new Date(clock.now().getTime() - PURGE_AFTER_SECONDS * 1000) } });
}

/**
 * Issue 15: code rows are of no use once expired, and hold who asked for what: a job deletes them
 * every `intervalMs` (one replica at a time, elected like the platform's other jobs: kit/leader.ts).
 */
export function startCodePurge(orm: Orm, logger: Logger, intervalMs = 10_000): Job {
  return intervalJob('code purge', logger, intervalMs, () => purgeExpiredCodes(orm.em.fork()));
}
