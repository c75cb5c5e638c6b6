import { requireStaff, type SubgraphContext } from '@rv/kit';
import { StaffRole, TenantKind } from '@rv/schema';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { OnsiteVisit } from './onsite-visit.entity.js';
import { onsiteVisitsOf, recordOnsiteVisit } from './onsite-visit.service.js';

const GATE = [StaffRole.INTAKE_CLERK, StaffRole.MONITOR, StaffRole.SUPERVISOR];

@Resolver(() => OnsiteVisit)
export class OnsiteVisitResolver {
  @Mutation(() => OnsiteVisit, { description: 'Log an on-site visit; it counts against the monthly allowance shared with remote meetings (GD-11, SX-3)' })
  recordInmateOnsiteVisit(
    @Ctx() ctx: SubgraphContext,
    @Arg('inmateId', () => ID) inmateId: string,
    @Arg('visitors', () => Int) visitors: number,
  ): Promise<OnsiteVisit> {
    requireStaff(ctx.identity, [TenantKind.PRISON], GATE);
    return recordOnsiteVisit(ctx.em, { ...ctx.identity, accountId: ctx.identity.accountId! }, inmateId, visitors);
  }

  @Query(() => [OnsiteVisit], { description: "An inmate's on-site visits, newest first" })
  inmateOnsiteVisits(@Ctx() ctx: SubgraphContext, @Arg('inmateId', () => ID) inmateId: string): Promise<OnsiteVisit[]> {
    requireStaff(ctx.identity, [TenantKind.PRISON], GATE);
    return onsiteVisitsOf(ctx.em, ctx.identity.tenantId, inmateId);
  }
}
