import { LockMode } from '@mikro-orm/core';
import { auditAs, requireAccount, type EntityManager } from '@rv/kit';
import { ErrorCode, SignInStep, clock, forbidden, invalid, keyed, needsSecondFactor, stepRequired, type Identity } from '@rv/schema';
import { take, throttles } from '../throttle/throttle.js';
import { Account } from './account.entity.js';
import { identityOf } from './login.service.js';
import { hashPassword, verifyPassword } from './password.js';
import { checkPassword } from './registration.service.js';
import { revokeTokens } from './revocation.js';
import { signToken } from './token.js';
import { checkTotpCode, newTotpSecret, openTotpSecret, sealTotpSecret } from './totp.js';

export interface SignedIn {
  token: string;
  account: Account;
  step: SignInStep;
}

/**
 * What the account must still do in this sign-in (issue 15): change its temporary password, then, for
 * administrators and supervisors, enrol a second factor or give this sign-in's code.
 */
export function pendingStep(account: Account, secondFactorGiven: boolean): SignInStep {
  if (account.mustChangePassword) return SignInStep.CHANGE_PASSWORD;
  if (!needsSecondFactor(account.roles)) return SignInStep.DONE;
  if (!account.totpEnrolledAt) return SignInStep.ENROL_TOTP;
  return secondFactorGiven ? SignInStep.DONE : SignInStep.VERIFY_TOTP;
}

/**
 * A token for where the sign-in stands. Until DONE it carries no tenant and no role, lives ten
 * minutes and allows only the step's own mutations (STEP_FIELDS, enforced by the gateway).
 */
export async function issueToken(account: Account, step: SignInStep, secret: string): Promise<SignedIn> {
  const done = step === SignInStep.DONE;
  const identity: Identity = done ? identityOf(account) : { accountId: account.id, tenantKind: null, tenantId: null, roles: [] };
  return { token: await signToken(identity, secret, { version: account.tokenVersion, step: done ? undefined : step }), account, step };
}

/** After the password was checked: a deactivated account goes no further; a code given with the password is checked at once. */
export async function signIn(em: EntityManager, account: Account, totpCode: string | null, secret: string): Promise<SignedIn> {
  if (!account.active) throw forbidden('admin.account.inactive');
  let step = pendingStep(account, false);
  if (step === SignInStep.VERIFY_TOTP && totpCode) {
    await checkSecondFactor(em, account, totpCode, secret);
    step = pendingStep(account, true);
  }
  return issueToken(account, step, secret);
}

/** Wrong codes (and wrong current passwords) are counted per account in judicial.rate_limit: 5 per 15 minutes. */
async function throttledCheck(em: EntityManager, account: Account, check: () => Promise<boolean>, wrong: () => Error): Promise<void> {
  const limiter = (await throttles(em)).signInStepFailures;
  const wait = await take(limiter, account.id);
  if (wait) throw keyed(ErrorCode.TOO_MANY_REQUESTS, 'admin.account.totpTooMany', { minutes: Math.ceil(wait / 60) }, { retryAfterSeconds: wait });
  if (!(await check())) throw wrong();
  await limiter.delete(account.id);
}

async function checkSecondFactor(em: EntityManager, account: Account, code: string, secret: string): Promise<void> {
  if (!account.totpSecret || !account.totpEnrolledAt) throw keyed(ErrorCode.TOTP_REQUIRED, 'admin.account.totpNotEnrolled');
  const totpSecret = openTotpSecret(account.totpSecret, secret);
  await throttledCheck(em, account, () => checkTotpCode(totpSecret, code.trim()), () => keyed(ErrorCode.BAD_CREDENTIALS, 'admin.account.totpWrong'));
}

/**
 * The caller's own account, locked, in `work`'s transaction. The change is on the audit trail as the
 * account itself (a step token carries no unit or role; the session setting must precede the transaction).
 */
async function withOwnAccount<T>(em: EntityManager, identity: Identity, action: string, work: (tx: EntityManager, account: Account) => Promise<T>): Promise<T> {
  requireAccount(identity);
  const found = await em.findOne(Account, { id: identity.accountId });
  if (!found || !found.active) throw keyed(ErrorCode.UNAUTHENTICATED, 'admin.account.signInAgain');
  auditAs(em, identityOf(found), action);
  return em.transactional(async (tx) => work(tx, await tx.findOneOrFail(Account, { id: found.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })));
}

/**
 * Issue 15: the account changes its password (the temporary one at first sign-in, or any time).
 * Every other token of the account is void from now on; the answer is the sign-in's next step.
 */
export async function changePassword(em: EntityManager, identity: Identity, current: string, next: string, secret: string): Promise<SignedIn> {
  if (current.length > 256 || next.length > 256) throw invalid('account.tooLong');
  const account = await withOwnAccount(em, identity, 'changePassword', async (tx, own) => {
    await throttledCheck(tx, own, () => verifyPassword(current, own.passwordHash), () => keyed(ErrorCode.BAD_CREDENTIALS, 'admin.account.wrongPassword'));
    checkPassword(next);
    if (next === current) throw invalid('admin.account.samePassword', {}, 'newPassword');
    own.passwordHash = await hashPassword(next);
    own.mustChangePassword = false;
    await revokeTokens(tx, own, 'PASSWORD_CHANGED');
    await tx.flush();
    return own;
  });
  return issueToken(account, pendingStep(account, false), secret);
}

export interface TotpEnrolment {
  secret: string;
  uri: string;
  qrDataUrl: string;
}

/**
 * Issue 15: an administrator or supervisor without a second factor gets a new secret to scan. It is
 * shown this once (until confirmed, a new call replaces it) and stored only sealed.
 */
export async function beginTotpEnrolment(em: EntityManager, identity: Identity, secret: string): Promise<TotpEnrolment> {
  return withOwnAccount(em, identity, 'beginTotpEnrolment', async (tx, account) => {
    if (account.mustChangePassword) throw stepRequired(SignInStep.CHANGE_PASSWORD);
    if (!needsSecondFactor(account.roles)) throw forbidden();
    if (account.totpEnrolledAt) throw keyed(ErrorCode.CONFLICT, 'admin.account.totpAlreadyEnrolled');
    const enrolment = await newTotpSecret(account.username);
    account.totpSecret = sealTotpSecret(enrolment.secret, secret);
    await tx.flush();
    return enrolment;
  });
}

/** The first code from the new secret confirms it: the second factor is on and the sign-in is done. */
export async function confirmTotpEnrolment(em: EntityManager, identity: Identity, code: string, secret: string): Promise<SignedIn> {
  const account = await withOwnAccount(em, identity, 'confirmTotpEnrolment', async (tx, account) => {
    if (account.totpEnrolledAt) throw keyed(ErrorCode.CONFLICT, 'admin.account.totpAlreadyEnrolled');
    if (!account.totpSecret) throw keyed(ErrorCode.TOTP_REQUIRED, 'admin.account.totpNotEnrolled');
    const totpSecret = openTotpSecret(account.totpSecret, secret);
    await throttledCheck(tx, account, () => checkTotpCode(totpSecret, code.trim()), () => keyed(ErrorCode.BAD_CREDENTIALS, 'admin.account.totpWrong'));
    account.totpEnrolledAt = clock.now();
    await tx.flush();
    return account;
  });
  return issueToken(account, pendingStep(account, true), secret);
}

/** This sign-in's code (after the password): the sign-in is done. */
export async function verifyTotp(em: EntityManager, identity: Identity, code: string, secret: string): Promise<SignedIn> {
  requireAccount(identity);
  const account = await em.findOne(Account, { id: identity.accountId });
  if (!account || !account.active) throw keyed(ErrorCode.UNAUTHENTICATED, 'admin.account.signInAgain');
  await checkSecondFactor(em, account, code, secret);
  return issueToken(account, pendingStep(account, true), secret);
}
