import {
  RejectionReasonOption, findingType, rejectionOptions,
  EligibilityFindingType, ReasonAbout, decideReview, isDueToday, isOverdue, openReview, prioritizeReview, requireStaff,
  type EntityManager, type ReviewTable, type SubgraphContext,
} from '@rv/kit';
import { CASE_ROLES, StaffRole, TenantKind, chinaDate, detaineeEligibility, forbidden, isUuid, notFound, rulePack, type ApplicationPrioritized, type ApplicationSubmitted, type OutboxEvent } from '@rv/schema';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Detainee } from '../detainee/detainee.entity.js';
import { DetaineeReview } from './detainee-review.entity.js';

export const DETAINEE_REVIEWS: ReviewTable = { schema: 'detox', subjectColumn: 'detainee_id', institutionColumn: 'centre_id', subjectReasons: 'detainee' };
const REVIEW_ROLES = [StaffRole.REVIEWER, StaffRole.SUPERVISOR];

/** application.submitted for a detainee → the detainee's centre opens its review. */
export async function openDetaineeReview(em: EntityManager, event: OutboxEvent<ApplicationSubmitted>): Promise<void> {
  if (event.payload.subjectKind !== 'DETAINEE') return;
  const detainee = await em.findOne(Detainee, { id: event.payload.subjectId }, { populate: ['centre'] });
  if (!detainee) return;
  await openReview(em, DETAINEE_REVIEWS, event.payload, { id: detainee.id, institutionId: detainee.centre.id, rulePack: detainee.centre.rulePack });
}

/** GD-4: the bureau put an application first. */
export async function prioritizeDetaineeReview(em: EntityManager, event: OutboxEvent<ApplicationPrioritized>): Promise<void> {
  await prioritizeReview(em, DETAINEE_REVIEWS, event.payload);
}

@Resolver(() => DetaineeReview)
export class DetaineeReviewResolver {
  @Query(() => [DetaineeReview], { description: "The caller's centre's pending reviews: priority first, then by due day" })
  detaineeReviewQueue(@Ctx() ctx: SubgraphContext, @Arg('limit', () => Int, { defaultValue: 100 }) limit = 100): Promise<DetaineeReview[]> {
    requireStaff(ctx.identity, [TenantKind.DETOX_CENTRE], REVIEW_ROLES);
    return ctx.em.find(DetaineeReview, { centreId: ctx.identity.tenantId, status: 'PENDING' },
      { orderBy: { priority: 'desc', dueOn: 'asc', submittedAt: 'asc' }, limit: Math.min(limit, 500), populate: ['detainee'] });
  }

  @Mutation(() => DetaineeReview, { description: 'Approve or reject an application for a detainee (GD-21, GD-25)' })
  async decideDetaineeReview(
    @Ctx() ctx: SubgraphContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('approve') approve: boolean,
    @Arg('reasonCode', () => String, { nullable: true }) reasonCode?: string,
    @Arg('reasonAbout', () => ReasonAbout, { nullable: true, defaultValue: ReasonAbout.SUBJECT }) reasonAbout?: ReasonAbout,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
    @Arg('meetingTime', () => String, { nullable: true, description: 'YN-8(3): the meeting time, HH:MM (required to approve under YN)' }) meetingTime?: string,
  ): Promise<DetaineeReview> {
    requireStaff(ctx.identity, [TenantKind.DETOX_CENTRE], REVIEW_ROLES);
    const id = await decideReview(ctx.em, DETAINEE_REVIEWS, { ...ctx.identity, accountId: ctx.identity.accountId! },
      { applicationId, approve, reasonCode, reasonAbout: reasonAbout === ReasonAbout.VISITOR ? 'visitor' : 'subject', reason, meetingTime });
    return ctx.em.fork().findOneOrFail(DetaineeReview, { id }, { populate: ['detainee'] });
  }

  @Query(() => [DetaineeReview], { description: 'GD-26: the brigade’s notice of approved meetings of its detainees, from a day on (default today)' })
  brigadeMeetings(
    @Ctx() ctx: SubgraphContext,
    @Arg('brigade', () => Int) brigade: number,
    @Arg('from', () => String, { nullable: true }) from?: string,
  ): Promise<DetaineeReview[]> {
    requireStaff(ctx.identity, [TenantKind.DETOX_CENTRE], CASE_ROLES);
    return ctx.em.find(DetaineeReview,
      { centreId: ctx.identity.tenantId, status: 'APPROVED', serviceDate: { $gte: from ?? chinaDate(new Date()) }, detainee: { brigade } },
      { orderBy: { serviceDate: 'asc', decidedAt: 'asc' }, limit: 500, populate: ['detainee'] });
  }

  @Query(() => DetaineeReview, { description: "One of the caller's centre's review cases" })
  async detaineeReview(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<DetaineeReview> {
    requireStaff(ctx.identity, [TenantKind.DETOX_CENTRE], REVIEW_ROLES);
    const found = isUuid(id) ? await ctx.em.findOne(DetaineeReview, { id }, { populate: ['detainee'] }) : null;
    if (!found) throw notFound('review');
    if (found.centreId !== ctx.identity.tenantId) throw forbidden();
    return found;
  }

  @FieldResolver(() => Boolean)
  overdue(@Root() review: DetaineeReview): boolean {
    return isOverdue(review.status, review.dueOn);
  }

  @FieldResolver(() => Boolean)
  dueToday(@Root() review: DetaineeReview): boolean {
    return isDueToday(review.status, review.dueOn);
  }

  @FieldResolver(() => [EligibilityFindingType], { description: 'GD-25: why the detainee cannot meet, from their status' })
  async eligibility(@Root() review: DetaineeReview, @Ctx() ctx: SubgraphContext): Promise<EligibilityFindingType[]> {
    const detainee = await ctx.em.findOneOrFail(Detainee, { id: review.detainee.id });
    return detaineeEligibility(rulePack(review.rulePack), detainee).map(findingType);
  }

  @FieldResolver(() => [RejectionReasonOption], { description: 'The reasons this case may be rejected for, from its pack (GD-23, GD-25)' })
  rejectionReasons(@Root() review: DetaineeReview): RejectionReasonOption[] {
    return rejectionOptions(rulePack(review.rulePack), 'detainee');
  }
}
