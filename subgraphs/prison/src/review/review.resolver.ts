import { EligibilityFindingType, ReasonAbout, findingType, RejectionReasonOption, isDueToday, rejectionOptions, isOverdue, requireStaff, type SubgraphContext } from '@rv/kit';
import { CASE_ROLES, StaffRole, TenantKind, chinaDate, clock, daysBetween, forbidden, inmateEligibility, isUuid, notFound, rulePack } from '@rv/schema';
import { loadInmates } from '../inmate/inmate.resolver.js';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { InmateReview, ReviewStatus } from './inmate-review.entity.js';
import { decideReview } from './review.service.js';

const REVIEW_ROLES = [StaffRole.REVIEWER, StaffRole.SUPERVISOR];


@Resolver(() => InmateReview)
export class ReviewResolver {
  @Query(() => [InmateReview], { description: "The caller's prison's pending reviews: priority first, then by due day (GD-4, GD-22)" })
  async inmateReviewQueue(
    @Ctx() ctx: SubgraphContext,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit = 100,
  ): Promise<InmateReview[]> {
    requireStaff(ctx.identity, [TenantKind.PRISON], REVIEW_ROLES);
    return ctx.em.find(InmateReview,
      { prisonId: ctx.identity.tenantId, status: ReviewStatus.PENDING },
      { orderBy: { priority: 'desc', dueOn: 'asc', submittedAt: 'asc' }, limit: Math.min(limit, 500), populate: ['inmate'] });
  }

  @Query(() => [InmateReview], { description: 'GD-26: the ward’s notice of approved meetings of its inmates, from a day on (default today)' })
  wardMeetings(
    @Ctx() ctx: SubgraphContext,
    @Arg('ward', () => Int) ward: number,
    @Arg('from', () => String, { nullable: true }) from?: string,
  ): Promise<InmateReview[]> {
    requireStaff(ctx.identity, [TenantKind.PRISON], CASE_ROLES);
    return ctx.em.find(InmateReview,
      { prisonId: ctx.identity.tenantId, status: ReviewStatus.APPROVED, serviceDate: { $gte: from ?? chinaDate(new Date()) }, inmate: { ward: { number: ward } } },
      { orderBy: { serviceDate: 'asc', decidedAt: 'asc' }, limit: 500, populate: ['inmate'] });
  }

  @Query(() => InmateReview, { description: "One of the caller's prison's review cases" })
  async inmateReview(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<InmateReview> {
    requireStaff(ctx.identity, [TenantKind.PRISON], REVIEW_ROLES);
    const found = isUuid(id) ? await ctx.em.findOne(InmateReview, { id }, { populate: ['inmate'] }) : null;
    if (!found) throw notFound('review');
    if (found.prisonId !== ctx.identity.tenantId) throw forbidden();
    return found;
  }

  @FieldResolver(() => Boolean, { description: 'GD-22: past its due day and still pending' })
  overdue(@Root() review: InmateReview): boolean {
    return isOverdue(review.status, review.dueOn);
  }

  @FieldResolver(() => String, { description: 'The day the request reached the prison (China Standard Time): an SX queue shows the wait, having no statutory due day' })
  waitingSince(@Root() review: InmateReview): string {
    return chinaDate(review.submittedAt);
  }

  @FieldResolver(() => Int, { description: 'Calendar days the request has waited for a decision (until decided)' })
  waitingDays(@Root() review: InmateReview): number {
    return daysBetween(chinaDate(review.submittedAt), chinaDate(review.decidedAt ?? clock.now()));
  }

  @FieldResolver(() => Boolean, { description: 'GD-22: due today and still pending' })
  dueToday(@Root() review: InmateReview): boolean {
    return isDueToday(review.status, review.dueOn);
  }

  @FieldResolver(() => [EligibilityFindingType], { description: 'Why the subject must not meet on the meeting day, from custody status (GD-24, YN-15, SX-9)' })
  async eligibility(@Root() review: InmateReview, @Ctx() ctx: SubgraphContext): Promise<EligibilityFindingType[]> {
    const inmate = await loadInmates(ctx).load(review.inmate.id);
    if (!inmate) return [];
    // YN-15: judged for the meeting day (periods counted back from it), not the day of review.
    return inmateEligibility(rulePack(review.rulePack), inmate, review.serviceDate ?? chinaDate(clock.now())).map(findingType);
  }

  @FieldResolver(() => [RejectionReasonOption], { description: 'The reasons this case may be rejected for, from its pack (GD-23, GD-24, YN-15, SX-9)' })
  rejectionReasons(@Root() review: InmateReview): RejectionReasonOption[] {
    return rejectionOptions(rulePack(review.rulePack), 'inmate');
  }

  @Mutation(() => InmateReview, { description: 'Approve or reject an application (GD-21)' })
  async decideInmateReview(
    @Ctx() ctx: SubgraphContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('approve') approve: boolean,
    @Arg('reasonCode', () => String, { nullable: true, description: "One of the pack's rejection reasons (required to reject)" }) reasonCode?: string,
    @Arg('reasonAbout', () => ReasonAbout, { nullable: true, defaultValue: ReasonAbout.SUBJECT }) reasonAbout?: ReasonAbout,
    @Arg('reason', () => String, { nullable: true, description: 'Written reason; required with OTHER' }) reason?: string,
    @Arg('meetingTime', () => String, { nullable: true, description: 'YN-8(3): the meeting time, HH:MM (required to approve under YN)' }) meetingTime?: string,
    @Arg('stopMonths', () => Int, { nullable: true, description: 'SX-8(1): with FALSE_IDENTITY, how many months the inmate’s later meetings stop' }) stopMonths?: number,
  ): Promise<InmateReview> {
    requireStaff(ctx.identity, [TenantKind.PRISON], REVIEW_ROLES);
    return decideReview(ctx.em, { ...ctx.identity, accountId: ctx.identity.accountId! },
      { applicationId, approve, reasonCode, reasonAbout: reasonAbout === ReasonAbout.VISITOR ? 'visitor' : 'subject', reason, meetingTime, stopMonths });
  }
}
