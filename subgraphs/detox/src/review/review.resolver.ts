import { createReviewResolver } from '@rv/kit';
import { TenantKind, detaineeEligibility, rulePack } from '@rv/schema';
import { Detainee } from '../detainee/detainee.entity.js';
import { DetaineeReview } from './detainee-review.entity.js';
import { decideDetaineeReview } from './review.service.js';

/** detaineeReviewQueue, detaineeReviewPage, detaineeReview(id), decideDetaineeReview, brigadeMeetings(brigade): the kit's review API for a detox centre. */
export const DetaineeReviewResolver = createReviewResolver({
  kind: 'detainee',
  entity: DetaineeReview,
  tenantKind: TenantKind.DETOX_CENTRE,
  institutionProperty: 'centreId',
  subjectProperty: 'detainee',
  subjectNumberProperty: 'detaineeNumber',
  notice: { name: 'brigadeMeetings', arg: 'brigade', subjectFilter: (brigade) => ({ brigade }) },
  async findings(ctx, review) {
    const detainee = await ctx.em.findOne(Detainee, { id: review.detainee.id });
    return detainee ? detaineeEligibility(rulePack(review.rulePack), detainee) : [];
  },
  decide: decideDetaineeReview,
});
