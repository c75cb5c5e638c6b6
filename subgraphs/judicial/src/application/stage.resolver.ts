import { RejectionReasonOption, requireStaff, visitorRejectionOptions, type SubgraphContext, Parent } from '@rv/kit';
import { CASE_ROLES, TenantKind, chinaDate, rulePack, type ReviewActor } from '@rv/schema';
import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { CountyBureau, actingKind } from '../bureau/bureau.entity.js';
import { chinaToday } from '../calendar/today.js';
import { Application, ApplicationStatus } from './application.entity.js';
import { forwardApplication, notifyFamily, preReview } from './stage.service.js';

const VENUES = [TenantKind.COUNTY_BUREAU, TenantKind.JUDICIAL_OFFICE];

function staffOf(ctx: SubgraphContext) {
  requireStaff(ctx.identity, VENUES, CASE_ROLES);
  return { ...ctx.identity, accountId: ctx.identity.accountId! };
}

@ObjectType({ description: 'YN-8: one stage of an application’s review chain' })
class StageStep {
  @Field({ description: 'JUDICIAL_OFFICE, COUNTY_BUREAU, INSTITUTION (the prison or detox centre) or BUREAU_NOTIFY' })
  actor!: string;

  @Field({ description: 'The pack’s rule for the stage' })
  rule!: string;

  @Field({ description: 'DONE, CURRENT, AHEAD or SKIPPED (the chain ended before it)' })
  state!: string;

  @Field(() => String, { nullable: true, description: 'The stage’s due day, where known (the current stage; the institution’s once it decided)' })
  dueOn!: string | null;

  @Field({ description: 'Past its due day without a decision, or decided after it' })
  overdue!: boolean;
}

/** The day the institution's stage was due: while it is there, the current due day; after, the one its review case counted. */
function institutionDueOn(application: Application): string | null {
  return application.stage === 'INSTITUTION' ? application.stageDueOn : application.reviewDueOn;
}

/** YN-8 / GD-21: the institution has not decided by its due day, or decided after it. */
function institutionOverdue(application: Application, today: string): boolean {
  const due = institutionDueOn(application);
  if (!due) return false;
  if (application.stage === 'INSTITUTION' && application.status === ApplicationStatus.SUBMITTED) return due < today;
  return !!application.reviewDueOn && !!application.decidedAt && chinaDate(application.decidedAt) > application.reviewDueOn;
}

@Resolver(() => Application)
export class StageResolver {
  @Query(() => [Application], { description: "YN-8: applications waiting for the caller's office or bureau (first check, review or notice), by due day" })
  async preReviewQueue(@Ctx() ctx: SubgraphContext): Promise<Application[]> {
    const staff = staffOf(ctx);
    const own = await ctx.em.findOne(CountyBureau, { id: staff.tenantId });
    const offices = await ctx.em.find(CountyBureau, { parentBureauId: staff.tenantId });
    const venues = [staff.tenantId, ...offices.map((office) => office.id)];
    // GD-41: a designated judicial office reviews as a county bureau.
    const reviews = own ? actingKind(own) === 'COUNTY_BUREAU' : staff.tenantKind === TenantKind.COUNTY_BUREAU;
    return ctx.em.find(
      Application,
      {
        venue: { $in: venues },
        stage: { $in: reviews ? ['JUDICIAL_OFFICE', 'COUNTY_BUREAU', 'BUREAU_NOTIFY'] : ['JUDICIAL_OFFICE', 'BUREAU_NOTIFY'] },
      },
      { orderBy: { stageDueOn: 'asc' }, limit: 200, populate: ['serviceDay', 'venue'] },
    );
  }

  @Mutation(() => Application, { description: 'YN-8: the judicial office’s first check; forwards to the county bureau (it cannot reject)' })
  forwardApplication(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<Application> {
    return forwardApplication(ctx.em, staffOf(ctx), id);
  }

  @Mutation(() => Application, { description: 'YN-8: the county bureau’s review; approval sends it to the institution, rejection says why' })
  preReview(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('approve') approve: boolean,
    @Arg('reasonCode', () => String, { nullable: true }) reasonCode?: string,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ): Promise<Application> {
    return preReview(ctx.em, staffOf(ctx), id, approve, reasonCode, reason);
  }

  @FieldResolver(() => [RejectionReasonOption], { description: 'YN-8: the reasons a county bureau’s review may reject for (about a visitor), from the pack' })
  preReviewReasons(@Parent() application: Application): RejectionReasonOption[] {
    return visitorRejectionOptions(rulePack(application.rulePack));
  }

  @Mutation(() => Application, { description: 'YN-8(3): the bureau has told the family the institution’s reply' })
  notifyFamily(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<Application> {
    return notifyFamily(ctx.em, staffOf(ctx), id);
  }

  @FieldResolver(() => Boolean, { description: 'The current stage is past its due day (GD-22, YN-8)' })
  stageOverdue(@Parent() application: Application): boolean {
    return application.stage !== 'DONE' && !!application.stageDueOn && application.stageDueOn < chinaToday();
  }

  @FieldResolver(() => String, { nullable: true, description: 'YN-8 / GD-21: the day the institution’s decision is (or was) due' })
  institutionDueOn(@Parent() application: Application): string | null {
    return institutionDueOn(application);
  }

  @FieldResolver(() => Boolean, { description: 'YN-8 / GD-21: the institution is past its due day, or decided after it; the family’s bureau follows it' })
  institutionOverdue(@Parent() application: Application): boolean {
    return institutionOverdue(application, chinaToday());
  }

  @FieldResolver(() => [StageStep], { description: 'YN-8: the review chain of the pack, the institution’s stage included, with where the application is' })
  timeline(@Parent() application: Application): StageStep[] {
    const today = chinaToday();
    const stages = rulePack(application.rulePack).review.stages.filter(
      (stage) => stage.actor !== 'JUDICIAL_OFFICE' || (application.venue && actingKind(application.venue) === 'JUDICIAL_OFFICE'),
    );
    const current = stages.findIndex((stage) => stage.actor === application.stage);
    // Once the chain is done, the stages after the last one reached were never needed (a bureau's rejection).
    const reached =
      current >= 0
        ? current
        : application.reviewDueOn || !stages.some((stage) => stage.actor !== 'INSTITUTION')
          ? stages.length
          : stages.findIndex((stage) => stage.actor === 'INSTITUTION');
    return stages.map((stage, index) => {
      const state = index < reached ? 'DONE' : index === current ? 'CURRENT' : current >= 0 ? 'AHEAD' : 'SKIPPED';
      const dueOn = state === 'CURRENT' ? application.stageDueOn : stage.actor === 'INSTITUTION' ? institutionDueOn(application) : null;
      const overdue = stage.actor === 'INSTITUTION' ? institutionOverdue(application, today) : state === 'CURRENT' && !!dueOn && dueOn < today;
      return { actor: stage.actor as ReviewActor, rule: stage.rule, state, dueOn: state === 'AHEAD' || state === 'SKIPPED' ? null : dueOn, overdue };
    });
  }
}
