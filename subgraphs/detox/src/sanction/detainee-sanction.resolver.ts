import { SanctionSeverity, checkSanction, recordEvent, requireStaff, type SubgraphContext } from '@rv/kit';
import { ruleError,
  ErrorCode, StaffRole, TenantKind, Topic, audience, badInput, chinaDate, domainError, forbidden, isUuid, notFound, rulePack, suspensionEndsOn,
  type OnsiteVisitRecorded, type SanctionImposed,
} from '@rv/schema';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@rv/kit';
import { Detainee } from '../detainee/detainee.entity.js';
import { DetaineeOnsiteVisit, DetaineeSanction } from './detainee-sanction.entity.js';

const SANCTIONERS = [StaffRole.SUPERVISOR, StaffRole.REVIEWER];
const GATE = [StaffRole.INTAKE_CLERK, StaffRole.MONITOR, StaffRole.SUPERVISOR];

/** The centre's own detainee, or NOT_FOUND / FORBIDDEN. */
async function ownDetainee(em: EntityManager, centreId: string, detaineeId: string): Promise<Detainee> {
  const detainee = isUuid(detaineeId) ? await em.findOne(Detainee, { id: detaineeId }, { populate: ['centre'] }) : null;
  if (!detainee) throw notFound('detainee');
  if (detainee.centre.id !== centreId) throw forbidden();
  return detainee;
}

/** GD-33 and GD-11 at a detox centre, as at a prison: judicial learns of both from the events. */
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
    requireStaff(ctx.identity, [TenantKind.DETOX_CENTRE], SANCTIONERS);
    if (!reason.trim() || reason.length > 500) throw badInput('须写明处理事由（500字以内） (A reason of at most 500 characters is required)', 'reason');
    return ctx.em.transactional(async (tx) => {
      const detainee = await ownDetainee(tx, ctx.identity.tenantId!, detaineeId);
      const verdict = checkSanction(rulePack(detainee.centre.rulePack), severity, months);
      if (!verdict.allowed) throw ruleError(verdict, ErrorCode.BAD_USER_INPUT, { field: 'months' });
      const startsOn = chinaDate(new Date());
      const sanction = tx.create(DetaineeSanction, {
        detainee, severity, months, startsOn, endsOn: suspensionEndsOn(startsOn, months), reason: reason.trim(), rule: verdict.rule,
        imposedBy: ctx.identity.accountId!, imposedAt: new Date(),
      });
      await tx.flush();
      const payload: SanctionImposed = { subjectId: detainee.id, startsOn, endsOn: sanction.endsOn, rule: verdict.rule };
      await recordEvent(tx, 'detox', { topic: Topic.SANCTION_IMPOSED, aggregateType: 'Sanction', aggregateId: sanction.id, audience: [audience.tenant(detainee.centre.id)], payload });
      return sanction;
    });
  }

  @Query(() => [DetaineeSanction], { description: "The caller's centre's sanctions on one detainee, newest first" })
  async detaineeSanctions(@Ctx() ctx: SubgraphContext, @Arg('detaineeId', () => ID) detaineeId: string): Promise<DetaineeSanction[]> {
    requireStaff(ctx.identity, [TenantKind.DETOX_CENTRE], [...SANCTIONERS, StaffRole.MONITOR]);
    const detainee = await ownDetainee(ctx.em, ctx.identity.tenantId!, detaineeId);
    return ctx.em.find(DetaineeSanction, { detainee }, { orderBy: { imposedAt: 'desc' } });
  }

  @Mutation(() => DetaineeOnsiteVisit, { description: 'GD-11: log an on-site visit; it counts against the monthly allowance shared with remote meetings' })
  recordDetaineeOnsiteVisit(@Ctx() ctx: SubgraphContext, @Arg('detaineeId', () => ID) detaineeId: string, @Arg('visitors', () => Int) visitors: number): Promise<DetaineeOnsiteVisit> {
    requireStaff(ctx.identity, [TenantKind.DETOX_CENTRE], GATE);
    if (!Number.isInteger(visitors) || visitors < 1 || visitors > 20) throw badInput('会见人数应为1至20 (Visitors must be 1 to 20)', 'visitors');
    return ctx.em.transactional(async (tx) => {
      const detainee = await ownDetainee(tx, ctx.identity.tenantId!, detaineeId);
      const visit = tx.create(DetaineeOnsiteVisit, { detainee, visitDate: chinaDate(new Date()), visitors, recordedBy: ctx.identity.accountId!, recordedAt: new Date() });
      await tx.flush();
      const payload: OnsiteVisitRecorded = { subjectId: detainee.id, visitDate: visit.visitDate };
      await recordEvent(tx, 'detox', { topic: Topic.ONSITE_VISIT_RECORDED, aggregateType: 'OnsiteVisit', aggregateId: visit.id, audience: [audience.tenant(detainee.centre.id)], payload });
      return visit;
    });
  }

  @Query(() => [DetaineeOnsiteVisit], { description: "A detainee's on-site visits, newest first" })
  async detaineeOnsiteVisits(@Ctx() ctx: SubgraphContext, @Arg('detaineeId', () => ID) detaineeId: string): Promise<DetaineeOnsiteVisit[]> {
    requireStaff(ctx.identity, [TenantKind.DETOX_CENTRE], GATE);
    const detainee = await ownDetainee(ctx.em, ctx.identity.tenantId!, detaineeId);
    return ctx.em.find(DetaineeOnsiteVisit, { detainee }, { orderBy: { recordedAt: 'desc' }, limit: 100 });
  }
}
