import { requireStaff, type SubgraphContext } from '@rv/kit';
import { StaffRole, TenantKind } from '@rv/schema';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { SmsMessage } from './sms-message.entity.js';

@Resolver(() => SmsMessage)
export class SmsResolver {
  @Query(() => [SmsMessage], { description: "SMS sent to the families at the caller's counter, newest first; phones masked" })
  smsLog(@Ctx() ctx: SubgraphContext, @Arg('limit', () => Int, { defaultValue: 50 }) limit = 50): Promise<SmsMessage[]> {
    requireStaff(ctx.identity, [TenantKind.COUNTY_BUREAU, TenantKind.JUDICIAL_OFFICE, TenantKind.PROVINCE],
      [StaffRole.INTAKE_CLERK, StaffRole.SUPERVISOR, StaffRole.ADMIN]);
    const where = ctx.identity.tenantKind === TenantKind.PROVINCE ? {} : { venueId: ctx.identity.tenantId };
    return ctx.em.find(SmsMessage, where, { orderBy: { createdAt: 'desc' }, limit: Math.min(limit, 500) });
  }
}
