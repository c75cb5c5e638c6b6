import { PackAssignmentInput, PackAssignmentType, UnitContactInput, packAssignmentTypes, type SubgraphContext } from '@rv/kit';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Brigade, DetoxCentre } from './detox-centre.entity.js';
import { createDetoxCentre, saveBrigade, scheduleDetoxCentrePack, setDetoxCentreActive, updateDetoxCentre } from './detox-centre.service.js';

@InputType()
export class BrigadeInput {
  @Field(() => Int)
  number!: number;

  @Field()
  name!: string;
}

/** Issue 15: the province's administrator manages detox centres (their queries stay in detainee.resolver.ts). */
@Resolver(() => DetoxCentre)
export class DetoxCentreAdminResolver {
  @FieldResolver(() => [PackAssignmentType], { description: 'Issue 15: the centre’s rule packs by effective date' })
  packSchedule(@Root() centre: DetoxCentre): PackAssignmentType[] {
    return packAssignmentTypes(centre);
  }

  @FieldResolver(() => [Brigade], { description: 'The centre’s brigades (大队), by number' })
  brigades(@Root() centre: DetoxCentre, @Ctx() ctx: SubgraphContext): Promise<Brigade[]> {
    return ctx.em.find(Brigade, { centre: centre.id }, { orderBy: { number: 'asc' } });
  }

  @Mutation(() => DetoxCentre, { description: 'Issue 15: the province’s administrator opens a detox centre with its brigades and rule pack' })
  createDetoxCentre(
    @Ctx() ctx: SubgraphContext,
    @Arg('contact', () => UnitContactInput) contact: UnitContactInput,
    @Arg('rulePack') pack: string,
    @Arg('brigades', () => [BrigadeInput], { defaultValue: [] }) brigades: BrigadeInput[],
  ): Promise<DetoxCentre> {
    return createDetoxCentre(ctx.em, ctx.identity, contact, pack, brigades);
  }

  @Mutation(() => DetoxCentre, { description: 'Issue 15: name, place, address and phone shown to families' })
  updateDetoxCentre(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('contact', () => UnitContactInput) contact: UnitContactInput,
  ): Promise<DetoxCentre> {
    return updateDetoxCentre(ctx.em, ctx.identity, id, contact);
  }

  @Mutation(() => DetoxCentre, {
    description: 'Issue 15: deactivate (with the reason) or reactivate; a deactivated centre takes no new bookings, nothing is deleted',
  })
  setDetoxCentreActive(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('active') active: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<DetoxCentre> {
    return setDetoxCentreActive(ctx.em, ctx.identity, id, active, reason);
  }

  @Mutation(() => DetoxCentre, { description: 'Issue 15: a rule pack for applications filed from its effective date on' })
  scheduleDetoxCentreRulePack(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('pack', () => PackAssignmentInput) pack: PackAssignmentInput,
  ): Promise<DetoxCentre> {
    return scheduleDetoxCentrePack(ctx.em, ctx.identity, id, pack);
  }

  @Mutation(() => Brigade, { description: 'Issue 15: add a brigade or rename one (never deleted: detainees point to it)' })
  saveBrigade(
    @Ctx() ctx: SubgraphContext,
    @Arg('centreId', () => ID) centreId: string,
    @Arg('brigade', () => BrigadeInput) brigade: BrigadeInput,
  ): Promise<Brigade> {
    return saveBrigade(ctx.em, ctx.identity, centreId, brigade);
  }
}
