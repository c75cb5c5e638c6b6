import type { FilterQuery } from '@mikro-orm/core';
import { batchLoader, type SubgraphContext } from '@rv/kit';
import { CASE_ROLES, PublicRole, StaffRole, TenantKind, invalid, caseFilter, caseScope, forbidden, hasRole, isUuid, notFound, type Identity } from '@rv/schema';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ApplicationStub, Meeting } from './meeting.entity.js';

function meetingScope(identity: Identity): FilterQuery<Meeting> {
  // CQ: a lawyer sees the lawyer meetings they are named on; a detention centre's staff its own meetings, and so does
  // its meeting room's terminal (CQ-4: it seats the suspect, so it must see when a meeting goes live).
  if (!identity.tenantKind && identity.accountId && hasRole(identity, PublicRole.LAWYER))
    return { counselAccountIds: { $contains: [identity.accountId] } } as FilterQuery<Meeting>;
  if (identity.tenantKind === TenantKind.DETENTION_CENTRE && identity.tenantId && hasRole(identity, ...CASE_ROLES, StaffRole.ROOM_TERMINAL))
    return { institutionId: identity.tenantId };
  return caseFilter(caseScope(identity)) as FilterQuery<Meeting>;
}

function loadVisibleMeeting(ctx: SubgraphContext, id: string): Promise<Meeting | null> {
  const scope = meetingScope(ctx.identity);
  if (!isUuid(id)) return Promise.resolve(null);
  return batchLoader(
    ctx,
    'visibleMeeting',
    (ids) => ctx.em.find(Meeting, { $and: [{ id: { $in: [...ids] } }, scope] }),
    (m) => m.id,
  ).load(id);
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting)
  async meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Meeting> {
    const visible = await loadVisibleMeeting(ctx, id);
    if (visible) return visible;
    if (isUuid(id) && (await ctx.em.count(Meeting, { id }))) throw forbidden();
    throw notFound('meeting');
  }

  @FieldResolver(() => ID, { description: 'The booking or application this meeting holds (a lawyer meeting: its detention queue entry)' })
  bookingId(@Root() meeting: Meeting): string {
    return meeting.applicationId;
  }

  @Query(() => [Meeting], { description: "The caller's meetings on a day (YYYY-MM-DD)" })
  meetings(@Arg('date') date: string, @Ctx() ctx: SubgraphContext): Promise<Meeting[]> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw invalid('meetingDay.dateFormat', {}, 'date');
    return ctx.em.find(Meeting, { $and: [{ date }, meetingScope(ctx.identity)] }, { orderBy: { updatedAt: 'asc' }, limit: 500 });
  }
}

/** Contributes `meeting` to the judicial subgraph's Application. */
@Resolver(() => ApplicationStub)
export class ApplicationMeetingResolver {
  @FieldResolver(() => Meeting, { nullable: true })
  meeting(@Root() application: ApplicationStub, @Ctx() ctx: SubgraphContext): Promise<Meeting | null> {
    if (!isUuid(application.id)) return Promise.resolve(null);
    const scope = meetingScope(ctx.identity);
    return batchLoader(
      ctx,
      'meetingByApplication',
      (ids) => ctx.em.find(Meeting, { $and: [{ applicationId: { $in: [...ids] } }, scope] }),
      (m) => m.applicationId,
    ).load(application.id);
  }
}

export const meetingReferences = {
  // async: a refusal (anonymous, auditor) nulls this entity only, not the other representations of the batch
  Meeting: { __resolveReference: async (ref: { id: string }, ctx: SubgraphContext) => loadVisibleMeeting(ctx, ref.id) },
  Application: { __resolveReference: (ref: { id: string }) => Object.assign(new ApplicationStub(), { id: ref.id }) },
};
