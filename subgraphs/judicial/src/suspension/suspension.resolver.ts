import { requireStaff, type SubgraphContext } from '@rv/kit';
import { StaffRole, TenantKind } from '@rv/schema';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { SuspensionCause, SuspensionNotice } from './suspension-notice.entity.js';
import { issueSuspensionNotice } from './suspension.service.js';

const ALL_STAFF_KINDS = Object.values(TenantKind);

@Resolver(() => SuspensionNotice)
export class SuspensionResolver {
  @Mutation(() => SuspensionNotice, { description: 'GD-39: stop meetings for a period; every affected booking is told and offered a priority reschedule' })
  issueSuspensionNotice(
    @Ctx() ctx: SubgraphContext,
    @Arg('cause', () => SuspensionCause) cause: SuspensionCause,
    @Arg('fromDate') fromDate: string,
    @Arg('toDate') toDate: string,
    @Arg('message') message: string,
  ): Promise<SuspensionNotice> {
    requireStaff(ctx.identity, ALL_STAFF_KINDS, [StaffRole.SUPERVISOR, StaffRole.ADMIN]);
    return issueSuspensionNotice(ctx.em, { ...ctx.identity, accountId: ctx.identity.accountId! }, { cause, fromDate, toDate, message });
  }

  @Query(() => [SuspensionNotice], { description: 'Suspension notices, newest first (public: families need to know)' })
  suspensionNotices(@Ctx() ctx: SubgraphContext): Promise<SuspensionNotice[]> {
    return ctx.em.find(SuspensionNotice, {}, { orderBy: { issuedAt: 'desc' }, limit: 100 });
  }
}
