import {
  CASE_ROLES,
  StaffRole,
  chinaDate,
  clock,
  daysBetween,
  forbidden,
  isUuid,
  notFound,
  rulePack,
  type EligibilityFinding,
  type TenantKind,
} from '@rv/schema';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType, type ClassType } from 'type-graphql';
import { requireStaff } from './auth.js';
import { escapeLike } from './database.js';
import { isDueToday, isOverdue, type Decision } from './review.js';
import { ReviewStatus, type ReviewCaseBase } from './review.entity.js';
import { EligibilityFindingType, ReasonAbout, RejectionReasonOption, findingType, rejectionOptions } from './review.types.js';
import type { SubgraphContext } from './server.js';

const REVIEW_ROLES = [StaffRole.REVIEWER, StaffRole.SUPERVISOR];

/** GD-22: where a case stands against its due day (today in China Standard Time). */
export enum ReviewStage {
  OVERDUE = 'OVERDUE',
  DUE_TODAY = 'DUE_TODAY',
  ON_TIME = 'ON_TIME',
}
registerEnumType(ReviewStage, {
  name: 'ReviewStage',
  description: 'GD-22: OVERDUE (past its due day), DUE_TODAY, ON_TIME (due later, or no statutory due day)',
});

/** How a page of the review queue is ordered; `descending` turns the first key round. */
export enum ReviewSort {
  PRIORITY = 'PRIORITY',
  DEADLINE = 'DEADLINE',
  FILED = 'FILED',
  MEETING_DAY = 'MEETING_DAY',
}
registerEnumType(ReviewSort, {
  name: 'ReviewSort',
  description: 'PRIORITY (GD-4 first, then due day: the queue’s own order), DEADLINE (due day), FILED (day the request arrived), MEETING_DAY',
});

const MAX_PAGE = 200;

/** The order of a page: its key first, then the id so pages never overlap. */
function reviewOrder(sort: ReviewSort, descending: boolean): Record<string, string>[] {
  const first = descending ? 'desc nulls last' : 'asc nulls last';
  const keys: Record<ReviewSort, Record<string, string>[]> = {
    [ReviewSort.PRIORITY]: [{ priority: descending ? 'asc' : 'desc' }, { dueOn: 'asc nulls last' }, { submittedAt: 'asc' }],
    [ReviewSort.DEADLINE]: [{ dueOn: first }, { submittedAt: 'asc' }],
    [ReviewSort.FILED]: [{ submittedAt: first }],
    [ReviewSort.MEETING_DAY]: [{ serviceDate: first }, { submittedAt: 'asc' }],
  };
  return [...keys[sort], { id: 'asc' }];
}

/** GD-22's stage as a condition on the due day. */
function stageCondition(stage: ReviewStage, today: string): object {
  if (stage === ReviewStage.OVERDUE) return { dueOn: { $lt: today } };
  if (stage === ReviewStage.DUE_TODAY) return { dueOn: today };
  return { $or: [{ dueOn: { $gt: today } }, { dueOn: null }] };
}

export type Reviewer = { tenantId: string; accountId: string } & SubgraphContext['identity'];

/** What differs between a prison's and a detox centre's review API: names, its entity and subject, its service. */
export interface ReviewApi<T extends ReviewCaseBase> {
  /** Prefix of every name: inmateReviewQueue / detaineeReviewQueue, inmateReview(id) / detaineeReview(id), decideInmateReview / decideDetaineeReview. */
  kind: 'inmate' | 'detainee';
  entity: ClassType<T>;
  tenantKind: TenantKind;
  /** The entity property holding the institution (prisonId, centreId) and the subject relation (inmate, detainee). */
  institutionProperty: string;
  subjectProperty: string;
  /** The subject's own number property (inmateNumber, detaineeNumber): the queue is searched by it too. */
  subjectNumberProperty: string;
  /** GD-26: the unit notice's name and argument (wardMeetings(ward) / brigadeMeetings(brigade)) and how a subject is filtered by it. */
  notice: { name: string; arg: string; subjectFilter: (unit: number) => object };
  /** GD-24 / GD-25 / YN-15 / SX-9: why the case's subject may not meet on a day. */
  findings(ctx: SubgraphContext, review: T, date: string): Promise<EligibilityFinding[]>;
  /** The subgraph's service: decides in one transaction and returns the case id. */
  decide(em: EntityManager, staff: Reviewer, decision: Decision & { stopMonths?: number | null }): Promise<string>;
}

/**
 * One review API for prisons and detox centres (GD-21..GD-26): the queue, one case, the decision and
 * the unit notice, with the same arguments and fields under symmetric names. Thin: the rules are in
 * the service (kit/review.ts) the subgraph's `decide` calls.
 */
export function createReviewResolver<T extends ReviewCaseBase>(api: ReviewApi<T>) {
  const Entity = api.entity;
  const populate = [api.subjectProperty] as never[];
  const Name = api.kind === 'inmate' ? 'Inmate' : 'Detainee';

  @ObjectType(`${Name}ReviewPage`, { description: 'A page of the review queue and how many cases match in all' })
  class ReviewPage {
    @Field(() => Int)
    total!: number;

    @Field(() => [Entity])
    items!: T[];
  }

  @Resolver(() => Entity)
  class ReviewResolver {
    @Query(() => [Entity], {
      name: `${api.kind}ReviewQueue`,
      description: "The caller's institution's pending reviews: priority first, then by due day (GD-4, GD-22)",
    })
    queue(@Ctx() ctx: SubgraphContext, @Arg('limit', () => Int, { defaultValue: 100 }) limit: number): Promise<T[]> {
      requireStaff(ctx.identity, [api.tenantKind], REVIEW_ROLES);
      return ctx.em.find(Entity, { [api.institutionProperty]: ctx.identity.tenantId, status: ReviewStatus.PENDING } as never, {
        orderBy: { priority: 'desc', dueOn: 'asc', submittedAt: 'asc' } as never,
        limit: Math.min(limit, 500),
        populate,
      });
    }

    @Query(() => ReviewPage, {
      name: `${api.kind}ReviewPage`,
      description:
        "The caller's institution's review cases a page at a time with the total: by status (default pending) and GD-22 stage, searched by application number, the subject's name or number, sorted",
    })
    async page(
      @Ctx() ctx: SubgraphContext,
      @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
      @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
      @Arg('status', () => ReviewStatus, { defaultValue: ReviewStatus.PENDING }) status: ReviewStatus,
      @Arg('stage', () => ReviewStage, { nullable: true }) stage: ReviewStage | null,
      @Arg('priorityOnly', { defaultValue: false, description: 'GD-4: only the cases a bureau put first' }) priorityOnly: boolean,
      @Arg('search', () => String, { nullable: true, description: "Part of the application number, or of the subject's name or number" }) search: string | null,
      @Arg('sort', () => ReviewSort, { defaultValue: ReviewSort.PRIORITY }) sort: ReviewSort,
      @Arg('descending', { defaultValue: false }) descending: boolean,
    ): Promise<ReviewPage> {
      requireStaff(ctx.identity, [api.tenantKind], REVIEW_ROLES);
      const conditions: object[] = [{ [api.institutionProperty]: ctx.identity.tenantId, status }];
      if (stage) conditions.push(stageCondition(stage, chinaDate(clock.now())));
      if (priorityOnly) conditions.push({ priority: true });
      const words = search?.trim().slice(0, 64);
      if (words) {
        const like = { $ilike: `%${escapeLike(words)}%` };
        conditions.push({
          $or: [{ applicationNumber: like }, { [api.subjectProperty]: { name: like } }, { [api.subjectProperty]: { [api.subjectNumberProperty]: like } }],
        });
      }
      const [items, total] = await ctx.em.findAndCount(Entity, { $and: conditions } as never, {
        orderBy: reviewOrder(sort, descending) as never,
        limit: Math.min(Math.max(limit, 1), MAX_PAGE),
        offset: Math.max(offset, 0),
        populate,
      });
      return Object.assign(new ReviewPage(), { items, total });
    }

    @Query(() => Entity, { name: `${api.kind}Review`, description: "One of the caller's institution's review cases" })
    async one(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<T> {
      requireStaff(ctx.identity, [api.tenantKind], REVIEW_ROLES);
      const found = isUuid(id) ? await ctx.em.findOne(Entity, { id } as never, { populate }) : null;
      if (!found) throw notFound('review');
      if ((found as unknown as Record<string, string>)[api.institutionProperty] !== ctx.identity.tenantId) throw forbidden();
      return found;
    }

    @Query(() => [Entity], {
      name: api.notice.name,
      description: 'GD-26: the unit’s notice of the approved meetings that will take place, from a day on (default today)',
    })
    notice(
      @Ctx() ctx: SubgraphContext,
      @Arg(api.notice.arg, () => Int) unit: number,
      @Arg('from', () => String, { nullable: true }) from?: string,
    ): Promise<T[]> {
      requireStaff(ctx.identity, [api.tenantKind], CASE_ROLES);
      // Withdrawn and stopped cases are no longer APPROVED; an application ended on the day is closed.
      return ctx.em.find(
        Entity,
        {
          [api.institutionProperty]: ctx.identity.tenantId,
          status: ReviewStatus.APPROVED,
          applicationClosedAs: null,
          serviceDate: { $gte: from ?? chinaDate(clock.now()) },
          [api.subjectProperty]: api.notice.subjectFilter(unit),
        } as never,
        { orderBy: { serviceDate: 'asc', decidedAt: 'asc' } as never, limit: 500, populate },
      );
    }

    @Mutation(() => Entity, {
      name: `decide${Name}Review`,
      description:
        'Approve or reject an application (GD-21); refused for a subject who may not meet on the meeting day (GD-24, GD-25, YN-15, SX-9) or a closed case',
    })
    async decide(
      @Ctx() ctx: SubgraphContext,
      @Arg('applicationId', () => ID) applicationId: string,
      @Arg('approve') approve: boolean,
      @Arg('reasonCode', () => String, { nullable: true, description: "One of the pack's rejection reasons (required to reject)" }) reasonCode?: string,
      @Arg('reasonAbout', () => ReasonAbout, { nullable: true, defaultValue: ReasonAbout.SUBJECT }) reasonAbout?: ReasonAbout,
      @Arg('reason', () => String, { nullable: true, description: 'Written reason; required with OTHER' }) reason?: string,
      @Arg('meetingTime', () => String, { nullable: true, description: 'YN-8(3): the meeting time, HH:MM (required to approve under YN)' })
      meetingTime?: string,
      @Arg('stopMonths', () => Int, { nullable: true, description: 'SX-8(1): with FALSE_IDENTITY, how many months the subject’s later meetings stop' })
      stopMonths?: number,
    ): Promise<T> {
      requireStaff(ctx.identity, [api.tenantKind], REVIEW_ROLES);
      const id = await api.decide(
        ctx.em,
        { ...ctx.identity, accountId: ctx.identity.accountId! },
        { applicationId, approve, reasonCode, reasonAbout: reasonAbout === ReasonAbout.VISITOR ? 'visitor' : 'subject', reason, meetingTime, stopMonths },
      );
      return ctx.em.fork().findOneOrFail(Entity, { id } as never, { populate });
    }

    @FieldResolver(() => Boolean, { description: 'GD-22: past its due day and still pending' })
    overdue(@Root() review: T): boolean {
      return isOverdue(review.status, review.dueOn);
    }

    @FieldResolver(() => String, {
      description: 'The day the request reached the institution (China Standard Time): an SX queue shows the wait, having no statutory due day',
    })
    waitingSince(@Root() review: T): string {
      return chinaDate(review.submittedAt);
    }

    @FieldResolver(() => Int, { description: 'Calendar days the request has waited for a decision (until decided)' })
    waitingDays(@Root() review: T): number {
      return daysBetween(chinaDate(review.submittedAt), chinaDate(review.decidedAt ?? clock.now()));
    }

    @FieldResolver(() => Boolean, { description: 'GD-22: due today and still pending' })
    dueToday(@Root() review: T): boolean {
      return isDueToday(review.status, review.dueOn);
    }

    @FieldResolver(() => [EligibilityFindingType], {
      description: 'Why the subject may not meet on the meeting day, from custody status (GD-24, GD-25, YN-15, SX-9): approval is refused while any',
    })
    async eligibility(@Root() review: T, @Ctx() ctx: SubgraphContext): Promise<EligibilityFindingType[]> {
      return (await api.findings(ctx, review, review.serviceDate ?? chinaDate(clock.now()))).map(findingType);
    }

    @FieldResolver(() => [RejectionReasonOption], {
      description: 'The reasons this case may be rejected for, from its pack (GD-23, GD-24, GD-25, YN-15, SX-9)',
    })
    rejectionReasons(@Root() review: T): RejectionReasonOption[] {
      return rejectionOptions(rulePack(review.rulePack), api.kind);
    }
  }
  return ReviewResolver;
}
