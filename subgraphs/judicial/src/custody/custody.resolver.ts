import { requireStaff, type SubgraphContext } from '@rv/kit';
import { CUSTODY_MEETING_FILERS, INSTITUTION_KINDS, Relation } from '@rv/schema';
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { Application } from '../application/application.entity.js';
import { fileCustodyMeeting, withdrawCustodyMeeting } from './custody.service.js';

@InputType({ description: 'GD-5 / YN-7: a meeting between two relatives held in different institutions' })
class CustodyMeetingInput {
  @Field(() => ID, { description: 'Your own institution’s inmate or detainee' })
  ownSubjectId!: string;

  @Field()
  ownSubjectName!: string;

  @Field()
  ownSubjectIdNumber!: string;

  @Field(() => ID, { description: 'The relative, held by another institution' })
  relativeSubjectId!: string;

  @Field()
  relativeName!: string;

  @Field()
  relativeIdNumber!: string;

  @Field(() => Relation, { description: 'The relative’s relation to your own subject' })
  relation!: Relation;

  @Field(() => ID, { description: 'GD-5: a day of the relative’s institution; YN-7: a day of your own' })
  serviceDayId!: string;

  @Field()
  idempotencyKey!: string;
}

@Resolver(() => Application)
export class CustodyResolver {
  @Mutation(() => Application, { description: 'GD-5 / YN-7: an institution applies for a meeting between its own subject and a relative held elsewhere' })
  fileCustodyMeeting(@Ctx() ctx: SubgraphContext, @Arg('input') input: CustodyMeetingInput): Promise<Application> {
    requireStaff(ctx.identity, INSTITUTION_KINDS, CUSTODY_MEETING_FILERS);
    return fileCustodyMeeting(ctx.em, ctx.identity as typeof ctx.identity & { accountId: string }, input);
  }

  @Mutation(() => Application, { description: 'GD-5 / YN-7: the filing institution withdraws its custody meeting; under YN-7 the pair’s other half stops too' })
  withdrawCustodyMeeting(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<Application> {
    requireStaff(ctx.identity, INSTITUTION_KINDS, CUSTODY_MEETING_FILERS);
    return withdrawCustodyMeeting(ctx.em, ctx.identity, id);
  }
}
