import { requireStaff, type SubgraphContext } from '@rv/kit';
import { CASE_ROLES, INSTITUTION_KINDS, StaffRole, VENUE_KINDS } from '@rv/schema';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { FalseInformation } from './false-information.entity.js';
import { falseInformationRecords, recordFalseInformation } from './false-information.service.js';

const staffOf = (ctx: SubgraphContext) => ({ ...ctx.identity, tenantId: ctx.identity.tenantId!, accountId: ctx.identity.accountId! });

@Resolver(() => FalseInformation)
export class FalseInformationResolver {
  @Mutation(() => FalseInformation, {
    description:
      'SX-8(1): a visitor hid or fabricated personal information on an approved application: the meeting is refused and, where the pack says so, the subject’s later meetings stop',
  })
  recordFalseInformation(
    @Ctx() ctx: SubgraphContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('idNumber') idNumber: string,
    @Arg('note') note: string,
    @Arg('stopMonths', () => Int, { nullable: true, description: 'Months on the pack’s ladder (SX-10), where the pack stops the subject' }) stopMonths?: number,
  ): Promise<FalseInformation> {
    requireStaff(ctx.identity, [...INSTITUTION_KINDS, ...VENUE_KINDS], [StaffRole.REVIEWER, StaffRole.SUPERVISOR]);
    return recordFalseInformation(ctx.em, staffOf(ctx), { applicationId, idNumber, note, stopMonths });
  }

  @Query(() => [FalseInformation], { description: 'SX-8(1): what the caller’s unit recorded (an institution: about its subjects)' })
  falseInformationRecords(@Ctx() ctx: SubgraphContext): Promise<FalseInformation[]> {
    requireStaff(ctx.identity, [...INSTITUTION_KINDS, ...VENUE_KINDS], CASE_ROLES);
    return falseInformationRecords(ctx.em, staffOf(ctx));
  }
}
