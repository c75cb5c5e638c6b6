import type { SubgraphContext } from '@rv/kit';
import { isUuid, rulePack } from '@rv/schema';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { emergencyKind, emergencySteps } from '../emergency/extra-meeting.resolver.js';
import { Prison } from './prison.entity.js';

@Resolver(() => Prison)
export class PrisonResolver {
  @Query(() => [Prison], { description: 'All prisons; public, so families can find where their relative is held' })
  prisons(@Ctx() ctx: SubgraphContext): Promise<Prison[]> {
    return ctx.em.find(Prison, {}, { orderBy: { name: 'asc' } });
  }

  // What the prison's screens offer follows its pack (data), never its province's name.
  @FieldResolver(() => [String], { description: 'YN-14 / SX-4: who approves a family emergency, step by step (catalogue keys); empty where the rules have none (GD-35)' })
  emergencyMeetingSteps(@Root() prison: Prison): string[] {
    return emergencySteps(prison);
  }

  @FieldResolver(() => String, { nullable: true, description: 'A family emergency under this prison’s rules: LONGER_OR_OFF_SCHEDULE (YN-14, the warden alone), EXTRA_MEETING (SX-4(2), up the chain), or null (GD-35)' })
  emergencyMeetingKind(@Root() prison: Prison): string | null {
    return emergencyKind(prison);
  }

  @FieldResolver({ description: 'GD-5 / YN-7: who approves a meeting between this prison’s inmate and a relative held elsewhere, on whose days: RELATIVE_INSTITUTION (GD-5) or OWN_INSTITUTION (YN-7)' })
  custodyMeetingReviewedBy(@Root() prison: Prison): string {
    return rulePack(prison.rulePack).bothInCustody.reviewedBy;
  }

  @FieldResolver({ description: 'YN-9: whether inmates may ask for a meeting themselves (Form 1) under this prison’s rules' })
  takesInmateRequests(@Root() prison: Prison): boolean {
    return Boolean(rulePack(prison.rulePack).inmateRequest);
  }
}

export const prisonReference = {
  Prison: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => (isUuid(ref.id) ? ctx.em.findOne(Prison, { id: ref.id }) : null) },
};
