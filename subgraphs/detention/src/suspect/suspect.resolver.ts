import type { FilterQuery } from '@mikro-orm/core';
import type { SubgraphContext } from '@rv/kit';
import { CaseCategory, ErrorCode, isUuid, keyed } from '@rv/schema';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { CENTRE_READERS, centreStaff, isLawyer, lawyerAccount } from '../access.js';
import { DetentionCentre, MeetingRoom } from '../centre/detention-centre.entity.js';
import { Mandate } from '../lawyer/lawyer.entity.js';
import { Suspect } from './suspect.entity.js';
import { recordCaseUnitCheck } from './suspect.service.js';

/**
 * Who reads suspects: a centre's own staff (its suspects only) and a lawyer (those it holds an
 * active mandate for). Everyone else (families, other centres, other tenants) reads nothing.
 */
export async function suspectScope(ctx: SubgraphContext): Promise<FilterQuery<Suspect>> {
  if (isLawyer(ctx)) {
    const mandates = await ctx.em.find(Mandate, { lawyerAccountId: lawyerAccount(ctx), active: true });
    return { id: { $in: mandates.map((mandate) => mandate.suspect.id) } };
  }
  return { centre: centreStaff(ctx, CENTRE_READERS).tenantId };
}

@Resolver(() => Suspect)
export class SuspectResolver {
  @Query(() => [DetentionCentre], { description: 'All detention centres (names are public; lawyers choose where to book)' })
  detentionCentres(@Ctx() ctx: SubgraphContext): Promise<DetentionCentre[]> {
    return ctx.em.find(DetentionCentre, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => [Suspect], { description: "The centre's suspects (its staff), or the suspects a lawyer holds a mandate for" })
  async suspects(
    @Ctx() ctx: SubgraphContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<Suspect[]> {
    const where: FilterQuery<Suspect> = { ...((await suspectScope(ctx)) as object), inCustody: true };
    if (search) Object.assign(where, { $or: [{ name: { $like: `%${search}%` } }, { suspectNumber: search }] });
    return ctx.em.find(Suspect, where, { orderBy: { suspectNumber: 'asc' }, limit: Math.min(limit, 200), offset, populate: ['centre'] });
  }

  @Query(() => Suspect)
  async suspect(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<Suspect> {
    const scope = await suspectScope(ctx);
    const suspect = isUuid(id) ? await ctx.em.findOne(Suspect, { $and: [{ id }, scope] }, { populate: ['centre'] }) : null;
    if (!suspect) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.notFound.suspect');
    return suspect;
  }

  @Mutation(() => Suspect, { description: 'CQ-3: the case-handling unit’s answer on a temporarily held suspect’s offence, recorded by the desk' })
  recordCaseUnitCheck(
    @Ctx() ctx: SubgraphContext,
    @Arg('suspectId', () => ID) suspectId: string,
    @Arg('category', () => CaseCategory) category: CaseCategory,
  ): Promise<Suspect> {
    return recordCaseUnitCheck(ctx.em, centreStaff(ctx), suspectId, category);
  }

  @Query(() => [MeetingRoom], { description: "CQ-7: the centre's meeting rooms (standard, quick, video)" })
  meetingRooms(@Ctx() ctx: SubgraphContext): Promise<MeetingRoom[]> {
    return ctx.em.find(MeetingRoom, { centre: centreStaff(ctx, CENTRE_READERS).tenantId }, { orderBy: { name: 'asc' } });
  }
}

/**
 * References carry the same scope as the queries: a suspect resolves only for its own centre's
 * staff or a lawyer holding its mandate (null otherwise, never an error that says it exists).
 */
export const detentionReferences = {
  Suspect: {
    __resolveReference: async (ref: { id: string }, ctx: SubgraphContext) => {
      if (!isUuid(ref.id)) return null;
      const scope = await suspectScope(ctx);
      return ctx.em.findOne(Suspect, { $and: [{ id: ref.id }, scope] }, { populate: ['centre'] });
    },
  },
  DetentionCentre: {
    __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => (isUuid(ref.id) ? ctx.em.findOne(DetentionCentre, { id: ref.id }) : null),
  },
};
