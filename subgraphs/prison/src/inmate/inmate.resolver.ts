import type { FilterQuery } from '@mikro-orm/core';
import {
  admitHeldRelativeLookup,
  batchLoader,
  canReadTenant,
  escapeLike,
  logHeldRelativeLookup,
  requireCaseReader,
  requireStaff,
  type SubgraphContext,
} from '@rv/kit';
import { CASE_ROLES, SUPERVISORS, TenantKind, forbidden, isUuid, notFound, type Identity } from '@rv/schema';
import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Prison, Ward } from '../prison/prison.entity.js';
import { HeldInmate } from './held-inmate.type.js';
import { CustodyStatus, Inmate } from './inmate.entity.js';

/** A prison sees only its own inmates; the prison bureau and the province see all. */
export function inmateScope(identity: Identity): FilterQuery<Inmate> {
  requireStaff(identity, [TenantKind.PRISON, ...SUPERVISORS.PRISON], CASE_ROLES);
  return identity.tenantKind === TenantKind.PRISON ? { prison: identity.tenantId } : {};
}

export function loadInmates(ctx: SubgraphContext) {
  return batchLoader(
    ctx,
    'inmate',
    (ids) => ctx.em.find(Inmate, { id: { $in: [...ids] } }),
    (inmate) => inmate.id,
  );
}

@ObjectType({ description: 'A page of inmates and how many match in all' })
export class InmatePage {
  @Field(() => Int)
  total!: number;

  @Field(() => [Inmate])
  items!: Inmate[];
}

/** By name (part of it) or inmate number (part of it), within the caller's reach. */
function inmateFilter(identity: Identity, search?: string | null): FilterQuery<Inmate> {
  const where: FilterQuery<Inmate> = { ...(inmateScope(identity) as object) };
  const text = search?.trim();
  if (text) Object.assign(where, { $or: [{ name: { $like: `%${escapeLike(text)}%` } }, { inmateNumber: { $like: `%${escapeLike(text)}%` } }] });
  return where;
}

@Resolver(() => Inmate)
export class InmateResolver {
  @Query(() => [Inmate], { description: "The caller's inmates, by name or inmate number" })
  async inmates(
    @Ctx() ctx: SubgraphContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<Inmate[]> {
    return ctx.em.find(Inmate, inmateFilter(ctx.identity, search), { orderBy: { inmateNumber: 'asc' }, limit: Math.min(limit, 200), offset });
  }

  @Query(() => InmatePage, { description: "The caller's inmates, a page at a time with the total, by name or inmate number" })
  async inmatePage(
    @Ctx() ctx: SubgraphContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit = 20,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<InmatePage> {
    const [items, total] = await ctx.em.findAndCount(Inmate, inmateFilter(ctx.identity, search), {
      orderBy: { inmateNumber: 'asc' },
      limit: Math.min(Math.max(limit, 1), 200),
      offset: Math.max(offset, 0),
    });
    return Object.assign(new InmatePage(), { items, total });
  }

  @Query(() => Inmate)
  async inmate(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Inmate> {
    const scope = inmateScope(ctx.identity);
    const inmate = isUuid(id) ? await loadInmates(ctx).load(id) : null;
    if (!inmate) throw notFound('inmate');
    if (Object.keys(scope as object).length && !canReadTenant(ctx.identity, inmate.prison.id, SUPERVISORS.PRISON)) throw forbidden();
    return inmate;
  }

  /**
   * GD-5 / YN-7: another institution's staff, filing a meeting between relatives both in custody,
   * find the relative here only by the exact name and ID number they already hold; nothing is listed,
   * only what filing needs comes back, each look-up is logged and counted against the account.
   */
  @Query(() => HeldInmate, {
    nullable: true,
    description:
      'GD-5 / YN-7: a relative held in any prison, by exact name and ID number (institution staff filing a meeting between relatives in custody); limited per account',
  })
  async heldRelativeInmate(@Ctx() ctx: SubgraphContext, @Arg('name') name: string, @Arg('idNumber') idNumber: string): Promise<HeldInmate | null> {
    await admitHeldRelativeLookup(ctx, 'prison', 'INMATE');
    const inmate = await ctx.em.findOne(
      Inmate,
      { name: name.trim(), idNumber: idNumber.trim().toUpperCase(), custodyStatus: CustodyStatus.IN_CUSTODY },
      { populate: ['prison'] },
    );
    logHeldRelativeLookup(ctx, 'INMATE', inmate?.id ?? null);
    return inmate && HeldInmate.of(inmate);
  }

  @FieldResolver(() => Prison)
  prison(@Root() inmate: Inmate, @Ctx() ctx: SubgraphContext): Promise<Prison | null> {
    return batchLoader(
      ctx,
      'prison',
      (ids) => ctx.em.find(Prison, { id: { $in: [...ids] } }),
      (p) => p.id,
    ).load(inmate.prison.id);
  }

  @FieldResolver(() => Ward)
  ward(@Root() inmate: Inmate, @Ctx() ctx: SubgraphContext): Promise<Ward | null> {
    return batchLoader(
      ctx,
      'ward',
      (ids) => ctx.em.find(Ward, { id: { $in: [...ids] } }),
      (w) => w.id,
    ).load(inmate.ward.id);
  }
}

/**
 * Entity references come only from the gateway's query plan, after the owning subgraph has
 * authorized the parent (an application the caller may see, a relationship): the public part for
 * anyone who may see cases; the custody record keeps its own guard (CustodyRecord on the entity).
 */
export const inmateReference = {
  Inmate: {
    // async: a refusal nulls this entity only, not the other representations of the batch
    __resolveReference: async (ref: { id: string }, ctx: SubgraphContext) => {
      requireCaseReader(ctx.identity);
      return isUuid(ref.id) ? loadInmates(ctx).load(ref.id) : null;
    },
  },
};
