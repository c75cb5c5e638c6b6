import { recordEvent, requireStaff, type SubgraphContext } from '@rv/kit';
import {
  StaffRole,
  TenantKind,
  Topic,
  audience,
  checkExtraMeetings,
  clock,
  ErrorCode,
  ruleError,
  forbidden,
  invalid,
  isUuid,
  keyed,
  notFound,
  rulePack,
  type EmergencyMeeting,
  type ExtraMeetingGranted,
} from '@rv/schema';
import { LockMode } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Prison } from '../prison/prison.entity.js';
import { Inmate } from '../inmate/inmate.entity.js';
import { ExtraMeeting } from './extra-meeting.entity.js';

/** YN-14 / SX-4: the approval chain the prison's pack names for a family emergency (catalogue keys); none under GD (GD-35). */
export function emergencySteps(prison: Prison): string[] {
  return rulePack(prison.rulePack).emergencyMeeting?.steps ?? [];
}

/** YN-14: a longer or off-schedule meeting; SX-4(2): an extra meeting in the month; null: neither (GD-35). */
export function emergencyKind(prison: Prison): EmergencyMeeting['kind'] | null {
  return rulePack(prison.rulePack).emergencyMeeting?.kind ?? null;
}

/**
 * SX-4(2): only a pack whose family emergency is an extra meeting in the month has this path.
 * YN-14's emergency is a longer or off-schedule meeting (approveEmergencyMeeting on the
 * application), never an extra one; GD-35: the GD rules have neither.
 */
function extraMeetingRule(prison: Prison): EmergencyMeeting {
  const pack = rulePack(prison.rulePack);
  const verdict = checkExtraMeetings(pack);
  if (!verdict.allowed) throw ruleError(verdict);
  return pack.emergencyMeeting!;
}

@Resolver(() => ExtraMeeting)
export class ExtraMeetingResolver {
  @Query(() => [ExtraMeeting], { description: "YN-14 / SX-4: the caller's prison's extra-meeting requests, those still waiting first" })
  extraMeetings(@Ctx() ctx: SubgraphContext): Promise<ExtraMeeting[]> {
    requireStaff(ctx.identity, [TenantKind.PRISON], [StaffRole.REVIEWER, StaffRole.SUPERVISOR, StaffRole.ADMIN]);
    return ctx.em.find(
      ExtraMeeting,
      { inmate: { prison: ctx.identity.tenantId } },
      { populate: ['inmate', 'inmate.prison'], orderBy: { granted: 'asc', month: 'desc' }, limit: 100 },
    );
  }

  @FieldResolver(() => String, { nullable: true, description: 'The step that approves next (by the pack), or null once granted' })
  nextStep(@Root() request: ExtraMeeting): string | null {
    return request.granted ? null : (emergencySteps(request.inmate.prison)[request.approvals.length] ?? null);
  }

  @Mutation(() => ExtraMeeting, {
    description:
      'SX-4(2): ask for an extra meeting this month for a family emergency (not under YN-14, whose emergency is a longer or off-schedule meeting; GD-35: not under GD)',
  })
  async requestExtraMeeting(
    @Ctx() ctx: SubgraphContext,
    @Arg('inmateId', () => ID) inmateId: string,
    @Arg('month', { description: 'YYYY-MM' }) month: string,
    @Arg('reason') reason: string,
  ): Promise<ExtraMeeting> {
    requireStaff(ctx.identity, [TenantKind.PRISON], [StaffRole.REVIEWER, StaffRole.SUPERVISOR]);
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw invalid('booking.emergency.month', {}, 'month');
    if (!reason.trim() || reason.length > 500) throw invalid('booking.emergency.reason', {}, 'reason');
    const inmate = isUuid(inmateId) ? await ctx.em.findOne(Inmate, { id: inmateId }, { populate: ['prison'] }) : null;
    if (!inmate) throw notFound('inmate');
    if (inmate.prison.id !== ctx.identity.tenantId) throw forbidden();
    const emergency = extraMeetingRule(inmate.prison);
    const request = ctx.em.create(ExtraMeeting, {
      inmate,
      month,
      reason: reason.trim(),
      approvals: [],
      stepsRequired: emergency.steps.length,
      granted: false,
    } as unknown as ExtraMeeting);
    await ctx.em.flush();
    return request;
  }

  @Mutation(() => ExtraMeeting, { description: 'Approve the next step; the last step grants the meeting (each step by a different person)' })
  async approveExtraMeeting(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<ExtraMeeting> {
    requireStaff(ctx.identity, [TenantKind.PRISON], [StaffRole.SUPERVISOR, StaffRole.ADMIN]);
    const staff = { tenantId: ctx.identity.tenantId, accountId: ctx.identity.accountId! };
    return ctx.em.transactional(async (tx) => {
      // Row lock: two approvers at once cannot both be "the last step".
      const request = isUuid(id)
        ? await tx.findOne(ExtraMeeting, { id }, { populate: ['inmate', 'inmate.prison'], lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!request) throw notFound('extraMeeting');
      if (request.inmate.prison.id !== staff.tenantId) throw forbidden();
      if (request.granted) throw keyed(ErrorCode.CONFLICT, 'booking.emergency.alreadyGranted');
      if (request.approvals.some((approval) => approval.accountId === staff.accountId)) throw keyed(ErrorCode.CONFLICT, 'booking.emergency.differentApprover');
      request.approvals = [...request.approvals, { accountId: staff.accountId, at: clock.now().toISOString() }];
      request.granted = request.approvals.length >= request.stepsRequired;
      await tx.flush();
      if (request.granted) {
        const { rule } = extraMeetingRule(request.inmate.prison);
        const payload: ExtraMeetingGranted = { subjectId: request.inmate.id, month: request.month, rule };
        await recordEvent(tx, 'prison', {
          topic: Topic.EXTRA_MEETING_GRANTED,
          aggregateType: 'ExtraMeeting',
          aggregateId: request.id,
          audience: [audience.tenant(staff.tenantId)],
          payload,
        });
      }
      return request;
    });
  }
}
