import { requireAccount, requireStaff, type SubgraphContext } from '@rv/kit';
import { StaffRole, TenantKind, isUuid, keyed, ErrorCode } from '@rv/schema';
import { Arg, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { LawyerProfile } from './lawyer-profile.entity.js';
import { verifyLawyer } from './lawyer.service.js';

@InputType()
class LawyerPracticeInput {
  @Field()
  certificateNumber!: string;

  @Field()
  firm!: string;

  @Field({ defaultValue: true })
  verified: boolean = true;

  @Field(() => [ID], { defaultValue: [] })
  dutyCentreIds!: string[];
}

/** Justice bureaus verify lawyers; a lawyer reads its own practice. */
@Resolver()
export class LawyerProfileResolver {
  @Mutation(() => LawyerProfile, { description: "A county justice bureau verifies a lawyer account's practice (certificate, firm) and its duty-lawyer centres (CQ-1, CQ-2)" })
  verifyLawyer(@Ctx() ctx: SubgraphContext, @Arg('accountId', () => ID) accountId: string, @Arg('practice', () => LawyerPracticeInput) practice: LawyerPracticeInput): Promise<LawyerProfile> {
    requireStaff(ctx.identity, [TenantKind.COUNTY_BUREAU], [StaffRole.REVIEWER, StaffRole.SUPERVISOR, StaffRole.ADMIN]);
    if (!isUuid(accountId) || !practice.dutyCentreIds.every(isUuid)) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.notFound.lawyer');
    return verifyLawyer(ctx.em, ctx.identity.accountId!, accountId, practice);
  }

  @Query(() => LawyerProfile, { nullable: true, description: "The signed-in lawyer's practice as verified" })
  myLawyerProfile(@Ctx() ctx: SubgraphContext): Promise<LawyerProfile | null> {
    requireAccount(ctx.identity);
    return ctx.em.findOne(LawyerProfile, { accountId: ctx.identity.accountId });
  }
}
