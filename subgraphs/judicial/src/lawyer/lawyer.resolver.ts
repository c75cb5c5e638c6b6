import { requireAccount, requireStaff, type SubgraphContext } from '@rv/kit';
import { StaffRole, TenantKind, isUuid, keyed, ErrorCode } from '@rv/schema';
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { LawyerProfile } from './lawyer-profile.entity.js';
import { refuseLawyerRegistration, registerLawyer, verifyLawyer } from './lawyer.service.js';
import { Account } from '../account/account.entity.js';

@ObjectType({ description: 'A lawyer’s own registration waiting for its county justice bureau' })
class LawyerRegistrationView {
  @Field(() => LawyerProfile)
  profile!: LawyerProfile;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  phoneMasked!: string | null;
}

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
  @Mutation(() => LawyerProfile, {
    description: "A county justice bureau verifies a lawyer account's practice (certificate, firm) and its duty-lawyer centres (CQ-1, CQ-2)",
  })
  verifyLawyer(
    @Ctx() ctx: SubgraphContext,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('practice', () => LawyerPracticeInput) practice: LawyerPracticeInput,
  ): Promise<LawyerProfile> {
    requireStaff(ctx.identity, [TenantKind.COUNTY_BUREAU], [StaffRole.REVIEWER, StaffRole.SUPERVISOR, StaffRole.ADMIN]);
    if (!isUuid(accountId) || !practice.dutyCentreIds.every(isUuid)) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.notFound.lawyer');
    return verifyLawyer(ctx.em, ctx.identity.accountId!, accountId, practice);
  }

  @Mutation(() => LawyerProfile, {
    description:
      'A lawyer registers itself (name, mobile, practice certificate number and firm) with the county justice bureau that is to check them; usable once verified',
  })
  registerLawyer(
    @Ctx() ctx: SubgraphContext,
    @Arg('username') username: string,
    @Arg('password') password: string,
    @Arg('name') name: string,
    @Arg('phone') phone: string,
    @Arg('certificateNumber') certificateNumber: string,
    @Arg('firm') firm: string,
    @Arg('bureauId', () => ID) bureauId: string,
  ): Promise<LawyerProfile> {
    if (!isUuid(bureauId)) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.registration.bureauUnknown', {}, { field: 'bureauId' });
    return registerLawyer(ctx.em, { username, password, name, phone, certificateNumber, firm, bureauId });
  }

  @Query(() => [LawyerRegistrationView], {
    description: 'Lawyers who registered with the caller’s county justice bureau and wait for their practice to be checked, oldest first',
  })
  async lawyerRegistrations(@Ctx() ctx: SubgraphContext): Promise<LawyerRegistrationView[]> {
    requireStaff(ctx.identity, [TenantKind.COUNTY_BUREAU], [StaffRole.REVIEWER, StaffRole.SUPERVISOR, StaffRole.ADMIN]);
    const pending = await ctx.em.find(LawyerProfile, { bureauId: ctx.identity.tenantId, verifiedAt: null }, { orderBy: { registeredAt: 'asc' }, limit: 200 });
    const accounts = new Map((await ctx.em.find(Account, { id: { $in: pending.map((p) => p.accountId) } })).map((a) => [a.id, a]));
    return pending.map((profile) =>
      Object.assign(new LawyerRegistrationView(), {
        profile,
        name: accounts.get(profile.accountId)?.displayName ?? '',
        phoneMasked: accounts.get(profile.accountId)?.phoneMasked ?? null,
      }),
    );
  }

  @Mutation(() => LawyerProfile, {
    description: 'The county justice bureau could not verify a registration: the account stays unusable and the lawyer is told why',
  })
  refuseLawyerRegistration(@Ctx() ctx: SubgraphContext, @Arg('accountId', () => ID) accountId: string, @Arg('reason') reason: string): Promise<LawyerProfile> {
    requireStaff(ctx.identity, [TenantKind.COUNTY_BUREAU], [StaffRole.REVIEWER, StaffRole.SUPERVISOR, StaffRole.ADMIN]);
    if (!isUuid(accountId)) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.notFound.lawyer');
    return refuseLawyerRegistration(ctx.em, { accountId: ctx.identity.accountId!, tenantId: ctx.identity.tenantId! }, accountId, reason);
  }

  @Query(() => LawyerProfile, { nullable: true, description: "The signed-in lawyer's practice as verified" })
  myLawyerProfile(@Ctx() ctx: SubgraphContext): Promise<LawyerProfile | null> {
    requireAccount(ctx.identity);
    return ctx.em.findOne(LawyerProfile, { accountId: ctx.identity.accountId });
  }
}
