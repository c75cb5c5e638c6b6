import {
  SanctionSeverity,
  decideReviewAndStop,
  applicationFollower,
  prioritizeReview,
  recheckReviewSubject,
  reviewOpener,
  type Decision,
  type EntityManager,
  type Reviewer,
  type ReviewTable,
} from '@rv/kit';
import { detaineeEligibility, type ApplicationPrioritized, type OutboxEvent } from '@rv/schema';
import { Detainee } from '../detainee/detainee.entity.js';
import { imposeDetaineeSanction } from '../sanction/detainee-sanction.service.js';

export const DETAINEE_REVIEWS: ReviewTable = {
  schema: 'detox',
  subjectColumn: 'detainee_id',
  institutionColumn: 'centre_id',
  subjectTable: 'detainee',
  institutionTable: 'detox_centre',
  subjectReasons: 'detainee',
  // GD-25: the detainee's status (no dated periods: what holds now holds on the meeting day).
  async eligibility(em, subjectId, pack) {
    const detainee = await em.findOne(Detainee, { id: subjectId });
    return detainee ? detaineeEligibility(pack, detainee) : [];
  },
};

/** application.submitted for a detainee → the detainee's centre opens its review. */
export const openDetaineeReview = reviewOpener(DETAINEE_REVIEWS, 'DETAINEE');

/** GD-4: the bureau put an application first. */
export async function prioritizeDetaineeReview(em: EntityManager, event: OutboxEvent<ApplicationPrioritized>): Promise<void> {
  await prioritizeReview(em, DETAINEE_REVIEWS, event.payload);
}

/** application.changed: a withdrawal closes the case (WITHDRAWN); an application ended on the day leaves the brigade notice. */
export const followDetaineeApplication = applicationFollower(DETAINEE_REVIEWS, 'DETAINEE');

/** GD-25: after a change of the detainee's status, approved meetings the detainee may no longer have are stopped. */
export function recheckSubject(em: EntityManager, detaineeId: string): Promise<number> {
  return recheckReviewSubject(em, DETAINEE_REVIEWS, detaineeId);
}

/** GD-21: the centre decides; SX-8(1) where a pack says so, as at a prison. */
export function decideDetaineeReview(em: EntityManager, staff: Reviewer, decision: Decision & { stopMonths?: number | null }): Promise<string> {
  return decideReviewAndStop(em, DETAINEE_REVIEWS, staff, decision, async (tx, detaineeId, months, rule) => {
    await imposeDetaineeSanction(tx, staff, {
      detaineeId,
      severity: SanctionSeverity.ORDINARY,
      months,
      reason: '',
      reasonKeyed: { key: 'review.falseInformationStop', params: { rule } },
    });
  });
}
