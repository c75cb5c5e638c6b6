import type { FilterQuery } from '@mikro-orm/core';
import { admitHeldRelativeLookup, batchLoader, canReadTenant, logHeldRelativeLookup, requireCaseReader, requireStaff, type SubgraphContext } from '@rv/kit';
import { CASE_ROLES, SUPERVISORS, TenantKind, forbidden, isUuid, notFound, rulePack, type Identity } from '@rv/schema';
import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DetoxCentre } from '../centre/detox-centre.entity.js';
import { Detainee } from './detainee.entity.js';
import { HeldDetainee } from './held-detainee.type.js';

/** A centre sees only its own detainees; the detox bureau and the province see all. */
function detaineeScope(identity: Identity): FilterQuery<Detainee> {
  requireStaff(identity, [TenantKind.DETOX_CENTRE, ...SUPERVISORS.DETOX_CENTRE], CASE_ROLES);
  return identity.tenantKind === TenantKind.DETOX_CENTRE ? { centre: identity.tenantId } : {};
}

/** By name or detainee number (part of either), within the caller's reach. */
function detaineeFilter(identity: Identity, search?: string | null): FilterQuery<Detainee> {
  const where: FilterQuery<Detainee> = { ...(detaineeScope(identity) as object) };
  const text = search?.trim().replace(/[\\%_]/g, (character) => `\\${character}`);
  if (text) Object.assign(where, { $or: [{ name: { $like: `%${text}%` } }, { detaineeNumber: { $like: `%${text}%` } }] });
  return where;
}

@ObjectType({ description: 'A page of detainees and how many match in all' })
export class DetaineePage {
  @Field(() => Int)
  total!: number;

  @Field(() => [Detainee])
  items!: Detainee[];
}

function loadDetainees(ctx: SubgraphContext) {
  return batchLoader(
    ctx,
    'detainee',
    (ids) => ctx.em.find(Detainee, { id: { $in: [...ids] } }, { populate: ['centre'] }),
    (d) => d.id,
  );
}

@Resolver(() => DetoxCentre)
export class DetoxCentreResolver {
  @FieldResolver({
    description:
      'GD-5 / YN-7: who approves a meeting between this centre’s detainee and a relative held elsewhere, on whose days: RELATIVE_INSTITUTION (GD-5) or OWN_INSTITUTION (YN-7)',
  })
  custodyMeetingReviewedBy(@Root() centre: DetoxCentre): string {
    return rulePack(centre.rulePack).bothInCustody.reviewedBy;
  }
}

@Resolver(() => Detainee)
export class DetaineeResolver {
  @Query(() => [DetoxCentre], { description: 'All detox centres; public' })
  detoxCentres(@Ctx() ctx: SubgraphContext): Promise<DetoxCentre[]> {
    return ctx.em.find(DetoxCentre, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => [Detainee], { description: "The caller's detainees, by name or detainee number" })
  detainees(
    @Ctx() ctx: SubgraphContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<Detainee[]> {
    return ctx.em.find(Detainee, detaineeFilter(ctx.identity, search), {
      orderBy: { detaineeNumber: 'asc' },
      limit: Math.min(limit, 200),
      offset,
      populate: ['centre'],
    });
  }

  @Query(() => DetaineePage, { description: "The caller's detainees, a page at a time with the total, by name or detainee number" })
  async detaineePage(
    @Ctx() ctx: SubgraphContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit = 20,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<DetaineePage> {
    const [items, total] = await ctx.em.findAndCount(Detainee, detaineeFilter(ctx.identity, search), {
      orderBy: { detaineeNumber: 'asc' },
      limit: Math.min(Math.max(limit, 1), 200),
      offset: Math.max(offset, 0),
      populate: ['centre'],
    });
    return Object.assign(new DetaineePage(), { items, total });
  }

  /** GD-5 / YN-7: as heldRelativeInmate, for a relative held in a detox centre (logged, limited per account). */
  @Query(() => HeldDetainee, {
    nullable: true,
    description:
      'GD-5 / YN-7: a relative held in any detox centre, by exact name and ID number (institution staff filing a meeting between relatives in custody); limited per account',
  })
  async heldRelativeDetainee(@Ctx() ctx: SubgraphContext, @Arg('name') name: string, @Arg('idNumber') idNumber: string): Promise<HeldDetainee | null> {
    await admitHeldRelativeLookup(ctx, 'detox', 'DETAINEE');
    const detainee = await ctx.em.findOne(Detainee, { name: name.trim(), idNumber: idNumber.trim().toUpperCase(), inCustody: true }, { populate: ['centre'] });
    logHeldRelativeLookup(ctx, 'DETAINEE', detainee?.id ?? null);
    return detainee && HeldDetainee.of(detainee);
  }

  @Query(() => Detainee)
  async detainee(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Detainee> {
    detaineeScope(ctx.identity);
    const detainee = isUuid(id) ? await loadDetainees(ctx).load(id) : null;
    if (!detainee) throw notFound('detainee');
    if (!canReadTenant(ctx.identity, detainee.centre.id, SUPERVISORS.DETOX_CENTRE)) throw forbidden();
    return detainee;
  }
}

/**
 * References come from another subgraph's authorized parent (an application, a relationship): the
 * public part for anyone who may see cases; the custody record keeps its own guard (on the entity).
 * Centres are public.
 */
export const detoxReferences = {
  Detainee: {
    // async: a refusal nulls this entity only, not the other representations of the batch
    __resolveReference: async (ref: { id: string }, ctx: SubgraphContext) => {
      requireCaseReader(ctx.identity);
      return isUuid(ref.id) ? loadDetainees(ctx).load(ref.id) : null;
    },
  },
  DetoxCentre: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => (isUuid(ref.id) ? ctx.em.findOne(DetoxCentre, { id: ref.id }) : null) },
};
