import type { SubgraphContext } from '@rv/kit';
import { SignInStep } from '@rv/schema';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Account } from './account.entity.js';
import { LoginResult } from './account.resolver.js';
import { beginTotpEnrolment, changePassword, confirmTotpEnrolment, verifyTotp } from './sign-in.service.js';
import {
  createStaffAccount,
  listStaffAccounts,
  resetStaffPassword,
  setStaffAccountActive,
  setStaffAccountRoles,
  type WithTemporaryPassword,
} from './staff-account.service.js';

registerEnumType(SignInStep, { name: 'SignInStep', description: 'Issue 15: where a sign-in stands' });

@InputType()
export class NewStaffAccountInput {
  @Field() username!: string;
  @Field() displayName!: string;
  @Field({ description: 'The unit’s kind (TenantKind)' }) tenantKind!: string;
  @Field(() => ID) tenantId!: string;
  @Field(() => [String]) roles!: string[];
}

@ObjectType({ description: 'An account with the temporary password the administrator hands over (shown this once)' })
export class StaffAccountWithPassword {
  @Field(() => Account) account!: Account;
  @Field() temporaryPassword!: string;
}

@ObjectType()
export class StaffAccountPage {
  @Field(() => [Account]) items!: Account[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'Issue 15: a new TOTP secret to scan (shown this once; stored sealed)' })
export class TotpEnrolment {
  @Field() secret!: string;
  @Field({ description: 'otpauth:// URI' }) uri!: string;
  @Field({ description: 'The URI as a QR code (PNG data URL)' }) qrDataUrl!: string;
}

function secretOf(ctx: SubgraphContext): string {
  if (!ctx.tokenSecret) throw new Error('TOKEN_SECRET is not configured');
  return ctx.tokenSecret;
}

const handedOver = (result: WithTemporaryPassword): StaffAccountWithPassword => Object.assign(new StaffAccountWithPassword(), result);

/** Issue 15: administrators manage staff accounts; every account finishes its own sign-in (password, second factor). */
@Resolver(() => Account)
export class StaffAccountResolver {
  @FieldResolver(() => Boolean, { description: 'Issue 15: a second factor (TOTP) is set up' })
  totpEnrolled(@Root() account: Account): boolean {
    return account.totpEnrolledAt !== null;
  }

  @Query(() => StaffAccountPage, { description: 'Issue 15: the accounts an administrator sees: its unit’s; the province’s also every unit’s administrators' })
  async staffAccounts(
    @Ctx() ctx: SubgraphContext,
    @Arg('tenantId', () => ID, { nullable: true }) tenantId: string | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
  ): Promise<StaffAccountPage> {
    return listStaffAccounts(ctx.em, ctx.identity, { tenantId: tenantId ?? null, search: search?.trim() || null, offset, limit });
  }

  @Mutation(() => StaffAccountWithPassword, { description: 'Issue 15: open a staff account with a temporary password (changed at first sign-in)' })
  async createStaffAccount(
    @Ctx() ctx: SubgraphContext,
    @Arg('input', () => NewStaffAccountInput) input: NewStaffAccountInput,
  ): Promise<StaffAccountWithPassword> {
    return handedOver(await createStaffAccount(ctx.em, ctx.identity, input));
  }

  @Mutation(() => Account, { description: 'Issue 15: new roles; the account’s sessions end' })
  setStaffAccountRoles(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string, @Arg('roles', () => [String]) roles: string[]): Promise<Account> {
    return setStaffAccountRoles(ctx.em, ctx.identity, id, roles);
  }

  @Mutation(() => StaffAccountWithPassword, {
    description: 'Issue 15: a new temporary password (shown once); the account’s sessions end; optionally its second factor is set up again',
  })
  async resetStaffPassword(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('resetSecondFactor', { defaultValue: false }) resetSecondFactor: boolean,
  ): Promise<StaffAccountWithPassword> {
    return handedOver(await resetStaffPassword(ctx.em, ctx.identity, id, resetSecondFactor));
  }

  @Mutation(() => Account, { description: 'Issue 15 / 19: deactivate (sessions and open sockets end at once) or reactivate' })
  setStaffAccountActive(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string, @Arg('active') active: boolean): Promise<Account> {
    return setStaffAccountActive(ctx.em, ctx.identity, id, active);
  }

  @Mutation(() => LoginResult, {
    description:
      'Issue 15: any account changes its own password (staff: also the temporary one at first sign-in); the current one required; other sessions end; answers the next step and a new token',
  })
  changePassword(@Ctx() ctx: SubgraphContext, @Arg('currentPassword') currentPassword: string, @Arg('newPassword') newPassword: string): Promise<LoginResult> {
    return changePassword(ctx.em, ctx.identity, currentPassword, newPassword, secretOf(ctx));
  }

  @Mutation(() => TotpEnrolment, { description: 'Issue 15: a second factor for an administrator or supervisor: the secret and QR code to scan' })
  beginTotpEnrolment(@Ctx() ctx: SubgraphContext): Promise<TotpEnrolment> {
    return beginTotpEnrolment(ctx.em, ctx.identity, secretOf(ctx));
  }

  @Mutation(() => LoginResult, { description: 'Issue 15: the first code from the new secret; the sign-in is done' })
  confirmTotpEnrolment(@Ctx() ctx: SubgraphContext, @Arg('code') code: string): Promise<LoginResult> {
    return confirmTotpEnrolment(ctx.em, ctx.identity, code, secretOf(ctx));
  }

  @Mutation(() => LoginResult, { description: 'Issue 15: this sign-in’s authenticator code (one step of tolerance; wrong codes throttled)' })
  verifyTotp(@Ctx() ctx: SubgraphContext, @Arg('code') code: string): Promise<LoginResult> {
    return verifyTotp(ctx.em, ctx.identity, code, secretOf(ctx));
  }
}
