import { recordEvent, type EntityManager } from '@rv/kit';
import { Topic, audience, isUuid, chinaDate, checkRejectionReason, nationalCalendar, reviewDeadlines, rulePack, type RulePack, domainError, ErrorCode, badInput, forbidden, notFound, type ApplicationSubmitted, type Identity, type OutboxEvent, type ReviewDecided } from '@rv/schema';
import { Inmate } from '../inmate/inmate.entity.js';
import { ReviewCase, ReviewStatus } from './review-case.entity.js';

/**
 * application.submitted → the subject's prison opens a review case (once, however often
 * delivered), with its deadline: GD-22 3 working days (+2 when extended); in a multi-stage
 * pack (YN-8) the institution's stage is due after the stages before it.
 */
export async function openReviewCase(em: EntityManager, event: OutboxEvent<ApplicationSubmitted>): Promise<void> {
  const submitted = event.payload;
  if (submitted.subjectKind !== 'INMATE') return;
  const inmate = await em.findOne(Inmate, { id: submitted.subjectId }, { populate: ['prison'] });
  if (!inmate) return;
  const pack = rulePack(inmate.prison.rulePack);
  const stages = reviewDeadlines(pack, nationalCalendar(), chinaDate(new Date(submitted.submittedAt)), submitted.extendedReview);
  const due = stages.find((stage) => stage.actor === 'INSTITUTION') ?? stages[stages.length - 1];
  await em.execute(
    `insert into "prison"."review_case" (id, application_id, inmate_id, prison_id, status, submitted_at, rule_pack, due_on, calendar_missing, extended, priority)
     values (gen_random_uuid(), ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?) on conflict (application_id) do nothing`,
    [submitted.applicationId, inmate.id, inmate.prison.id, submitted.submittedAt, pack.code, due.due, due.calendarMissing, submitted.extendedReview, submitted.priority ?? false], 'run');
}

/** GD-26: a rejection carries its reason, one from the pack's list ("other" written out). */
function requirePackReason(pack: RulePack, decision: Decision): void {
  const verdict = checkRejectionReason(pack, decision.reasonAbout ?? 'inmate', decision.reasonCode ?? '', decision.reason);
  if (!verdict.allowed) throw badInput(verdict.reason, 'reasonCode');
}

function reasonText(pack: RulePack, decision: Decision): string {
  const listed = pack.rejectionReasons[decision.reasonAbout ?? 'inmate'].find((reason) => reason.code === decision.reasonCode);
  return [listed?.label, decision.reason?.trim()].filter(Boolean).join('：');
}

export interface Decision {
  applicationId: string;
  approve: boolean;
  /** A rejection names one of the pack's reasons, about the subject or a visitor (GD-23..25, YN-15, SX-9). */
  reasonCode?: string | null;
  reasonAbout?: 'inmate' | 'visitor';
  reason?: string | null;
}

/**
 * GD-21 the subject's institution decides. The update is conditional on PENDING, so two
 * reviewers pressing at once give one decision and one CONFLICT, never two decisions.
 */
export async function decideReview(em: EntityManager, identity: Identity & { tenantId: string; accountId: string }, decision: Decision): Promise<ReviewCase> {
  if ((decision.reason?.length ?? 0) > 500) throw badInput('理由不得超过500字 (Reason is limited to 500 characters)', 'reason');
  if (!isUuid(decision.applicationId)) throw notFound('审批 Review case');
  return em.transactional(async (tx) => {
    const found = await tx.findOne(ReviewCase, { applicationId: decision.applicationId });
    if (!found) throw notFound('审批 Review case');
    if (found.prisonId !== identity.tenantId) throw forbidden();
    if (!decision.approve) requirePackReason(rulePack(found.rulePack), decision);
    const decidedAt = new Date();
    const status = decision.approve ? ReviewStatus.APPROVED : ReviewStatus.REJECTED;
    const updated = await tx.nativeUpdate(ReviewCase,
      { id: found.id, status: ReviewStatus.PENDING },
      { status, decidedAt, decidedBy: identity.accountId, reason: decision.reason ?? null, reasonCode: decision.approve ? null : decision.reasonCode });
    if (updated !== 1) throw domainError(ErrorCode.CONFLICT, '该申请已被审批 (This application has already been decided)');
    const payload: ReviewDecided = {
      applicationId: found.applicationId, approved: decision.approve, reason: decision.approve ? null : reasonText(rulePack(found.rulePack), decision),
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
