import type { SubgraphContext } from '@rv/kit';
import { isUuid } from '@rv/schema';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CENTRE_READERS, centreStaff, lawyerAccount } from '../access.js';
import { DetentionCentre } from '../centre/detention-centre.entity.js';
import { Lawyer, Mandate } from '../lawyer/lawyer.entity.js';
import { Suspect } from '../suspect/suspect.entity.js';
import { LawyerLetter, LetterVia } from './letter.entity.js';
import { passLetterOn, receiveLetter, withholdLetter } from './letter.service.js';

@Resolver(() => LawyerLetter)
export class LetterResolver {
  @Query(() => [LawyerLetter], { description: "CQ-1: the centre's log of suspects' letters to their defence lawyers, newest first" })
  lawyerLetters(@Ctx() ctx: SubgraphContext): Promise<LawyerLetter[]> {
    return ctx.em.find(
      LawyerLetter,
      { centre: centreStaff(ctx, CENTRE_READERS).tenantId },
      { orderBy: { receivedAt: 'desc' }, limit: 200, populate: ['suspect', 'centre'] },
    );
  }

  @Query(() => [LawyerLetter], { description: 'CQ-1: letters suspects wrote to the signed-in lawyer, and what became of them' })
  myLetters(@Ctx() ctx: SubgraphContext): Promise<LawyerLetter[]> {
    return ctx.em.find(LawyerLetter, { lawyerAccountId: lawyerAccount(ctx) }, { orderBy: { receivedAt: 'desc' }, limit: 200, populate: ['suspect', 'centre'] });
  }

  @Query(() => [Lawyer], { description: 'CQ-1: the lawyers holding a suspect’s active mandate (who its letters may go to)' })
  async mandatedLawyers(@Ctx() ctx: SubgraphContext, @Arg('suspectId', () => ID) suspectId: string): Promise<Lawyer[]> {
    const { tenantId } = centreStaff(ctx, CENTRE_READERS);
    if (!isUuid(suspectId)) return [];
    const mandates = await ctx.em.find(Mandate, { suspect: { id: suspectId, centre: tenantId }, active: true });
    return ctx.em.find(Lawyer, { accountId: { $in: mandates.map((m) => m.lawyerAccountId) } }, { orderBy: { name: 'asc' } });
  }

  @Mutation(() => LawyerLetter, { description: 'CQ-1: log a sealed letter a suspect hands in for its defence lawyer (nothing of its content is kept)' })
  receiveSuspectLetter(
    @Ctx() ctx: SubgraphContext,
    @Arg('suspectId', () => ID) suspectId: string,
    @Arg('lawyerAccountId', () => ID) lawyerAccountId: string,
  ): Promise<LawyerLetter> {
    return receiveLetter(ctx.em, centreStaff(ctx), suspectId, lawyerAccountId);
  }

  @Mutation(() => LawyerLetter, { description: 'CQ-1: the letter passed on unread, as it came' })
  passLetterOn(@Ctx() ctx: SubgraphContext, @Arg('letterId', () => ID) letterId: string, @Arg('via', () => LetterVia) via: LetterVia): Promise<LawyerLetter> {
    return passLetterOn(ctx.em, centreStaff(ctx), letterId, via);
  }

  @Mutation(() => LawyerLetter, { description: 'CQ-1: withheld only on one of the pack’s grounds, with a centre leader’s recorded approval' })
  withholdLetter(
    @Ctx() ctx: SubgraphContext,
    @Arg('letterId', () => ID) letterId: string,
    @Arg('ground') ground: string,
    @Arg('approvedBy', () => String, { nullable: true }) approvedBy: string | null,
  ): Promise<LawyerLetter> {
    return withholdLetter(ctx.em, centreStaff(ctx), letterId, ground, approvedBy);
  }

  @FieldResolver(() => Suspect)
  suspect(@Root() letter: LawyerLetter): Suspect {
    return letter.suspect;
  }

  @FieldResolver(() => DetentionCentre)
  centre(@Root() letter: LawyerLetter): DetentionCentre {
    return letter.centre;
  }
}
