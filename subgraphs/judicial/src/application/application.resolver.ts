import { batchLoader, findRows, requireAccount, requireStaff, type SubgraphContext, KeyedTextView, keyedWords, Parent } from '@rv/kit';
import { PublicRole, Relation, StaffRole, TenantKind, forbidden, hasRole, isUuid, notFound } from '@rv/schema';
import { Arg, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DetaineeStub, InmateStub, Subject, subjectStub } from '../subject/subject.types.js';
import { Application, ApplicationStatus, Visitor } from './application.entity.js';
import { applicationScope } from './application.scope.js';
import { cancelApplication, submitApplication } from './application.service.js';
import { approveEmergencyMeeting } from './emergency.service.js';

@InputType()
class VisitorInput {
  @Field()
  name!: string;

  @Field({ description: '18-digit resident ID number' })
  idNumber!: string;

  @Field(() => Relation)
  relation!: Relation;
}

@InputType()
export class SubmitApplicationInput {
  @Field(() => ID)
  subjectId!: string;

  @Field(() => ID)
  serviceDayId!: string;

  @Field(() => ID, { description: 'The venue; at the counter, the clerk’s own bureau' })
  venueId!: string;

  @Field(() => [VisitorInput])
  visitors!: VisitorInput[];

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field({ description: 'Client-chosen key; a retried submit with the same key returns the same application' })
  idempotencyKey!: string;
}

/** Loads applications the caller may see, batched per request; null when absent or not visible. */
export function loadVisibleApplication(ctx: SubgraphContext, id: string): Promise<Application | null> {
  const scope = applicationScope(ctx.identity);
  if (!isUuid(id)) return Promise.resolve(null);
  return batchLoader(
    ctx,
    'visibleApplication',
    (ids) => ctx.em.find(Application, { $and: [{ id: { $in: [...ids] } }, scope] }, { populate: ['serviceDay', 'venue'] }),
    (a) => a.id,
  ).load(id);
}

@Resolver(() => Application)
export class ApplicationResolver {
  @Query(() => Application, { description: 'One application the caller may see' })
  async application(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Application> {
    const visible = await loadVisibleApplication(ctx, id);
    if (visible) return visible;
    const exists = isUuid(id) && (await ctx.em.count(Application, { id }));
    if (exists) throw forbidden('forbidden.notYourApplication');
    throw notFound('application');
  }

  @Query(() => [Application], { description: "The caller's applications: its own, its counter's or its institution's" })
  applications(
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('status', () => ApplicationStatus, { nullable: true }) status?: ApplicationStatus,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<Application[]> {
    const scope = applicationScope(ctx.identity);
    // Plain rows, only the selected columns when the selection allows (issue 16: a list is read, not changed).
    return findRows(
      ctx.em,
      Application,
      { $and: [scope, status ? { status } : {}] },
      { orderBy: { submittedAt: 'desc' }, limit: Math.min(limit, 200), offset, join: ['serviceDay', 'venue'], info },
    );
  }

  @Mutation(() => Application, { description: 'GD-19 apply for a remote meeting (proxy applicant)' })
  async submitApplication(@Arg('input') input: SubmitApplicationInput, @Ctx() ctx: SubgraphContext): Promise<Application> {
    requireAccount(ctx.identity);
    if (!hasRole(ctx.identity, PublicRole.PROXY)) throw forbidden('forbidden.proxiesOnly');
    return submitApplication(ctx.em, { proxyAccountId: ctx.identity.accountId }, input);
  }

  @Mutation(() => Application, {
    description:
      'YN-14: the warden alone approves, for a family emergency, a longer meeting and/or one at a non-scheduled time; not an extra meeting in the month (YN-27(3): recorded here, it is what lengthens the meeting)',
  })
  async approveEmergencyMeeting(
    @Ctx() ctx: SubgraphContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('reason') reason: string,
    @Arg('extraMinutes', () => Int, { nullable: true, description: 'Minutes added to the meeting' }) extraMinutes?: number,
    @Arg('meetingTime', () => String, { nullable: true, description: 'The non-scheduled time, HH:MM (China Standard Time)' }) meetingTime?: string,
  ): Promise<Application> {
    // The warden: the prison's leadership, its supervisor role.
    requireStaff(ctx.identity, [TenantKind.PRISON], [StaffRole.SUPERVISOR]);
    return approveEmergencyMeeting(ctx.em, { ...ctx.identity, accountId: ctx.identity.accountId! }, { applicationId, reason, extraMinutes, meetingTime });
  }

  @Mutation(() => Application, { description: 'Withdraw an application; its slot is released' })
  async cancelApplication(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Application> {
    requireAccount(ctx.identity);
    if (!hasRole(ctx.identity, PublicRole.PROXY)) throw forbidden();
    return cancelApplication(ctx.em, ctx.identity.accountId, id);
  }

  @FieldResolver(() => Subject)
  subject(@Parent() application: Application) {
    return subjectStub(application.subjectKind, application.subjectId);
  }

  @FieldResolver(() => [Visitor], { description: 'Visitors, ID numbers masked' })
  visitors(@Parent() application: Application): Visitor[] {
    return application.visitors.map(Visitor.from);
  }

  @FieldResolver(() => KeyedTextView, {
    nullable: true,
    description: 'Why it was refused, stopped or closed, by catalogue key (issue 14): the portal translates',
  })
  rejectionKeyed(@Parent() application: Application): KeyedTextView | null {
    return KeyedTextView.of(application.rejectionKey, application.rejectionParams, application.rejectionRule);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The same in words, in the caller’s language (zh-CN default, en)' })
  rejectionReason(@Parent() application: Application, @Arg('locale', () => String, { defaultValue: 'zh-CN' }) locale: string): string | null {
    return keyedWords(application.rejectionKey, application.rejectionParams, locale);
  }
}

/** Contributes `applications` to the prison's Inmate: only those the caller may see. */
@Resolver(() => InmateStub)
export class InmateApplicationsResolver {
  @FieldResolver(() => [Application])
  applications(@Root() inmate: InmateStub, @Ctx() ctx: SubgraphContext): Promise<Application[]> {
    return subjectApplications(ctx, inmate.id);
  }
}

@Resolver(() => DetaineeStub)
export class DetaineeApplicationsResolver {
  @FieldResolver(() => [Application])
  applications(@Root() detainee: DetaineeStub, @Ctx() ctx: SubgraphContext): Promise<Application[]> {
    return subjectApplications(ctx, detainee.id);
  }
}

async function subjectApplications(ctx: SubgraphContext, subjectId: string): Promise<Application[]> {
  if (!isUuid(subjectId)) return [];
  const scope = applicationScope(ctx.identity);
  return ctx.em.find(Application, { $and: [{ subjectId }, scope] }, { orderBy: { submittedAt: 'desc' }, limit: 100, populate: ['serviceDay', 'venue'] });
}

export const applicationReference = {
  Application: {
    // async: a refusal (anonymous, auditor) nulls this entity only, not the other representations of the batch
    __resolveReference: async (ref: { id: string }, ctx: SubgraphContext) => loadVisibleApplication(ctx, ref.id),
  },
};
