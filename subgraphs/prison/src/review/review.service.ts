import { decideReview as decide, openReview, prioritizeReview, type Decision, type EntityManager, type ReviewTable } from '@rv/kit';
import { ruleError, ErrorCode, domainError, falseInformationStop, rulePack, type ApplicationPrioritized, type ApplicationSubmitted, type Identity, type OutboxEvent } from '@rv/schema';
import { SanctionSeverity } from '../sanction/sanction.entity.js';
import { imposeSanction } from '../sanction/sanction.service.js';
import { Inmate } from '../inmate/inmate.entity.js';
import { InmateReview } from './inmate-review.entity.js';

export const INMATE_REVIEWS: ReviewTable = { schema: 'prison', subjectColumn: 'inmate_id', institutionColumn: 'prison_id', subjectReasons: 'inmate' };

/** application.submitted for an inmate → the inmate's prison opens its review (deadline per pack). */
export async function openReviewCase(em: EntityManager, event: OutboxEvent<ApplicationSubmitted>): Promise<void> {
  if (event.payload.subjectKind !== 'INMATE') return;
  const inmate = await em.findOne(Inmate, { id: event.payload.subjectId }, { populate: ['prison'] });
  if (!inmate) return;
  await openReview(em, INMATE_REVIEWS, event.payload, { id: inmate.id, institutionId: inmate.prison.id, rulePack: inmate.prison.rulePack });
}

/** GD-4: the bureau put an application first. */
export async function prioritizeReviewCase(em: EntityManager, event: OutboxEvent<ApplicationPrioritized>): Promise<void> {
  await prioritizeReview(em, INMATE_REVIEWS, event.payload);
}

/**
 * GD-21: the prison decides. SX-8(1): a visitor's false information also stops the inmate's later
 * meetings, as a sanction in the same transaction as the rejection.
 */
export async function decideReview(em: EntityManager, staff: Identity & { tenantId: string; accountId: string }, decision: Decision & { stopMonths?: number | null }): Promise<InmateReview> {
  const id = await em.transactional(async (tx) => {
    const caseId = await decide(tx, INMATE_REVIEWS, staff, decision);
    if (decision.approve) return caseId;
    const review = await tx.findOneOrFail(InmateReview, { id: caseId }, { populate: ['inmate'] });
    const stop = falseInformationStop(rulePack(review.rulePack), decision.reasonAbout ?? 'subject', decision.reasonCode, decision.stopMonths);
    if (stop && !stop.allowed) throw ruleError(stop, ErrorCode.BAD_USER_INPUT, { field: 'stopMonths' });
    if (stop) await imposeSanction(tx, staff, { inmateId: review.inmate.id, severity: SanctionSeverity.ORDINARY, months: decision.stopMonths!, reason: `会见人隐瞒、捏造个人信息，停止后续会见 (${stop.rule})` });
    return caseId;
  });
  return em.fork().findOneOrFail(InmateReview, { id }, { populate: ['inmate'] });
}
