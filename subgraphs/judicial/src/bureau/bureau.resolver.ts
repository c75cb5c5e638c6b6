import type { SubgraphContext } from '@rv/kit';
import { isUuid } from '@rv/schema';
import { Ctx, Query, Resolver } from 'type-graphql';
import { CountyBureau } from './bureau.entity.js';

@Resolver(() => CountyBureau)
export class BureauResolver {
  @Query(() => [CountyBureau], { description: 'Venues; public, so a family can choose where to sit (GD-19)' })
  countyBureaus(@Ctx() ctx: SubgraphContext): Promise<CountyBureau[]> {
    return ctx.em.find(CountyBureau, {}, { orderBy: { region: 'asc', name: 'asc' } });
  }
}

export const bureauReference = {
  CountyBureau: {
    __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => (isUuid(ref.id) ? ctx.em.findOne(CountyBureau, { id: ref.id }) : null),
  },
};
