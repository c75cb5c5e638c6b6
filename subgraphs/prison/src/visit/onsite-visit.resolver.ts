import { recordEvent, requireStaff, type SubgraphContext } from '@rv/kit';
import { StaffRole, TenantKind, Topic, audience, badInput, chinaDate, forbidden, isUuid, notFound, type OnsiteVisitRecorded } from '@rv/schema';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Inmate } from '../inmate/inmate.entity.js';
import { OnsiteVisit } from './onsite-visit.entity.js';

const GATE = [StaffRole.INTAKE_CLERK, StaffRole.MONITOR, StaffRole.SUPERVISOR];

@Resolver(() => OnsiteVisit)
export class OnsiteVisitResolver {
  @Mutation(() => OnsiteVisit, { description: 'Log an on-site visit; it counts against the monthly allowance shared with remote meetings (GD-11, SX-3)' })
  async recordOnsiteVisit(
    @Ctx() ctx: SubgraphContext,
    @Arg('inmateId', () => ID) inmateId: string,
    @Arg('visitors', () => Int) visitors: number,
  ): Promise<OnsiteVisit> {
    requireStaff(ctx.identity, [TenantKind.PRISON], GATE);
    if (!Number.isInteger(visitors) || visitors < 1 || visitors > 20) throw badInput('会见人数应为1至20 (Visitors must be 1 to 20)', 'visitors');
    const prisonId = ctx.identity.tenantId;
    const accountId = ctx.identity.accountId!;
    return ctx.em.transactional(async (tx) => {
      const inmate = isUuid(inmateId) ? await tx.findOne(Inmate, { id: inmateId }) : null;
      if (!inmate) throw notFound('inmate');
      if (inmate.prison.id !== prisonId) throw forbidden();
      const visit = tx.create(OnsiteVisit, { inmate, visitDate: chinaDate(new Date()), visitors, recordedBy: accountId, recordedAt: new Date() });
      await tx.flush();
      const payload: OnsiteVisitRecorded = { subjectId: inmate.id, visitDate: visit.visitDate };
      await recordEvent(tx, 'prison', { topic: Topic.ONSITE_VISIT_RECORDED, aggregateType: 'OnsiteVisit', aggregateId: visit.id, audience: [audience.tenant(prisonId)], payload });
      return visit;
    });
  }

  @Query(() => [OnsiteVisit], { description: "An inmate's on-site visits, newest first" })
  onsiteVisits(@Ctx() ctx: SubgraphContext, @Arg('inmateId', () => ID) inmateId: string): Promise<OnsiteVisit[]> {
    requireStaff(ctx.identity, [TenantKind.PRISON], GATE);
    if (!isUuid(inmateId)) return Promise.resolve([]);
    return ctx.em.find(OnsiteVisit, { inmate: { id: inmateId, prison: ctx.identity.tenantId } }, { orderBy: { recordedAt: 'desc' }, limit: 100 });
  }
}
