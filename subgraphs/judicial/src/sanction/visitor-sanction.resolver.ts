import { requireStaff, type SubgraphContext } from '@rv/kit';
import { CASE_ROLES, INSTITUTION_KINDS, StaffRole, VENUE_KINDS } from '@rv/schema';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PoliceReferral } from './police-referral.entity.js';
import { VisitorSanction } from './visitor-sanction.entity.js';
import { decideRecommendation, recommendSubjectSuspension, recommendationsFor, recordPoliceReferral } from './visitor-sanction.service.js';

const staffOf = (ctx: SubgraphContext) => ({ ...ctx.identity, tenantId: ctx.identity.tenantId!, accountId: ctx.identity.accountId! });

@Resolver(() => VisitorSanction)
export class VisitorSanctionResolver {
  @Mutation(() => VisitorSanction, {
    description: "GD-33: after a visitor's misconduct the bureau recommends stopping the subject's remote meetings; the institution decides",
  })
  recommendVisitorSuspension(
    @Ctx() ctx: SubgraphContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('idNumber') idNumber: string,
    @Arg('months', () => Int) months: number,
    @Arg('reason') reason: string,
  ): Promise<VisitorSanction> {
    requireStaff(ctx.identity, VENUE_KINDS, [StaffRole.SUPERVISOR, StaffRole.INTAKE_CLERK]);
    return recommendSubjectSuspension(ctx.em, staffOf(ctx), { applicationId, idNumber, months, reason });
  }

  @Query(() => [VisitorSanction], { description: "GD-33: recommendations for the caller's institution (or made by the caller's bureau)" })
  visitorSanctions(@Ctx() ctx: SubgraphContext): Promise<VisitorSanction[]> {
    requireStaff(ctx.identity, [...INSTITUTION_KINDS, ...VENUE_KINDS], CASE_ROLES);
    return recommendationsFor(ctx.em, staffOf(ctx), INSTITUTION_KINDS.includes(ctx.identity.tenantKind));
  }

  @Mutation(() => VisitorSanction, {
    description:
      "GD-33: the institution accepts (the subject's remote meetings stop for the months, recorded as the subject's sanction) or declines; (product) either way it may bar the visitor from this subject's meetings for the period",
  })
  decideVisitorSuspension(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('accept') accept: boolean,
    @Arg('months', () => Int, { nullable: true, description: 'Within the pack’s range; the bureau’s months by default' }) months?: number,
    @Arg('barVisitor', { defaultValue: false }) barVisitor?: boolean,
  ): Promise<VisitorSanction> {
    requireStaff(ctx.identity, INSTITUTION_KINDS, [StaffRole.SUPERVISOR, StaffRole.REVIEWER]);
    return decideRecommendation(ctx.em, staffOf(ctx), id, { accept, months, barVisitor });
  }

  @Mutation(() => PoliceReferral, {
    description: 'GD-33: the visitor’s conduct broke the law and was referred to the police: record who, when, where to and the reference number',
  })
  recordPoliceReferral(
    @Ctx() ctx: SubgraphContext,
    @Arg('recommendationId', () => ID) recommendationId: string,
    @Arg('policeUnit') policeUnit: string,
    @Arg('reference') reference: string,
  ): Promise<PoliceReferral> {
    requireStaff(ctx.identity, [...VENUE_KINDS, ...INSTITUTION_KINDS], [StaffRole.SUPERVISOR, StaffRole.INTAKE_CLERK, StaffRole.REVIEWER]);
    return recordPoliceReferral(ctx.em, staffOf(ctx), recommendationId, policeUnit, reference);
  }

  @FieldResolver(() => PoliceReferral, { nullable: true, description: 'GD-33: the referral to the police, if any' })
  policeReferral(@Root() recommendation: VisitorSanction, @Ctx() ctx: SubgraphContext): Promise<PoliceReferral | null> {
    return ctx.em.findOne(PoliceReferral, { recommendationId: recommendation.id });
  }
}
