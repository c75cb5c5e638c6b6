import { requireStaff, type SubgraphContext } from '@rv/kit';
import { ErrorCode, StaffRole, TenantKind, isUuid, keyed, notFound } from '@rv/schema';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { CountyBureau } from './bureau.entity.js';

@Resolver(() => CountyBureau)
export class BureauResolver {
  @Query(() => [CountyBureau], { description: 'Venues; public, so a family can choose where to sit (GD-19)' })
  countyBureaus(@Ctx() ctx: SubgraphContext): Promise<CountyBureau[]> {
    return ctx.em.find(CountyBureau, {}, { orderBy: { region: 'asc', name: 'asc' } });
  }

  @Mutation(() => CountyBureau, {
    description: 'GD-41: the province designates (or no longer designates) a judicial office to act with a county bureau’s powers',
  })
  async designateCountyBureauPowers(
    @Ctx() ctx: SubgraphContext,
    @Arg('officeId', () => ID) officeId: string,
    @Arg('acts') acts: boolean,
  ): Promise<CountyBureau> {
    requireStaff(ctx.identity, [TenantKind.PROVINCE], [StaffRole.SUPERVISOR, StaffRole.ADMIN]);
    const office = isUuid(officeId) ? await ctx.em.findOne(CountyBureau, { id: officeId }) : null;
    if (!office) throw notFound('venue');
    if (office.kind !== TenantKind.JUDICIAL_OFFICE) throw keyed(ErrorCode.BAD_USER_INPUT, 'powers.bureau.onlyOffices', {}, { field: 'officeId' });
    office.actsAsCountyBureau = acts;
    await ctx.em.flush();
    return office;
  }
}

export const bureauReference = {
  CountyBureau: {
    __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => (isUuid(ref.id) ? ctx.em.findOne(CountyBureau, { id: ref.id }) : null),
  },
};
