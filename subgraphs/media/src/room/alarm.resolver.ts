import { requireStaff, type SubgraphContext } from '@rv/kit';
import { CASE_ROLES, PublicRole, forbidden, hasRole, translate, type MessageKey } from '@rv/schema';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MeetingAlarm } from './alarm.entity.js';
import { ALARM_DESKS, acknowledgeAlarm, raiseAlarm, visibleAlarm } from './alarm.service.js';
import type { Staff } from './room.service.js';

const lawyerOf = (ctx: SubgraphContext): string => {
  if (ctx.identity.tenantKind || !ctx.identity.accountId || !hasRole(ctx.identity, PublicRole.LAWYER)) throw forbidden('lawyerConduct.alarm.notCounsel');
  return ctx.identity.accountId;
};

const deskOf = (ctx: SubgraphContext): Staff => {
  requireStaff(ctx.identity, ALARM_DESKS, CASE_ROLES);
  return ctx.identity as Staff;
};

/** Either the centre's staff or the lawyer, as the alarm's readers. */
const callerOf = (ctx: SubgraphContext) => (ctx.identity.tenantKind ? { staff: deskOf(ctx) } : { lawyerAccountId: lawyerOf(ctx) });

@Resolver(() => MeetingAlarm)
export class AlarmResolver {
  @Mutation(() => MeetingAlarm, {
    description: 'CQ-4: the lawyer reports violence, suicide, self-harm, an escape or sudden illness from the meeting; the centre sees it at once',
  })
  raiseMeetingAlarm(
    @Ctx() ctx: SubgraphContext,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('kind', { description: 'One of the pack’s alarm kinds' }) kind: string,
  ): Promise<MeetingAlarm> {
    return raiseAlarm(ctx.em, lawyerOf(ctx), meetingId, kind);
  }

  @Mutation(() => MeetingAlarm, { description: 'CQ-4: the centre’s staff acknowledge an alarm (the lawyer sees that they did)' })
  acknowledgeMeetingAlarm(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<MeetingAlarm> {
    return acknowledgeAlarm(ctx.em, deskOf(ctx), id);
  }

  @Query(() => MeetingAlarm, { description: 'CQ-4: one alarm (the centre’s staff, or the lawyer who raised it)' })
  meetingAlarm(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<MeetingAlarm> {
    return visibleAlarm(ctx.em, callerOf(ctx), id);
  }

  @Query(() => [MeetingAlarm], { description: 'CQ-4: the centre’s alarms not yet acknowledged, oldest first' })
  openMeetingAlarms(@Ctx() ctx: SubgraphContext): Promise<MeetingAlarm[]> {
    const staff = deskOf(ctx);
    return ctx.em.find(MeetingAlarm, { institutionId: staff.tenantId, acknowledgedAt: null }, { orderBy: { raisedAt: 'asc' }, limit: 200 });
  }

  @FieldResolver(() => String, { description: 'zh-CN words for the kind (key lawyerConduct.alarm.<kind>)' })
  label(@Root() alarm: MeetingAlarm): string {
    return translate(`lawyerConduct.alarm.${alarm.kind}` as MessageKey);
  }

  @FieldResolver(() => String)
  labelKey(@Root() alarm: MeetingAlarm): string {
    return `lawyerConduct.alarm.${alarm.kind}`;
  }
}

export const alarmReferences = {
  MeetingAlarm: { __resolveReference: async (ref: { id: string }, ctx: SubgraphContext) => visibleAlarm(ctx.em, callerOf(ctx), ref.id).catch(() => null) },
};
