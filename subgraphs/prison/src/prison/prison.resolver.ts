import type { SubgraphContext } from '@rv/kit';
import { isUuid } from '@rv/schema';
import { Ctx, Query, Resolver } from 'type-graphql';
import { Prison } from './prison.entity.js';

@Resolver(() => Prison)
export class PrisonResolver {
  @Query(() => [Prison], { description: 'All prisons; public, so families can find where their relative is held' })
  prisons(@Ctx() ctx: SubgraphContext): Promise<Prison[]> {
    return ctx.em.find(Prison, {}, { orderBy: { name: 'asc' } });
  }
}

export const prisonReference = {
  Prison: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => (isUuid(ref.id) ? ctx.em.findOne(Prison, { id: ref.id }) : null) },
};
