import type { EntityManager } from '@rv/kit';
import { ErrorCode, forbidden, invalid, isValidMobile, keyed, maskPhone, PublicRole } from '@rv/schema';
import { queueAccountSms } from '../notification/account-sms.js';
import { throttles } from '../throttle/throttle.js';
import { CodePurpose } from './account-code.entity.js';
import { checkCode, issueCode, spendCode, takeOrRefuse, type CodeTicket } from './account-code.service.js';
import { Account } from './account.entity.js';
import { hashPassword, verifyPassword } from './password.js';
import { setPassword } from './password-reset.service.js';
import { checkPassword } from './registration.service.js';

/** A signed-in family's own account (issue 15: families change their password and phone). */
async function familyAccount(em: EntityManager, accountId: string): Promise<Account> {
  const account = await em.findOne(Account, { id: accountId });
  if (!account || !account.roles.includes(PublicRole.PROXY)) throw forbidden();
  return account;
}

/**
 * The current password, before anything that changes the account: five wrong ones per account in
 * 15 minutes, then a wait (a stolen session cannot guess it at speed). A right one gives its point back.
 */
async function checkCurrentPassword(em: EntityManager, account: Account, password: string): Promise<void> {
  const limits = await throttles(em);
  await takeOrRefuse(limits.currentPasswordPerAccount, account.id, 'familyAccount.currentPasswordSlowDown');
  if (!(await verifyPassword(password, account.passwordHash)))
    throw keyed(ErrorCode.BAD_CREDENTIALS, 'familyAccount.wrongCurrentPassword', {}, { field: 'currentPassword' });
  await limits.currentPasswordPerAccount.reward(account.id, 1);
}

/**
 * Changes the password: the current one required, the new one by the registration's rule and not
 * the same. The token version moves on (other sessions end); the caller gets a token of the new version.
 */
export async function changeMyPassword(em: EntityManager, accountId: string, currentPassword: string, newPassword: string): Promise<Account> {
  const account = await familyAccount(em, accountId);
  checkPassword(newPassword, 'newPassword');
  await checkCurrentPassword(em, account, currentPassword);
  if (newPassword === currentPassword) throw invalid('familyAccount.samePassword', {}, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  // Conditional on the version read: of two concurrent changes, one wins and the other is told.
  return em.transactional((tx) => setPassword(tx, account.id, passwordHash, account.tokenVersion));
}

/**
 * A new mobile, step one: the current password, then a code to the *new* number (it must be the
 * family's). Three codes per account an hour, and the overall SMS bound.
 */
export async function requestPhoneChange(em: EntityManager, secret: string, accountId: string, currentPassword: string, phone: string): Promise<CodeTicket> {
  const account = await familyAccount(em, accountId);
  const newPhone = phone.trim();
  if (!isValidMobile(newPhone)) throw invalid('account.badPhone', {}, 'phone');
  if (newPhone === account.phone) throw invalid('familyAccount.samePhone', {}, 'phone');
  await checkCurrentPassword(em, account, currentPassword);
  const limits = await throttles(em);
  await takeOrRefuse(limits.codeSmsPerAccount, account.id, 'familyAccount.tooManyForAccount');
  await takeOrRefuse(limits.codeRequestGlobal, 'all', 'familyAccount.busy');
  return issueCode(em, secret, { purpose: CodePurpose.PHONE_CHANGE, accountId: account.id, newPhone, sms: { phone: newPhone, key: 'accountSms.phoneCode' } });
}

/**
 * Step two: the code sent to the new number (only this account's ticket). The phone is changed and
 * the old number told, in one transaction with spending the code.
 */
export async function confirmPhoneChange(em: EntityManager, secret: string, accountId: string, ticket: string, code: string, client: string | null): Promise<Account> {
  const account = await familyAccount(em, accountId);
  const limits = await throttles(em);
  await takeOrRefuse(limits.codeAttemptPerClient, client ?? 'unknown', 'familyAccount.tooManyFromClient');
  const checked = await checkCode(em, secret, CodePurpose.PHONE_CHANGE, ticket, code, account.id);
  return em.transactional(async (tx) => {
    await spendCode(tx, ticket);
    const own = await tx.findOneOrFail(Account, { id: account.id });
    const oldPhone = own.phone;
    own.phone = checked.newPhone;
    if (oldPhone) queueAccountSms(tx, oldPhone, 'accountSms.phoneChanged', { phone: maskPhone(checked.newPhone!) });
    await tx.flush();
    return own;
  });
}
