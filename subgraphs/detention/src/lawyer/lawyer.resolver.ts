import type { SubgraphContext } from '@rv/kit';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { CENTRE_READERS, centreStaff, lawyerAccount } from '../access.js';
import { Lawyer, Mandate } from './lawyer.entity.js';

@Resolver()
export class LawyerResolver {
  @Query(() => [Mandate], { description: "The lawyer's active mandates (the only suspects it can see)" })
  myMandates(@Ctx() ctx: SubgraphContext): Promise<Mandate[]> {
    return ctx.em.find(
      Mandate,
      { lawyerAccountId: lawyerAccount(ctx), active: true },
      { populate: ['suspect', 'suspect.centre'], orderBy: { createdAt: 'desc' } },
    );
  }

  @Query(() => [Lawyer], { description: "CQ-1: the centre's duty lawyers (值班律师)" })
  async dutyLawyers(@Ctx() ctx: SubgraphContext): Promise<Lawyer[]> {
    const { tenantId } = centreStaff(ctx, CENTRE_READERS);
    const rows = await ctx.em.execute<{ account_id: string }[]>(`select account_id from "detention"."lawyer" where verified and ? = any(duty_centre_ids)`, [
      tenantId,
    ]);
    return ctx.em.find(Lawyer, { accountId: { $in: rows.map((row) => row.account_id) } }, { orderBy: { name: 'asc' } });
  }

  @Query(() => Lawyer, { nullable: true, description: 'The desk finds a walk-in lawyer by practice certificate number (verified lawyers only)' })
  lawyerByCertificate(@Ctx() ctx: SubgraphContext, @Arg('certificateNumber') certificateNumber: string): Promise<Lawyer | null> {
    centreStaff(ctx, CENTRE_READERS);
    return ctx.em.findOne(Lawyer, { certificateNumber: certificateNumber.trim(), verified: true });
  }
}
