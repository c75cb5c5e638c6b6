import { recordEvent, requireStaff, type SubgraphContext } from '@rv/kit';
import {
  StaffRole, TenantKind, Topic, audience, badInput, domainError, ErrorCode, forbidden, isUuid, notFound, rulePack, type ExtraMeetingGranted,
} from '@rv/schema';
import { LockMode } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Prison } from '../prison/prison.entity.js';
import { Inmate } from '../inmate/inmate.entity.js';
import { ExtraMeeting } from './extra-meeting.entity.js';

/** YN-14 / SX-4: the approval chain the prison's pack names for an extra meeting; none under GD (GD-35). */
export function emergencySteps(prison: Prison): string[] {
  return rulePack(prison.rulePack).emergencyMeeting?.steps ?? [];
}

@Resolver(() => ExtraMeeting)
export class ExtraMeetingResolver {
  @Query(() => [ExtraMeeting], { description: "YN-14 / SX-4: the caller's prison's extra-meeting requests, those still waiting first" })
  extraMeetings(@Ctx() ctx: SubgraphContext): Promise<ExtraMeeting[]> {
    requireStaff(ctx.identity, [TenantKind.PRISON], [StaffRole.REVIEWER, StaffRole.SUPERVISOR, StaffRole.ADMIN]);
    return ctx.em.find(ExtraMeeting, { inmate: { prison: ctx.identity.tenantId } },
      { populate: ['inmate', 'inmate.prison'], orderBy: { granted: 'asc', month: 'desc' }, limit: 100 });
  }

  @FieldResolver(() => String, { nullable: true, description: 'The step that approves next (by the pack), or null once granted' })
  nextStep(@Root() request: ExtraMeeting): string | null {
    return request.granted ? null : emergencySteps(request.inmate.prison)[request.approvals.length] ?? null;
  }

  @Mutation(() => ExtraMeeting, { description: 'YN-14 / SX-4: ask for an extra meeting this month for a family emergency' })
  async requestExtraMeeting(
    @Ctx() ctx: SubgraphContext,
    @Arg('inmateId', () => ID) inmateId: string,
    @Arg('month', { description: 'YYYY-MM' }) month: string,
    @Arg('reason') reason: string,
  ): Promise<ExtraMeeting> {
    requireStaff(ctx.identity, [TenantKind.PRISON], [StaffRole.REVIEWER, StaffRole.SUPERVISOR]);
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw badInput('月份格式应为YYYY-MM (Month must be YYYY-MM)', 'month');
    if (!reason.trim() || reason.length > 500) throw badInput('须写明紧急事由（500字以内） (The emergency must be described, at most 500 characters)', 'reason');
    const inmate = isUuid(inmateId) ? await ctx.em.findOne(Inmate, { id: inmateId }, { populate: ['prison'] }) : null;
    if (!inmate) throw notFound('inmate');
    if (inmate.prison.id !== ctx.identity.tenantId) throw forbidden();
    const emergency = rulePack(inmate.prison.rulePack).emergencyMeeting; // YN-14 / SX-4
    if (!emergency) throw domainError(ErrorCode.NOT_ELIGIBLE, '本规则不设紧急加次会见 (These rules have no extra emergency meetings)', { rule: 'GD-35' });
    const request = ctx.em.create(ExtraMeeting, { inmate, month, reason: reason.trim(), approvals: [], stepsRequired: emergency.steps.length, granted: false } as unknown as ExtraMeeting);
    await ctx.em.flush();
    return request;
  }

  @Mutation(() => ExtraMeeting, { description: 'Approve the next step; the last step grants the meeting (each step by a different person)' })
  async approveExtraMeeting(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<ExtraMeeting> {
    requireStaff(ctx.identity, [TenantKind.PRISON], [StaffRole.SUPERVISOR, StaffRole.ADMIN]);
    const staff = { tenantId: ctx.identity.tenantId, accountId: ctx.identity.accountId! };
    return ctx.em.transactional(async (tx) => {
      // Row lock: two approvers at once cannot both be "the last step".
      const request = isUuid(id) ? await tx.findOne(ExtraMeeting, { id }, { populate: ['inmate', 'inmate.prison'], lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!request) throw notFound('extraMeeting');
      if (request.inmate.prison.id !== staff.tenantId) throw forbidden();
      if (request.granted) throw domainError(ErrorCode.CONFLICT, '已批准 (Already granted)');
      if (request.approvals.some((approval) => approval.accountId === staff.accountId))
        throw domainError(ErrorCode.CONFLICT, '每一级须由不同人员审批 (Each step needs a different approver)');
      request.approvals = [...request.approvals, { accountId: staff.accountId, at: new Date().toISOString() }];
      request.granted = request.approvals.length >= request.stepsRequired;
      await tx.flush();
      if (request.granted) {
        const rule = rulePack(request.inmate.prison.rulePack).emergencyMeeting!.rule;
        const payload: ExtraMeetingGranted = { subjectId: request.inmate.id, month: request.month, rule };
        await recordEvent(tx, 'prison', { topic: Topic.EXTRA_MEETING_GRANTED, aggregateType: 'ExtraMeeting', aggregateId: request.id, audience: [audience.tenant(staff.tenantId)], payload });
      }
      return request;
    });
  }
}
