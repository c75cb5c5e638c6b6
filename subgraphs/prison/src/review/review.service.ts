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
import { inmateEligibility, type ApplicationPrioritized, type OutboxEvent } from '@rv/schema';
import { Inmate } from '../inmate/inmate.entity.js';
import { imposeSanction } from '../sanction/sanction.service.js';

export const INMATE_REVIEWS: ReviewTable = {
  schema: 'prison',
  subjectColumn: 'inmate_id',
  institutionColumn: 'prison_id',
  subjectTable: 'inmate',
  institutionTable: 'prison',
  subjectReasons: 'inmate',
  // GD-24 / YN-15 / SX-9: the inmate's custody status, periods counted back from the meeting day.
  async eligibility(em, subjectId, pack, meetingDate) {
    const inmate = await em.findOne(Inmate, { id: subjectId });
    return inmate ? inmateEligibility(pack, inmate, meetingDate) : [];
  },
};

/** application.submitted for an inmate → the inmate's prison opens its review (deadline per pack). */
export const openReviewCase = reviewOpener(INMATE_REVIEWS, 'INMATE');

/** GD-4: the bureau put an application first. */
export async function prioritizeReviewCase(em: EntityManager, event: OutboxEvent<ApplicationPrioritized>): Promise<void> {
  await prioritizeReview(em, INMATE_REVIEWS, event.payload);
}

/** application.changed: a withdrawal closes the case (WITHDRAWN); an application ended on the day leaves the ward notice. */
export const followInmateApplication = applicationFollower(INMATE_REVIEWS, 'INMATE');

/**
 * GD-24 / YN-15(5) / SX-9: after a change of the inmate's custody status, the approved meetings the
 * inmate may no longer have on their day are stopped. The custody-change API calls this in its transaction.
 */
export function recheckSubject(em: EntityManager, inmateId: string): Promise<number> {
  return recheckReviewSubject(em, INMATE_REVIEWS, inmateId);
}

/** GD-21: the prison decides; SX-8(1): a visitor's false information also stops the inmate's later meetings. */
export function decideReview(em: EntityManager, staff: Reviewer, decision: Decision & { stopMonths?: number | null }): Promise<string> {
  return decideReviewAndStop(em, INMATE_REVIEWS, staff, decision, async (tx, inmateId, months, rule) => {
    await imposeSanction(tx, staff, {
      inmateId,
      severity: SanctionSeverity.ORDINARY,
      months,
      reason: '',
      reasonKeyed: { key: 'review.falseInformationStop', params: { rule } },
    });
  });
}
