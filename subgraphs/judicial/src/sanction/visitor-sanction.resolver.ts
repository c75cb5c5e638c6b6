import { requireStaff, type SubgraphContext } from '@rv/kit';
import { ruleError, CASE_ROLES, StaffRole, TenantKind, badInput, checkSanctionMonths, domainError, ErrorCode, forbidden, INSTITUTION_KINDS, isUuid, notFound, rulePack, suspensionEndsOn } from '@rv/schema';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Application } from '../application/application.entity.js';
import { chinaToday } from '../calendar/today.js';
import { VisitorSanction } from './visitor-sanction.entity.js';

@Resolver(() => VisitorSanction)
export class VisitorSanctionResolver {
  @Mutation(() => VisitorSanction, { description: 'GD-33: the bureau recommends suspending a visitor for misconduct; the institution decides' })
  async recommendVisitorSuspension(
    @Ctx() ctx: SubgraphContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('idNumber') idNumber: string,
    @Arg('months', () => Int) months: number,
    @Arg('reason') reason: string,
  ): Promise<VisitorSanction> {
    requireStaff(ctx.identity, [TenantKind.COUNTY_BUREAU, TenantKind.JUDICIAL_OFFICE], [StaffRole.SUPERVISOR, StaffRole.INTAKE_CLERK]);
    if (!reason.trim() || reason.length > 500) throw badInput('须写明事由（500字以内） (A reason of at most 500 characters is required)', 'reason');
    const application = isUuid(applicationId) ? await ctx.em.findOne(Application, { id: applicationId }, { populate: ['venue'] }) : null;
    if (!application) throw notFound('application');
    if (application.venue?.id !== ctx.identity.tenantId) throw forbidden();
    const visitor = application.visitors.find((candidate) => candidate.idNumber === idNumber);
    if (!visitor) throw badInput('此人不在该申请的会见人名单中 (Not a visitor on this application)', 'idNumber');
    const verdict = checkSanctionMonths(rulePack(application.rulePack), 'ordinary', months);
    if (!verdict.allowed) throw ruleError(verdict, ErrorCode.BAD_USER_INPUT, { field: 'months' });
    const recommendation = ctx.em.create(VisitorSanction, {
      applicationId, subjectId: application.subjectId, institutionId: application.institutionId, venueId: ctx.identity.tenantId,
      visitorIdNumber: idNumber, visitorName: visitor.name, months, reason: reason.trim(), status: 'RECOMMENDED', endsOn: null, recommendedAt: new Date(),
    } as unknown as VisitorSanction);
    await ctx.em.flush();
    return recommendation;
  }

  @Query(() => [VisitorSanction], { description: "GD-33: recommendations for the caller's institution (or made by the caller's bureau)" })
  visitorSanctions(@Ctx() ctx: SubgraphContext): Promise<VisitorSanction[]> {
    requireStaff(ctx.identity, [...INSTITUTION_KINDS, TenantKind.COUNTY_BUREAU, TenantKind.JUDICIAL_OFFICE], CASE_ROLES);
    const own = INSTITUTION_KINDS.includes(ctx.identity.tenantKind) ? { institutionId: ctx.identity.tenantId } : { venueId: ctx.identity.tenantId };
    return ctx.em.find(VisitorSanction, own, { orderBy: { recommendedAt: 'desc' }, limit: 200 });
  }

  @Mutation(() => VisitorSanction, { description: 'GD-33: the institution accepts (the visitor may not meet this subject remotely until it ends) or declines' })
  async decideVisitorSuspension(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string, @Arg('accept') accept: boolean): Promise<VisitorSanction> {
    requireStaff(ctx.identity, INSTITUTION_KINDS, [StaffRole.SUPERVISOR, StaffRole.REVIEWER]);
    const recommendation = isUuid(id) ? await ctx.em.findOne(VisitorSanction, { id }) : null;
    if (!recommendation) throw notFound('recommendation');
    if (recommendation.institutionId !== ctx.identity.tenantId) throw forbidden();
    const changed = await ctx.em.nativeUpdate(VisitorSanction, { id, status: 'RECOMMENDED' },
      { status: accept ? 'ACCEPTED' : 'DECLINED', endsOn: accept ? suspensionEndsOn(chinaToday(), recommendation.months) : null });
    if (!changed) throw domainError(ErrorCode.CONFLICT, '该建议已处理 (Already decided)');
    await ctx.em.refresh(recommendation);
    return recommendation;
  }
}
