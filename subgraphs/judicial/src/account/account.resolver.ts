import { requireAccount, type SubgraphContext } from '@rv/kit';
import { SignInStep, invalid } from '@rv/schema';
import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Account } from './account.entity.js';
import { checkCredentials, identityOf } from './login.service.js';
import { signIn } from './sign-in.service.js';
import { signToken } from './token.js';
import { registerProxy } from './registration.service.js';
import { lawyerMayUse } from '../lawyer/lawyer.service.js';

@ObjectType()
export class LoginResult {
  @Field({ description: 'Bearer token for the Authorization header and the graphql-ws connection' })
  token!: string;

  @Field(() => Account)
  account!: Account;

  @Field(() => SignInStep, { description: 'Issue 15: DONE, or what the sign-in still needs; until DONE the token allows only that step' })
  step!: SignInStep;
}

@Resolver(() => Account)
export class AccountResolver {
  @Mutation(() => LoginResult, {
    description:
      'Sign in; throttled per client address and overall, and each further wrong password for a username from one client waits longer (no account lock)',
  })
  async login(
    @Ctx() ctx: SubgraphContext,
    @Arg('username') username: string,
    @Arg('password') password: string,
    @Arg('totpCode', () => String, { nullable: true, description: 'Issue 15: the authenticator code, for administrators and supervisors (or verifyTotp next)' })
    totpCode: string | null,
  ): Promise<LoginResult> {
    if (username.length > 64 || password.length > 256 || (totpCode?.length ?? 0) > 16) throw invalid('account.tooLong');
    if (!ctx.tokenSecret) throw new Error('TOKEN_SECRET is not configured');
    const account = await checkCredentials(ctx.em, username, password, ctx.client);
    await lawyerMayUse(ctx.em, account); // a self-registered lawyer waits for its justice bureau's check
    return signIn(ctx.em, account, totpCode ?? null, ctx.tokenSecret);
  }

  @Mutation(() => LoginResult, { description: 'GD-18: a family’s proxy opens a real-name account (name, resident ID, mobile) and is signed in' })
  async registerProxy(
    @Ctx() ctx: SubgraphContext,
    @Arg('username') username: string,
    @Arg('password') password: string,
    @Arg('name') name: string,
    @Arg('idNumber') idNumber: string,
    @Arg('phone') phone: string,
  ): Promise<LoginResult> {
    if (!ctx.tokenSecret) throw new Error('TOKEN_SECRET is not configured');
    const account = await registerProxy(ctx.em, { username, password, name, idNumber, phone });
    return { token: await signToken(identityOf(account), ctx.tokenSecret), account, step: SignInStep.DONE };
  }

  @Query(() => Account, { description: 'The signed-in account' })
  async me(@Ctx() ctx: SubgraphContext): Promise<Account> {
    requireAccount(ctx.identity);
    return ctx.em.findOneOrFail(Account, { id: ctx.identity.accountId });
  }
}
