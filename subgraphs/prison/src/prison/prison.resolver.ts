import { PackAssignmentInput, PackAssignmentType, UnitContactInput, WardDaysInput, packAssignmentTypes, type SubgraphContext } from '@rv/kit';
import { isUuid, rulePack } from '@rv/schema';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { emergencyKind, emergencySteps } from '../emergency/extra-meeting.resolver.js';
import { Prison, Ward } from './prison.entity.js';
import { createPrison, saveWard, schedulePrisonPack, setPrisonActive, updatePrison } from './prison.service.js';

@InputType()
export class WardInput {
  @Field(() => Int)
  number!: number;

  @Field()
  name!: string;
}

@Resolver(() => Prison)
export class PrisonResolver {
  @Query(() => [Prison], { description: 'All prisons; public, so families can find where their relative is held' })
  prisons(@Ctx() ctx: SubgraphContext): Promise<Prison[]> {
    return ctx.em.find(Prison, {}, { orderBy: { name: 'asc' } });
  }

  // What the prison's screens offer follows its pack (data), never its province's name.
  @FieldResolver(() => [String], {
    description: 'YN-14 / SX-4: who approves a family emergency, step by step (catalogue keys); empty where the rules have none (GD-35)',
  })
  emergencyMeetingSteps(@Root() prison: Prison): string[] {
    return emergencySteps(prison);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'A family emergency under this prison’s rules: LONGER_OR_OFF_SCHEDULE (YN-14, the warden alone), EXTRA_MEETING (SX-4(2), up the chain), or null (GD-35)',
  })
  emergencyMeetingKind(@Root() prison: Prison): string | null {
    return emergencyKind(prison);
  }

  @FieldResolver({
    description:
      'GD-5 / YN-7: who approves a meeting between this prison’s inmate and a relative held elsewhere, on whose days: RELATIVE_INSTITUTION (GD-5) or OWN_INSTITUTION (YN-7)',
  })
  custodyMeetingReviewedBy(@Root() prison: Prison): string {
    return rulePack(prison.rulePack).bothInCustody.reviewedBy;
  }

  @FieldResolver(() => [PackAssignmentType], { description: 'Issue 15: the prison’s rule packs by effective date, each with its SX-2 ward days' })
  packSchedule(@Root() prison: Prison): PackAssignmentType[] {
    return packAssignmentTypes(prison);
  }

  @FieldResolver(() => [Ward], { description: 'The prison’s wards (监区), by number' })
  wards(@Root() prison: Prison, @Ctx() ctx: SubgraphContext): Promise<Ward[]> {
    return ctx.em.find(Ward, { prison: prison.id }, { orderBy: { number: 'asc' } });
  }

  @Mutation(() => Prison, { description: 'Issue 15: the province’s administrator opens a prison with its wards and rule pack (SX-2 ward days inside it)' })
  createPrison(
    @Ctx() ctx: SubgraphContext,
    @Arg('contact', () => UnitContactInput) contact: UnitContactInput,
    @Arg('rulePack') pack: string,
    @Arg('wards', () => [WardInput], { defaultValue: [] }) wards: WardInput[],
    @Arg('wardDays', () => [WardDaysInput], { nullable: true }) wardDays: WardDaysInput[] | null,
  ): Promise<Prison> {
    return createPrison(ctx.em, ctx.identity, contact, pack, wards, wardDays);
  }

  @Mutation(() => Prison, { description: 'Issue 15: name, place, address and phone shown to families' })
  updatePrison(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('contact', () => UnitContactInput) contact: UnitContactInput,
  ): Promise<Prison> {
    return updatePrison(ctx.em, ctx.identity, id, contact);
  }

  @Mutation(() => Prison, {
    description: 'Issue 15: deactivate (with the reason families are told) or reactivate; a deactivated prison takes no new bookings, nothing is deleted',
  })
  setPrisonActive(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('active') active: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<Prison> {
    return setPrisonActive(ctx.em, ctx.identity, id, active, reason);
  }

  @Mutation(() => Prison, { description: 'Issue 15: a rule pack (with SX-2 ward days) for applications filed from its effective date on' })
  schedulePrisonRulePack(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('pack', () => PackAssignmentInput) pack: PackAssignmentInput,
  ): Promise<Prison> {
    return schedulePrisonPack(ctx.em, ctx.identity, id, pack);
  }

  @Mutation(() => Ward, { description: 'Issue 15: add a ward or rename one (wards are never deleted: inmates point to them)' })
  saveWard(@Ctx() ctx: SubgraphContext, @Arg('prisonId', () => ID) prisonId: string, @Arg('ward', () => WardInput) ward: WardInput): Promise<Ward> {
    return saveWard(ctx.em, ctx.identity, prisonId, ward);
  }

  @FieldResolver({ description: 'YN-9: whether inmates may ask for a meeting themselves (Form 1) under this prison’s rules' })
  takesInmateRequests(@Root() prison: Prison): boolean {
    return Boolean(rulePack(prison.rulePack).inmateRequest);
  }
}

export const prisonReference = {
  Prison: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => (isUuid(ref.id) ? ctx.em.findOne(Prison, { id: ref.id }) : null) },
};
