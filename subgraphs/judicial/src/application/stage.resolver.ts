import { RejectionReasonOption, requireStaff, visitorRejectionOptions, type SubgraphContext } from '@rv/kit';
import { CASE_ROLES, TenantKind, rulePack } from '@rv/schema';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CountyBureau } from '../bureau/bureau.entity.js';
import { Application } from './application.entity.js';
import { forwardApplication, notifyFamily, preReview } from './stage.service.js';

const VENUES = [TenantKind.COUNTY_BUREAU, TenantKind.JUDICIAL_OFFICE];

function staffOf(ctx: SubgraphContext) {
  requireStaff(ctx.identity, VENUES, CASE_ROLES);
  return { ...ctx.identity, accountId: ctx.identity.accountId! };
}

@Resolver(() => Application)
export class StageResolver {
  @Query(() => [Application], { description: "YN-8: applications waiting for the caller's office or bureau (first check, review or notice), by due day" })
  async preReviewQueue(@Ctx() ctx: SubgraphContext): Promise<Application[]> {
    const staff = staffOf(ctx);
    const offices = await ctx.em.find(CountyBureau, { parentBureauId: staff.tenantId });
    const venues = [staff.tenantId, ...offices.map((office) => office.id)];
    return ctx.em.find(Application, {
      venue: { $in: venues },
      stage: { $in: staff.tenantKind === TenantKind.JUDICIAL_OFFICE ? ['JUDICIAL_OFFICE', 'BUREAU_NOTIFY'] : ['JUDICIAL_OFFICE', 'COUNTY_BUREAU', 'BUREAU_NOTIFY'] },
    }, { orderBy: { stageDueOn: 'asc' }, limit: 200, populate: ['serviceDay', 'venue'] });
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
  preReviewReasons(@Root() application: Application): RejectionReasonOption[] {
    return visitorRejectionOptions(rulePack(application.rulePack));
  }

  @Mutation(() => Application, { description: 'YN-8(3): the bureau has told the family the institution’s reply' })
  notifyFamily(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<Application> {
    return notifyFamily(ctx.em, staffOf(ctx), id);
  }
}
