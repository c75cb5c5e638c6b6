import { requireStaff, type SubgraphContext } from '@rv/kit';
import { CASE_ROLES, INSTITUTION_KINDS, StaffRole, TenantKind, VENUE_KINDS, invalid, isUuid } from '@rv/schema';
import { SlotCompliance } from './slot-compliance.entity.js';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { firstDayOfNextMonth, isIsoMonth } from '../calendar/today.js';
import { ServiceDay } from './service-day.entity.js';
import { publishServiceDays, slotRulesOf } from './slot.service.js';

@InputType()
class ServiceDayInput {
  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => Int)
  capacity!: number;
}

@ObjectType({ description: 'A pack rule with its number (a day of the month, or a count of slots)' })
class NumberedRule {
  @Field(() => Int)
  value!: number;

  @Field({ description: 'The applying pack’s rule ID, e.g. GD-13' })
  rule!: string;
}

@ObjectType({ description: 'What the unit’s own pack asks of its slot publication for a month' })
class SlotRules {
  @Field(() => NumberedRule, {
    nullable: true,
    description: 'GD-13: next month’s days are fixed by this day of the month; null when the pack sets no deadline (YN, SX)',
  })
  publishBy!: NumberedRule | null;

  @Field(() => NumberedRule, { nullable: true, description: 'GD-14: the unit’s monthly minimum of slots; null when the pack sets none (YN, SX)' })
  minimum!: NumberedRule | null;

  @Field(() => [String], { description: 'The month’s days the pack leaves open for service (GD-13 working days, SX-2 all but holidays, YN every day)' })
  openDays!: string[];
}

@Resolver(() => ServiceDay)
export class SlotResolver {
  @Query(() => SlotRules, {
    description: "GD-13 / GD-14 / SX-2: the caller's own unit's publication rules for a month (supervisors and admins of institutions and venues)",
  })
  async slotRules(@Ctx() ctx: SubgraphContext, @Arg('month', { description: 'YYYY-MM' }) month: string): Promise<SlotRules> {
    requireStaff(ctx.identity, [...INSTITUTION_KINDS, ...VENUE_KINDS], [StaffRole.SUPERVISOR, StaffRole.ADMIN]);
    if (!isIsoMonth(month)) throw invalid('calendar.invalidMonth', {}, 'month');
    const rules = await slotRulesOf(ctx.em, ctx.identity.tenantId!, month);
    const numbered = (value: number, rule: string) => Object.assign(new NumberedRule(), { value, rule });
    return Object.assign(new SlotRules(), {
      publishBy: rules.publishBy && numbered(rules.publishBy.day, rules.publishBy.rule),
      minimum: rules.minimum && numbered(rules.minimum.slots, rules.minimum.rule),
      openDays: rules.openDays,
    });
  }

  @Query(() => [ServiceDay], { description: "An institution's service days in a month; public (GD-13)" })
  async serviceDays(
    @Ctx() ctx: SubgraphContext,
    @Arg('institutionId', () => ID) institutionId: string,
    @Arg('month', { description: 'YYYY-MM' }) month: string,
  ): Promise<ServiceDay[]> {
    if (!isIsoMonth(month)) throw invalid('calendar.invalidMonth', {}, 'month');
    if (!isUuid(institutionId)) return [];
    return ctx.em.find(ServiceDay, { institutionId, date: { $gte: `${month}-01`, $lt: firstDayOfNextMonth(month) } }, { orderBy: { date: 'asc' } });
  }

  @Query(() => [SlotCompliance], {
    description: 'GD-13 / GD-14: units flagged for late or too few slots in a month (province and bureaus: all; a unit: its own)',
  })
  slotCompliance(@Ctx() ctx: SubgraphContext, @Arg('month', { description: 'YYYY-MM' }) month: string): Promise<SlotCompliance[]> {
    requireStaff(ctx.identity, [TenantKind.PROVINCE, TenantKind.PRISON_BUREAU, TenantKind.DETOX_BUREAU, ...INSTITUTION_KINDS], CASE_ROLES);
    if (!isIsoMonth(month)) throw invalid('calendar.invalidMonth', {}, 'month');
    const own = INSTITUTION_KINDS.includes(ctx.identity.tenantKind) ? { unitId: ctx.identity.tenantId } : {};
    return ctx.em.find(SlotCompliance, { month, ...own }, { orderBy: { unitName: 'asc' } });
  }

  @Mutation(() => [ServiceDay], {
    description:
      "GD-13 / GD-36: publish the caller's own unit's service days and slot counts (institution or venue); GD-34: its slot department (supervisor, admin)",
  })
  async publishServiceDays(@Ctx() ctx: SubgraphContext, @Arg('days', () => [ServiceDayInput]) days: ServiceDayInput[]): Promise<ServiceDay[]> {
    // GD-36: each unit manages its own slots; GD-34: the unit's named department (its supervisors) does.
    requireStaff(ctx.identity, [...INSTITUTION_KINDS, ...VENUE_KINDS], [StaffRole.SUPERVISOR, StaffRole.ADMIN]);
    return publishServiceDays(ctx.em, { id: ctx.identity.tenantId, kind: ctx.identity.tenantKind }, days);
  }
}
