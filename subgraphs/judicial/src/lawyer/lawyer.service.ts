import { recordEvent, type EntityManager } from '@rv/kit';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { ErrorCode, PublicRole, TenantKind, Topic, audience, clock, invalid, isValidMobile, keyed, type LawyerVerified } from '@rv/schema';
import { hashPassword } from '../account/password.js';
import { checkPassword } from '../account/registration.service.js';
import { CountyBureau } from '../bureau/bureau.entity.js';
import { Account } from '../account/account.entity.js';
import { revokeTokens } from '../account/revocation.js';
import { LawyerProfile } from './lawyer-profile.entity.js';

const CERTIFICATE = /^\d{17}$/;

export interface LawyerPractice {
  certificateNumber: string;
  firm: string;
  verified: boolean;
  dutyCentreIds: string[];
}

/**
 * A justice bureau verifies (or withdraws) a lawyer account's practice: certificate number and firm,
 * and the detention centres where it serves as duty lawyer. Detention centres learn it by event.
 */
export async function verifyLawyer(em: EntityManager, verifiedBy: string, accountId: string, practice: LawyerPractice): Promise<LawyerProfile> {
  const certificateNumber = practice.certificateNumber.trim();
  if (!CERTIFICATE.test(certificateNumber)) throw invalid('lawyer.certificateNumber', {}, 'certificateNumber');
  if (!practice.firm.trim()) throw invalid('lawyer.firmRequired', {}, 'firm');
  return em.transactional(async (tx) => {
    const account = await tx.findOne(Account, { id: accountId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!account || account.tenantId || !account.roles.includes(PublicRole.LAWYER)) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.notFound.lawyer');
    const profile = (await tx.findOne(LawyerProfile, { accountId })) ?? tx.create(LawyerProfile, { accountId } as LawyerProfile);
    // A practice no longer verified ends the lawyer's sessions at once (tokens and open sockets), not at their expiry.
    if (profile.verified && !practice.verified) await revokeTokens(tx, account, 'VERIFICATION_WITHDRAWN');
    Object.assign(profile, {
      certificateNumber,
      firm: practice.firm.trim(),
      verified: practice.verified,
      dutyCentreIds: [...new Set(practice.dutyCentreIds)],
      verifiedAt: clock.now(),
      verifiedBy,
      refusalReason: null,
    });
    await tx.flush();
    const payload: LawyerVerified = {
      accountId,
      name: account.displayName,
      certificateNumber,
      firm: profile.firm,
      verified: profile.verified,
      dutyCentreIds: profile.dutyCentreIds,
    };
    await recordEvent(tx, 'judicial', {
      topic: Topic.LAWYER_VERIFIED,
      aggregateType: 'LawyerProfile',
      aggregateId: accountId,
      audience: [audience.account(accountId)],
      payload,
    });
    return profile;
  });
}

export interface LawyerRegistration {
  username: string;
  password: string;
  name: string;
  phone: string;
  certificateNumber: string;
  firm: string;
  /** The county justice bureau asked to check the practice. */
  bureauId: string;
}

function checkPractice(certificateNumber: string, firm: string): void {
  if (!CERTIFICATE.test(certificateNumber)) throw invalid('lawyer.certificateNumber', {}, 'certificateNumber');
  if (!firm.trim() || firm.length > 100) throw invalid('lawyer.firmRequired', {}, 'firm');
}

/**
 * A lawyer opens its own account: name, mobile, practice certificate number and firm, and the county
 * justice bureau that is to check them. The account cannot be used (sign-in refused, lawyerMayUse) until
 * that bureau verifies the practice (lawyers are regulated by the justice bureaus).
 */
export async function registerLawyer(em: EntityManager, input: LawyerRegistration): Promise<LawyerProfile> {
  if (!/^[A-Za-z0-9_.-]{4,32}$/.test(input.username)) throw invalid('account.badUsername', {}, 'username');
  checkPassword(input.password);
  if (!input.name.trim() || input.name.length > 30) throw invalid('account.badName', {}, 'name');
  if (!isValidMobile(input.phone)) throw invalid('account.badPhone', {}, 'phone');
  const certificateNumber = input.certificateNumber.trim();
  checkPractice(certificateNumber, input.firm);
  return em.transactional(async (tx) => {
    const bureau = await tx.findOne(CountyBureau, { id: input.bureauId, kind: TenantKind.COUNTY_BUREAU });
    if (!bureau) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.registration.bureauUnknown', {}, { field: 'bureauId' });
    if (await tx.count(LawyerProfile, { certificateNumber }))
      throw keyed(ErrorCode.CONFLICT, 'lawyer.registration.certificateTaken', {}, { field: 'certificateNumber' });
    try {
      const account = tx.create(Account, {
        username: input.username,
        passwordHash: await hashPassword(input.password),
        displayName: input.name.trim(),
        roles: [PublicRole.LAWYER],
        phone: input.phone,
      } as Account);
      await tx.flush();
      const profile = tx.create(LawyerProfile, {
        accountId: account.id,
        certificateNumber,
        firm: input.firm.trim(),
        verified: false,
        dutyCentreIds: [],
        bureauId: bureau.id,
        registeredAt: clock.now(),
        verifiedAt: null,
        verifiedBy: null,
        refusalReason: null,
      } as unknown as LawyerProfile);
      await tx.flush();
      return profile;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw keyed(ErrorCode.CONFLICT, 'account.taken');
      throw error;
    }
  });
}

/** The bureau did not verify a registration (the certificate or firm did not check out): the account stays unusable, the lawyer told why at sign-in. */
export async function refuseLawyerRegistration(
  em: EntityManager,
  bureau: { accountId: string; tenantId: string },
  accountId: string,
  reason: string,
): Promise<LawyerProfile> {
  const text = reason?.trim() ?? '';
  if (!text || text.length > 500) throw invalid('lawyer.registration.reasonRequired', {}, 'reason');
  return em.transactional(async (tx) => {
    const profile = await tx.findOne(LawyerProfile, { accountId, bureauId: bureau.tenantId, verified: false });
    if (!profile) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.notFound.lawyer');
    Object.assign(profile, { verifiedAt: clock.now(), verifiedBy: bureau.accountId, refusalReason: text });
    await tx.flush();
    return profile;
  });
}

/** Sign-in: a lawyer's account is usable only once a justice bureau verified its practice (pending or refused: refused, saying which). */
export async function lawyerMayUse(em: EntityManager, account: Account): Promise<void> {
  if (account.tenantId || !account.roles.includes(PublicRole.LAWYER)) return;
  const profile = await em.findOne(LawyerProfile, { accountId: account.id });
  if (!profile || profile.verified) return; // accounts opened by a bureau before registration existed carry no profile of their own
  if (profile.verifiedAt) throw keyed(ErrorCode.FORBIDDEN, 'lawyer.registration.refused', { reason: profile.refusalReason ?? '' });
  throw keyed(ErrorCode.FORBIDDEN, 'lawyer.registration.pending');
}
