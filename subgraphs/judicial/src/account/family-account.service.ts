import type { EntityManager } from '@rv/kit';
import { forbidden, invalid, isValidMobile, maskPhone, PublicRole } from '@rv/schema';
import { queueAccountSms } from '../notification/account-sms.js';
import { throttles } from '../throttle/throttle.js';
import { CodePurpose } from './account-code.entity.js';
import { checkCode, issueCode, spendCode, takeOrRefuse, type CodeTicket } from './account-code.service.js';
import { Account } from './account.entity.js';
import { checkCurrentPassword } from './sign-in.service.js';

/** A signed-in family's own account (issue 15: families change their phone; the password: sign-in.service.ts's changePassword, one for every account). */
async function familyAccount(em: EntityManager, accountId: string): Promise<Account> {
  const account = await em.findOne(Account, { id: accountId });
  if (!account || !account.roles.includes(PublicRole.PROXY)) throw forbidden();
  return account;
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
export async function confirmPhoneChange(
  em: EntityManager,
  secret: string,
  accountId: string,
  ticket: string,
  code: string,
  client: string | null,
): Promise<Account> {
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
