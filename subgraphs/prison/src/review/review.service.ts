import { recordEvent, type EntityManager } from '@rv/kit';
import { Topic, audience, isUuid, domainError, ErrorCode, badInput, forbidden, notFound, type ApplicationSubmitted, type Identity, type OutboxEvent, type ReviewDecided } from '@rv/schema';
import { Inmate } from '../inmate/inmate.entity.js';
import { ReviewCase, ReviewStatus } from './review-case.entity.js';

/** application.submitted → the subject's prison opens a review case (once, however often delivered). */
export async function openReviewCase(em: EntityManager, event: OutboxEvent<ApplicationSubmitted>): Promise<void> {
  const submitted = event.payload;
  if (submitted.subjectKind !== 'INMATE') return;
  const inmate = await em.findOne(Inmate, { id: submitted.subjectId });
  if (!inmate) return;
  await em.execute(
    `insert into "prison"."review_case" (id, application_id, inmate_id, prison_id, status, submitted_at)
     values (gen_random_uuid(), ?, ?, ?, 'PENDING', ?) on conflict (application_id) do nothing`,
    [submitted.applicationId, inmate.id, inmate.prison.id, submitted.submittedAt], 'run');
}

export interface Decision {
  applicationId: string;
  approve: boolean;
  reason?: string | null;
}

/**
 * GD-21 the subject's institution decides. The update is conditional on PENDING, so two
 * reviewers pressing at once give one decision and one CONFLICT, never two decisions.
 */
export async function decideReview(em: EntityManager, identity: Identity & { tenantId: string; accountId: string }, decision: Decision): Promise<ReviewCase> {
  if (!decision.approve && !decision.reason?.trim()) throw badInput('驳回须注明理由 (A rejection needs a reason)', 'reason');
  if ((decision.reason?.length ?? 0) > 500) throw badInput('理由不得超过500字 (Reason is limited to 500 characters)', 'reason');
  if (!isUuid(decision.applicationId)) throw notFound('审批 Review case');
  return em.transactional(async (tx) => {
    const found = await tx.findOne(ReviewCase, { applicationId: decision.applicationId });
    if (!found) throw notFound('审批 Review case');
    if (found.prisonId !== identity.tenantId) throw forbidden();
    const decidedAt = new Date();
    const status = decision.approve ? ReviewStatus.APPROVED : ReviewStatus.REJECTED;
    const updated = await tx.nativeUpdate(ReviewCase,
      { id: found.id, status: ReviewStatus.PENDING },
      { status, decidedAt, decidedBy: identity.accountId, reason: decision.reason ?? null });
    if (updated !== 1) throw domainError(ErrorCode.CONFLICT, '该申请已被审批 (This application has already been decided)');
    const payload: ReviewDecided = {
      applicationId: found.applicationId, approved: decision.approve, reason: decision.reason ?? null,
      decidedBy: identity.accountId, decidedAt: decidedAt.toISOString(),
    };
    await recordEvent(tx, 'prison', {
      topic: Topic.REVIEW_DECIDED, aggregateType: 'ReviewCase', aggregateId: found.id,
      audience: [audience.tenant(found.prisonId)], payload,
    });
    await tx.refresh(found);
    return found;
  });
}
