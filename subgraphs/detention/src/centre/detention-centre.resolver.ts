import type { SubgraphContext } from '@rv/kit';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { DetentionCentre } from './detention-centre.entity.js';
import { setDetentionCentreActive } from './detention-centre.service.js';

/** Issue 15: the province's administrator manages detention centres like the other units (their queries stay in suspect.resolver.ts). */
@Resolver(() => DetentionCentre)
export class DetentionCentreAdminResolver {
  @Mutation(() => DetentionCentre, {
    description: 'Issue 15: deactivate (with the reason) or reactivate a detention centre; its accounts can then no longer be opened; nothing is deleted',
  })
  setDetentionCentreActive(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('active') active: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<DetentionCentre> {
    return setDetentionCentreActive(ctx.em, ctx.identity, id, active, reason);
  }
}
