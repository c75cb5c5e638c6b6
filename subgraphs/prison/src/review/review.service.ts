import { decideReview as decide, openReview, prioritizeReview, type Decision, type EntityManager, type ReviewTable } from '@rv/kit';
import type { ApplicationPrioritized, ApplicationSubmitted, Identity, OutboxEvent } from '@rv/schema';
import { Inmate } from '../inmate/inmate.entity.js';
import { ReviewCase } from './review-case.entity.js';

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

export async function decideReview(em: EntityManager, staff: Identity & { tenantId: string; accountId: string }, decision: Decision): Promise<ReviewCase> {
  const id = await decide(em, INMATE_REVIEWS, staff, decision);
  return em.fork().findOneOrFail(ReviewCase, { id }, { populate: ['inmate'] });
}
