import { LockMode } from '@mikro-orm/core';
import { auditAs, requireAccount, type EntityManager } from '@rv/kit';
import { ErrorCode, SignInStep, clock, forbidden, invalid, keyed, needsSecondFactor, stepRequired, type Identity } from '@rv/schema';
import { take, throttles } from '../throttle/throttle.js';
import { takeOrRefuse } from './account-code.service.js';
import { Account } from './account.entity.js';
import { identityOf } from './login.service.js';
import { hashPassword, verifyPassword } from './password.js';
import { checkPassword } from './registration.service.js';
import { revokeTokens } from './revocation.js';
import { signToken } from './token.js';
import { newTotpSecret, openTotpSecret, sealTotpSecret, totpStepOf } from './totp.js';

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

/**
 * Wrong codes are counted per account in judicial.rate_limit: 5 per 15 minutes. `check` answers
 * null when right, else the refusal (counted like a wrong code).
 */
async function throttledCheck(em: EntityManager, account: Account, check: () => Promise<Error | null>): Promise<void> {
  const limiter = (await throttles(em)).signInStepFailures;
  const wait = await take(limiter, account.id);
  if (wait) throw keyed(ErrorCode.TOO_MANY_REQUESTS, 'admin.account.totpTooMany', { minutes: Math.ceil(wait / 60) }, { retryAfterSeconds: wait });
  const refusal = await check();
  if (refusal) throw refusal;
  await limiter.delete(account.id);
}

const totpWrong = () => keyed(ErrorCode.BAD_CREDENTIALS, 'admin.account.totpWrong');
const totpUsed = () => keyed(ErrorCode.BAD_CREDENTIALS, 'admin.account.totpUsed');

/**
 * Issue 15: a code signs in once (RFC 6238 §5.2). It must fit a time step after the last one the
 * account signed in with, and that step is taken by a conditional update: of two sign-ins racing
 * with the same code exactly one passes, the other is told the code was used.
 */
async function checkSecondFactor(em: EntityManager, account: Account, code: string, secret: string): Promise<void> {
  if (!account.totpSecret || !account.totpEnrolledAt) throw keyed(ErrorCode.TOTP_REQUIRED, 'admin.account.totpNotEnrolled');
  const totpSecret = openTotpSecret(account.totpSecret, secret);
  await throttledCheck(em, account, async () => {
    const step = await totpStepOf(totpSecret, code.trim(), null);
    if (step === null) return totpWrong();
    const taken = await em.nativeUpdate(Account, { id: account.id, $or: [{ totpLastStep: null }, { totpLastStep: { $lt: step } }] }, { totpLastStep: step });
    return taken === 1 ? null : totpUsed();
  });
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
 * The current password, before an account changes anything of its own (its password, its phone):
 * five wrong ones per account in 15 minutes, then a wait (a stolen session cannot guess it at
 * speed). A right one gives its point back.
 */
export async function checkCurrentPassword(em: EntityManager, account: Account, password: string): Promise<void> {
  const limits = await throttles(em);
  await takeOrRefuse(limits.currentPasswordPerAccount, account.id, 'account.currentPasswordSlowDown');
  if (!(await verifyPassword(password, account.passwordHash)))
    throw keyed(ErrorCode.BAD_CREDENTIALS, 'account.wrongCurrentPassword', {}, { field: 'currentPassword' });
  await limits.currentPasswordPerAccount.reward(account.id, 1);
}

/**
 * Issue 15: any account changes its own password — staff (the temporary one at first sign-in, or any
 * time) and families alike, one mutation. The current password is required and the registration's
 * strength rule holds; on the locked row, so of two concurrent changes the second finds the current
 * password changed. Every other token of the account is void from now on; the answer is the
 * sign-in's next step with a token of the new version.
 */
export async function changePassword(em: EntityManager, identity: Identity, current: string, next: string, secret: string): Promise<SignedIn> {
  if (current.length > 256 || next.length > 256) throw invalid('account.tooLong');
  checkPassword(next, 'newPassword');
  const account = await withOwnAccount(em, identity, 'changePassword', async (tx, own) => {
    await checkCurrentPassword(tx, own, current);
    if (next === current) throw invalid('account.samePassword', {}, 'newPassword');
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
    let step: number | null = null;
    await throttledCheck(tx, account, async () => ((step = await totpStepOf(totpSecret, code.trim(), account.totpLastStep)) === null ? totpWrong() : null));
    account.totpEnrolledAt = clock.now();
    account.totpLastStep = step; // the confirming code does not sign in a second time
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
