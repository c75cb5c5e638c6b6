import { requireAccount, type SubgraphContext } from '@rv/kit';
import { invalid } from '@rv/schema';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Account } from './account.entity.js';
import { confirmPhoneChange, requestPhoneChange } from './family-account.service.js';
import { requestPasswordReset, resetPassword } from './password-reset.service.js';

@ObjectType({ description: 'An SMS code was sent (or, for a forgotten password, would have been if the account exists): quote the ticket with the code' })
export class CodeTicketResult {
  @Field(() => ID)
  ticket!: string;

  @Field(() => Int)
  expiresInSeconds!: number;
}

/** Inputs longer than any valid one are refused before any work (and before any throttle point). */
function bounded(values: Record<string, string>): void {
  for (const [field, value] of Object.entries(values)) if (value.length > 256) throw invalid('security.badValue', {}, field);
}

function secretOf(ctx: SubgraphContext): string {
  if (!ctx.tokenSecret) throw new Error('TOKEN_SECRET is not configured');
  return ctx.tokenSecret;
}

/** Issue 15: a family's own account — its phone, and a forgotten password by SMS code (a password change is every account's changePassword). */
@Resolver()
export class FamilyAccountResolver {
  @Mutation(() => CodeTicketResult, { description: 'A new mobile, step one: the current password; a code goes by SMS to the new number' })
  requestPhoneChange(@Ctx() ctx: SubgraphContext, @Arg('currentPassword') currentPassword: string, @Arg('phone') phone: string): Promise<CodeTicketResult> {
    requireAccount(ctx.identity);
    bounded({ currentPassword, phone });
    return requestPhoneChange(ctx.em, secretOf(ctx), ctx.identity.accountId, currentPassword, phone);
  }

  @Mutation(() => Account, { description: 'A new mobile, step two: the code sent to it; the old number is told' })
  confirmPhoneChange(@Ctx() ctx: SubgraphContext, @Arg('ticket', () => ID) ticket: string, @Arg('code') code: string): Promise<Account> {
    requireAccount(ctx.identity);
    bounded({ ticket, code });
    return confirmPhoneChange(ctx.em, secretOf(ctx), ctx.identity.accountId, ticket, code, ctx.client);
  }

  @Mutation(() => CodeTicketResult, {
    description:
      'Forgotten password, step one: a username or mobile; the same answer whether or not an account exists (a code goes by SMS to the phone on file if it does)',
  })
  requestPasswordReset(@Ctx() ctx: SubgraphContext, @Arg('name') name: string): Promise<CodeTicketResult> {
    bounded({ name });
    return requestPasswordReset(ctx.em, secretOf(ctx), name, ctx.client);
  }

  @Mutation(() => Boolean, { description: 'Forgotten password, step two: the SMS code and a new password; every earlier session of the account ends' })
  async resetPassword(
    @Ctx() ctx: SubgraphContext,
    @Arg('ticket', () => ID) ticket: string,
    @Arg('code') code: string,
    @Arg('newPassword') newPassword: string,
  ): Promise<boolean> {
    bounded({ ticket, code, newPassword });
    await resetPassword(ctx.em, secretOf(ctx), ticket, code, newPassword, ctx.client);
    return true;
  }
}
