import { requireStaff, type SubgraphContext } from '@rv/kit';
import { StaffRole, TenantKind } from '@rv/schema';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Sanction, SanctionSeverity } from './sanction.entity.js';
import { imposeSanction, sanctionsOf } from './sanction.service.js';

const SANCTIONERS = [StaffRole.SUPERVISOR, StaffRole.REVIEWER];

@Resolver(() => Sanction)
export class SanctionResolver {
  @Mutation(() => Sanction, { description: "Suspend an inmate's remote meetings for misconduct (GD-33, YN-17, SX-10)" })
  suspendInmateEligibility(
    @Ctx() ctx: SubgraphContext,
    @Arg('inmateId', () => ID) inmateId: string,
    @Arg('months', () => Int) months: number,
    @Arg('reason') reason: string,
    @Arg('severity', () => SanctionSeverity, { defaultValue: SanctionSeverity.ORDINARY }) severity: SanctionSeverity,
  ): Promise<Sanction> {
    requireStaff(ctx.identity, [TenantKind.PRISON], SANCTIONERS);
    return imposeSanction(ctx.em, { ...ctx.identity, accountId: ctx.identity.accountId! }, { inmateId, months, reason, severity });
  }

  @Query(() => [Sanction], { description: "The caller's prison's sanctions on one inmate" })
  inmateSanctions(@Ctx() ctx: SubgraphContext, @Arg('inmateId', () => ID) inmateId: string): Promise<Sanction[]> {
    requireStaff(ctx.identity, [TenantKind.PRISON], [...SANCTIONERS, StaffRole.MONITOR]);
    return sanctionsOf(ctx.em, ctx.identity.tenantId, inmateId);
  }
}
