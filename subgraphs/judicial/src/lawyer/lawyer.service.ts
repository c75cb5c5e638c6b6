import { recordEvent, type EntityManager } from '@rv/kit';
import { ErrorCode, PublicRole, Topic, audience, clock, invalid, keyed, type LawyerVerified } from '@rv/schema';
import { Account } from '../account/account.entity.js';
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
    const account = await tx.findOne(Account, { id: accountId });
    if (!account || account.tenantId || !account.roles.includes(PublicRole.LAWYER)) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.notFound.lawyer');
    const profile = (await tx.findOne(LawyerProfile, { accountId })) ?? tx.create(LawyerProfile, { accountId } as LawyerProfile);
    Object.assign(profile, {
      certificateNumber, firm: practice.firm.trim(), verified: practice.verified, dutyCentreIds: [...new Set(practice.dutyCentreIds)],
      verifiedAt: clock.now(), verifiedBy,
    });
    await tx.flush();
    const payload: LawyerVerified = { accountId, name: account.displayName, certificateNumber, firm: profile.firm, verified: profile.verified, dutyCentreIds: profile.dutyCentreIds };
    await recordEvent(tx, 'judicial', { topic: Topic.LAWYER_VERIFIED, aggregateType: 'LawyerProfile', aggregateId: accountId, audience: [audience.account(accountId)], payload });
    return profile;
  });
}
