import { PackAssignmentInput, PackAssignmentType, UnitContactInput, packAssignmentTypes, requireStaff, type SubgraphContext } from '@rv/kit';
import { StaffRole, TenantKind } from '@rv/schema';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CountyBureau } from '../bureau/bureau.entity.js';
import { SupervisingBureau } from './supervising-bureau.entity.js';
import {
  createSupervisingBureau,
  createVenue,
  scheduleVenuePack,
  setSupervisingBureauActive,
  setVenueActive,
  updateSupervisingBureau,
  updateVenue,
} from './unit.service.js';

/** Issue 15: the province's administrator manages venues (county bureaus, judicial offices). */
@Resolver(() => CountyBureau)
export class VenueAdminResolver {
  @FieldResolver(() => [PackAssignmentType], { description: 'Issue 15: the venue’s rule packs by effective date' })
  packSchedule(@Root() venue: CountyBureau): PackAssignmentType[] {
    return packAssignmentTypes(venue);
  }

  @Mutation(() => CountyBureau, { description: 'Issue 15: open a county bureau or a judicial office (with its county bureau, YN-8; GD-41 designation)' })
  createVenue(
    @Ctx() ctx: SubgraphContext,
    @Arg('kind') kind: string,
    @Arg('contact', () => UnitContactInput) contact: UnitContactInput,
    @Arg('rulePack') pack: string,
    @Arg('parentBureauId', () => ID, { nullable: true }) parentBureauId: string | null,
    @Arg('actsAsCountyBureau', { defaultValue: false }) actsAsCountyBureau: boolean,
  ): Promise<CountyBureau> {
    return createVenue(ctx.em, ctx.identity, contact, { kind, rulePack: pack, parentBureauId: parentBureauId ?? null, actsAsCountyBureau });
  }

  @Mutation(() => CountyBureau, { description: 'Issue 15: name, place, address and phone shown to families' })
  updateVenue(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('contact', () => UnitContactInput) contact: UnitContactInput,
  ): Promise<CountyBureau> {
    return updateVenue(ctx.em, ctx.identity, id, contact);
  }

  @Mutation(() => CountyBureau, {
    description: 'Issue 15: deactivate (with the reason) or reactivate; a deactivated venue takes no new bookings, nothing is deleted',
  })
  setVenueActive(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('active') active: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<CountyBureau> {
    return setVenueActive(ctx.em, ctx.identity, id, active, reason);
  }

  @Mutation(() => CountyBureau, { description: 'Issue 15: a rule pack for the venue from its effective date on' })
  scheduleVenueRulePack(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('pack', () => PackAssignmentInput) pack: PackAssignmentInput,
  ): Promise<CountyBureau> {
    return scheduleVenuePack(ctx.em, ctx.identity, id, pack);
  }
}

/** Issue 15: the provincial prison and detox bureaus as units. */
@Resolver(() => SupervisingBureau)
export class SupervisingBureauResolver {
  @Query(() => [SupervisingBureau], { description: 'The provincial prison and detox bureaus (province staff)' })
  supervisingBureaus(@Ctx() ctx: SubgraphContext): Promise<SupervisingBureau[]> {
    requireStaff(
      ctx.identity,
      [TenantKind.PROVINCE, TenantKind.PRISON_BUREAU, TenantKind.DETOX_BUREAU],
      [StaffRole.ADMIN, StaffRole.SUPERVISOR, StaffRole.AUDITOR],
    );
    return ctx.em.find(SupervisingBureau, {}, { orderBy: { kind: 'asc', name: 'asc' } });
  }

  @FieldResolver(() => [PackAssignmentType])
  packSchedule(@Root() bureau: SupervisingBureau): PackAssignmentType[] {
    return packAssignmentTypes(bureau);
  }

  @Mutation(() => SupervisingBureau, { description: 'Issue 15: open the provincial prison bureau (PRISON_BUREAU) or detox bureau (DETOX_BUREAU)' })
  createSupervisingBureau(
    @Ctx() ctx: SubgraphContext,
    @Arg('kind') kind: string,
    @Arg('contact', () => UnitContactInput) contact: UnitContactInput,
    @Arg('rulePack') pack: string,
  ): Promise<SupervisingBureau> {
    return createSupervisingBureau(ctx.em, ctx.identity, kind, contact, pack);
  }

  @Mutation(() => SupervisingBureau)
  updateSupervisingBureau(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('contact', () => UnitContactInput) contact: UnitContactInput,
  ): Promise<SupervisingBureau> {
    return updateSupervisingBureau(ctx.em, ctx.identity, id, contact);
  }

  @Mutation(() => SupervisingBureau, { description: 'Issue 15: deactivate (with the reason) or reactivate' })
  setSupervisingBureauActive(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('active') active: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<SupervisingBureau> {
    return setSupervisingBureauActive(ctx.em, ctx.identity, id, active, reason);
  }
}
