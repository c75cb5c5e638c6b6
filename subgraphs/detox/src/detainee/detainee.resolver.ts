import type { FilterQuery } from '@mikro-orm/core';
import { batchLoader, canReadTenant, requireStaff, type SubgraphContext } from '@rv/kit';
import { CASE_ROLES, SUPERVISORS, TenantKind, forbidden, isUuid, notFound, type Identity } from '@rv/schema';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { DetoxCentre } from '../centre/detox-centre.entity.js';
import { Detainee } from './detainee.entity.js';

/** A centre sees only its own detainees; the detox bureau and the province see all. */
function detaineeScope(identity: Identity): FilterQuery<Detainee> {
  requireStaff(identity, [TenantKind.DETOX_CENTRE, ...SUPERVISORS.DETOX_CENTRE], CASE_ROLES);
  return identity.tenantKind === TenantKind.DETOX_CENTRE ? { centre: identity.tenantId } : {};
}

function loadDetainees(ctx: SubgraphContext) {
  return batchLoader(ctx, 'detainee', (ids) => ctx.em.find(Detainee, { id: { $in: [...ids] } }, { populate: ['centre'] }), (d) => d.id);
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
    const where: FilterQuery<Detainee> = { ...(detaineeScope(ctx.identity) as object) };
    if (search) Object.assign(where, { $or: [{ name: { $like: `%${search}%` } }, { detaineeNumber: search }] });
    return ctx.em.find(Detainee, where,
      { orderBy: { detaineeNumber: 'asc' }, limit: Math.min(limit, 200), offset, populate: ['centre'] });
  }

  @Query(() => Detainee)
  async detainee(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Detainee> {
    detaineeScope(ctx.identity);
    const detainee = isUuid(id) ? await loadDetainees(ctx).load(id) : null;
    if (!detainee) throw notFound('戒毒人员 Detainee');
    if (!canReadTenant(ctx.identity, detainee.centre.id, SUPERVISORS.DETOX_CENTRE)) throw forbidden();
    return detainee;
  }
}

export const detoxReferences = {
  Detainee: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => (isUuid(ref.id) ? loadDetainees(ctx).load(ref.id) : null) },
  DetoxCentre: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => (isUuid(ref.id) ? ctx.em.findOne(DetoxCentre, { id: ref.id }) : null) },
};
