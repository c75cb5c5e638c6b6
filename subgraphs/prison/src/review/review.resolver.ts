import { createReviewResolver } from '@rv/kit';
import { TenantKind, inmateEligibility, rulePack } from '@rv/schema';
import { loadInmates } from '../inmate/inmate.resolver.js';
import { InmateReview } from './inmate-review.entity.js';
import { decideReview } from './review.service.js';

/** inmateReviewQueue, inmateReviewPage, inmateReview(id), decideInmateReview, wardMeetings(ward): the kit's review API for a prison. */
export const ReviewResolver = createReviewResolver({
  kind: 'inmate',
  entity: InmateReview,
  tenantKind: TenantKind.PRISON,
  institutionProperty: 'prisonId',
  subjectProperty: 'inmate',
  subjectNumberProperty: 'inmateNumber',
  notice: { name: 'wardMeetings', arg: 'ward', subjectFilter: (ward) => ({ ward: { number: ward } }) },
  async findings(ctx, review, date) {
    const inmate = await loadInmates(ctx).load(review.inmate.id);
    return inmate ? inmateEligibility(rulePack(review.rulePack), inmate, date) : [];
  },
  decide: decideReview,
});
