import { requireStaff, type SubgraphContext } from '@rv/kit';
import { StaffRole, TenantKind } from '@rv/schema';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ReviewCase, ReviewStatus } from './review-case.entity.js';
import { decideReview } from './review.service.js';

const REVIEW_ROLES = [StaffRole.REVIEWER, StaffRole.SUPERVISOR];

@Resolver(() => ReviewCase)
export class ReviewResolver {
  @Query(() => [ReviewCase], { description: "The caller's prison's pending reviews, oldest first" })
  async reviewQueue(
    @Ctx() ctx: SubgraphContext,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit = 100,
  ): Promise<ReviewCase[]> {
    requireStaff(ctx.identity, [TenantKind.PRISON], REVIEW_ROLES);
    return ctx.em.find(ReviewCase,
      { prisonId: ctx.identity.tenantId, status: ReviewStatus.PENDING },
      { orderBy: { submittedAt: 'asc' }, limit: Math.min(limit, 500), populate: ['inmate'] });
  }

  @Mutation(() => ReviewCase, { description: 'Approve or reject an application (GD-21)' })
  async decideReview(
    @Ctx() ctx: SubgraphContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('approve') approve: boolean,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ): Promise<ReviewCase> {
    requireStaff(ctx.identity, [TenantKind.PRISON], REVIEW_ROLES);
    return decideReview(ctx.em, { ...ctx.identity, accountId: ctx.identity.accountId! }, { applicationId, approve, reason });
  }
}
