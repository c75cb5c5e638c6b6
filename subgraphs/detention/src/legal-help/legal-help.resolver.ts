import type { SubgraphContext } from '@rv/kit';
import { clock } from '@rv/schema';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CENTRE_READERS, centreStaff } from '../access.js';
import { LegalHelpKind, LegalHelpRequest } from './legal-help.entity.js';
import { handLegalHelpToDutyLawyer, recordLegalHelpRequest } from './legal-help.service.js';

@Resolver(() => LegalHelpRequest)
export class LegalHelpResolver {
  @Query(() => [LegalHelpRequest], { description: "CQ-1: the centre's log of suspects' requests for a lawyer, legal aid or legal help, newest first" })
  legalHelpRequests(@Ctx() ctx: SubgraphContext): Promise<LegalHelpRequest[]> {
    return ctx.em.find(LegalHelpRequest, { centre: centreStaff(ctx, CENTRE_READERS).tenantId }, { orderBy: { filedAt: 'desc' }, limit: 200 });
  }

  @Mutation(() => LegalHelpRequest, {
    description: 'CQ-1: log a suspect’s request and where it was passed on (legal help: to the duty lawyer within 24 hours)',
  })
  recordLegalHelpRequest(
    @Ctx() ctx: SubgraphContext,
    @Arg('suspectId', () => ID) suspectId: string,
    @Arg('kind', () => LegalHelpKind) kind: LegalHelpKind,
    @Arg('passedTo', () => String, { nullable: true }) passedTo?: string,
  ): Promise<LegalHelpRequest> {
    return recordLegalHelpRequest(ctx.em, centreStaff(ctx), { suspectId, kind, passedTo });
  }

  @Mutation(() => LegalHelpRequest, { description: 'CQ-1: hand a request for legal help to one of the centre’s duty lawyers (who may then meet the suspect)' })
  handLegalHelpToDutyLawyer(
    @Ctx() ctx: SubgraphContext,
    @Arg('requestId', () => ID) requestId: string,
    @Arg('lawyerAccountId', () => ID) lawyerAccountId: string,
  ): Promise<LegalHelpRequest> {
    return handLegalHelpToDutyLawyer(ctx.em, centreStaff(ctx), requestId, lawyerAccountId);
  }

  @FieldResolver(() => ID)
  suspectId(@Root() request: LegalHelpRequest): string {
    return request.suspect.id;
  }

  @FieldResolver({ description: 'CQ-1: NONE, DUE_SOON (alert time passed) or OVERDUE (24 hours passed) while no duty lawyer has it' })
  alert(@Root() request: LegalHelpRequest): string {
    if (!request.dueAt || request.dutyLawyerAccountId) return 'NONE';
    const now = clock.now().getTime();
    if (now > request.dueAt.getTime()) return 'OVERDUE';
    return request.alertAt && now >= request.alertAt.getTime() ? 'DUE_SOON' : 'NONE';
  }
}
