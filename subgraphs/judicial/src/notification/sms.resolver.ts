import { requireStaff, type SubgraphContext } from '@rv/kit';
import { StaffRole, TenantKind, type Identity } from '@rv/schema';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { SmsMessage, SmsStatus } from './sms-message.entity.js';

const MAX_PAGE = 500;

/** The caller's SMS: the province sees all, a bureau or office those of its counter; a status and words (or a phone's last digits) narrow it. */
function smsWhere(identity: Identity, status: SmsStatus | null | undefined, search: string | null | undefined) {
  requireStaff(
    identity,
    [TenantKind.COUNTY_BUREAU, TenantKind.JUDICIAL_OFFICE, TenantKind.PROVINCE],
    [StaffRole.INTAKE_CLERK, StaffRole.SUPERVISOR, StaffRole.ADMIN],
  );
  const words = search?.trim().replace(/[%_\\]/g, '');
  return {
    // An account's own SMS (one-time codes) belong to no counter and are never listed.
    applicationId: { $ne: null },
    ...(identity.tenantKind === TenantKind.PROVINCE ? {} : { venueId: identity.tenantId! }),
    ...(status ? { status } : {}),
    ...(words ? { $or: [{ body: { $ilike: `%${words}%` } }, { phone: { $like: `%${words}` } }] } : {}),
  };
}

@Resolver(() => SmsMessage)
export class SmsResolver {
  @Query(() => [SmsMessage], {
    description: "SMS sent to the families at the caller's counter, newest first; phones masked; a page of them (offset, limit ≤ 500)",
  })
  smsLog(
    @Ctx() ctx: SubgraphContext,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
    @Arg('status', () => SmsStatus, { nullable: true }) status?: SmsStatus | null,
    @Arg('search', () => String, { nullable: true, description: 'Words in the text, or the last digits of the phone' }) search?: string | null,
  ): Promise<SmsMessage[]> {
    const where = smsWhere(ctx.identity, status, search);
    return ctx.em.find(SmsMessage, where, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: Math.min(Math.max(limit, 1), MAX_PAGE),
      offset: Math.max(offset, 0),
    });
  }

  @Query(() => Int, { description: 'How many SMS the same filters of smsLog find (for the pager)' })
  smsLogTotal(
    @Ctx() ctx: SubgraphContext,
    @Arg('status', () => SmsStatus, { nullable: true }) status?: SmsStatus | null,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
  ): Promise<number> {
    return ctx.em.count(SmsMessage, smsWhere(ctx.identity, status, search));
  }
}
