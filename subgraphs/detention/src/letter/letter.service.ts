import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@rv/kit';
import { ErrorCode, checkLetterWithheld, clock, keyed, lawyerMeetingPack, ruleError } from '@rv/schema';
import { Mandate } from '../lawyer/lawyer.entity.js';
import type { Staff } from '../queue/queue.service.js';
import { Suspect } from '../suspect/suspect.entity.js';
import { LawyerLetter, LetterStatus, type LetterVia } from './letter.entity.js';

/** CQ-1: the desk logs a sealed letter a suspect hands in for a lawyer holding its mandate (nothing of its content is kept). */
export async function receiveLetter(em: EntityManager, staff: Staff, suspectId: string, lawyerAccountId: string): Promise<LawyerLetter> {
  return em.transactional(async (tx) => {
    const suspect = await tx.findOne(Suspect, { id: suspectId, centre: staff.tenantId }, { populate: ['centre'] });
    if (!suspect) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.notFound.suspect');
    if (!(await tx.count(Mandate, { suspect, lawyerAccountId, active: true })))
      throw keyed(ErrorCode.NOT_ELIGIBLE, 'lawyer.letter.noMandate', {}, { rule: lawyerMeetingPack(suspect.centre.rulePack).letters.rule });
    const letter = tx.create(LawyerLetter, {
      centre: suspect.centre,
      suspect,
      lawyerAccountId,
      receivedAt: clock.now(),
      receivedBy: staff.accountId,
    } as LawyerLetter);
    await tx.flush();
    return letter;
  });
}

async function waitingLetter(tx: EntityManager, staff: Staff, letterId: string): Promise<LawyerLetter> {
  const letter = await tx.findOne(LawyerLetter, { id: letterId, centre: staff.tenantId }, { populate: ['centre'], lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!letter) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.notFound.letter');
  if (letter.status !== LetterStatus.RECEIVED) throw keyed(ErrorCode.CONFLICT, 'lawyer.letter.notWaiting');
  return letter;
}

/** CQ-1: passed on, sealed as it came: handed to the lawyer, given at a meeting, or posted. */
export async function passLetterOn(em: EntityManager, staff: Staff, letterId: string, via: LetterVia): Promise<LawyerLetter> {
  return em.transactional(async (tx) => {
    const letter = await waitingLetter(tx, staff, letterId);
    Object.assign(letter, { status: LetterStatus.PASSED_ON, via, passedAt: clock.now(), passedBy: staff.accountId });
    await tx.flush();
    return letter;
  });
}

/** CQ-1's narrow exception: withheld only on one of the pack's grounds with a leader's recorded approval. */
export async function withholdLetter(em: EntityManager, staff: Staff, letterId: string, ground: string, approvedBy: string | null): Promise<LawyerLetter> {
  return em.transactional(async (tx) => {
    const letter = await waitingLetter(tx, staff, letterId);
    const decision = checkLetterWithheld(lawyerMeetingPack(letter.centre.rulePack), ground, approvedBy);
    if (!decision.allowed) throw ruleError(decision);
    Object.assign(letter, {
      status: LetterStatus.WITHHELD,
      withheldGround: ground,
      withheldApprovedBy: approvedBy!.trim().slice(0, 100),
      withheldAt: clock.now(),
    });
    await tx.flush();
    return letter;
  });
}
