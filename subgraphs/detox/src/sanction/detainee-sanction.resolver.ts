import { SanctionSeverity, requireStaff, type SubgraphContext } from '@rv/kit';
import { StaffRole, TenantKind } from '@rv/schema';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { DetaineeOnsiteVisit, DetaineeSanction } from './detainee-sanction.entity.js';
import { detaineeOnsiteVisitsOf, detaineeSanctionsOf, imposeDetaineeSanction, recordDetaineeOnsiteVisit } from './detainee-sanction.service.js';

const SANCTIONERS = [StaffRole.SUPERVISOR, StaffRole.REVIEWER];
const GATE = [StaffRole.INTAKE_CLERK, StaffRole.MONITOR, StaffRole.SUPERVISOR];

function staffOf(ctx: SubgraphContext, roles: StaffRole[]) {
  requireStaff(ctx.identity, [TenantKind.DETOX_CENTRE], roles);
  return { ...ctx.identity, accountId: ctx.identity.accountId! };
}

/** GD-33 and GD-11 at a detox centre, as at a prison: thin, the rules are in the service. */
@Resolver()
export class DetaineeSanctionResolver {
  @Mutation(() => DetaineeSanction, { description: "GD-33: suspend a detainee's remote meetings for misconduct, within the pack's range" })
  suspendDetaineeEligibility(
    @Ctx() ctx: SubgraphContext,
    @Arg('detaineeId', () => ID) detaineeId: string,
    @Arg('months', () => Int) months: number,
    @Arg('reason') reason: string,
    @Arg('severity', () => SanctionSeverity, { defaultValue: SanctionSeverity.ORDINARY }) severity: SanctionSeverity,
  ): Promise<DetaineeSanction> {
    return imposeDetaineeSanction(ctx.em, staffOf(ctx, SANCTIONERS), { detaineeId, months, reason, severity });
  }

  @Query(() => [DetaineeSanction], { description: "The caller's centre's sanctions on one detainee, newest first" })
  detaineeSanctions(@Ctx() ctx: SubgraphContext, @Arg('detaineeId', () => ID) detaineeId: string): Promise<DetaineeSanction[]> {
    return detaineeSanctionsOf(ctx.em, staffOf(ctx, [...SANCTIONERS, StaffRole.MONITOR]).tenantId, detaineeId);
  }

  @Mutation(() => DetaineeOnsiteVisit, { description: 'GD-11: log an on-site visit; it counts against the monthly allowance shared with remote meetings' })
  recordDetaineeOnsiteVisit(
    @Ctx() ctx: SubgraphContext,
    @Arg('detaineeId', () => ID) detaineeId: string,
    @Arg('visitors', () => Int) visitors: number,
  ): Promise<DetaineeOnsiteVisit> {
    return recordDetaineeOnsiteVisit(ctx.em, staffOf(ctx, GATE), detaineeId, visitors);
  }

  @Query(() => [DetaineeOnsiteVisit], { description: "A detainee's on-site visits, newest first" })
  detaineeOnsiteVisits(@Ctx() ctx: SubgraphContext, @Arg('detaineeId', () => ID) detaineeId: string): Promise<DetaineeOnsiteVisit[]> {
    return detaineeOnsiteVisitsOf(ctx.em, staffOf(ctx, GATE).tenantId, detaineeId);
  }
}
