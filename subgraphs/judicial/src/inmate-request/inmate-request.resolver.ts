import { KeyedTextView, RejectionReasonOption, keyedWords, requireStaff, subjectRejectionOptions, type SubgraphContext, Parent } from '@rv/kit';
import { CASE_ROLES, INSTITUTION_KINDS, Relation, TenantKind, VENUE_KINDS, forbidden, isUuid, notFound, rulePack } from '@rv/schema';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity.js';
import { Application } from '../application/application.entity.js';
import { CountyBureau } from '../bureau/bureau.entity.js';
import { InstitutionRef } from '../slot/institution-ref.entity.js';
import { ServiceDay } from '../slot/service-day.entity.js';
import { SubjectRef } from '../subject/subject-ref.entity.js';
import { PrintableForm, form1, form2, type FormContext } from './forms.js';
import { InmateRequest, NamedRelativeView } from './inmate-request.entity.js';
import { answerForFamily, changeInmateRequestDate, decideInmateRequest, inmateTold, requestInmateMeeting } from './inmate-request.service.js';

@InputType()
class NamedRelativeInput {
  @Field()
  name!: string;

  @Field(() => Relation)
  relation!: Relation;

  @Field()
  idNumber!: string;

  @Field()
  address!: string;

  @Field()
  phone!: string;
}

@InputType()
class InmateRequestInput {
  @Field(() => ID)
  subjectId!: string;

  @Field({ description: 'Form 1’s applicant: the inmate’s name' })
  inmateName!: string;

  @Field(() => [NamedRelativeInput])
  relatives!: NamedRelativeInput[];

  @Field()
  reason!: string;
}

const staffOf = (ctx: SubgraphContext) => ctx.identity as typeof ctx.identity & { tenantId: string; accountId: string };

async function formContext(
  ctx: SubgraphContext,
  institutionId: string,
  subjectId: string,
  venueId: string | null,
  serviceDayId: string | null,
  meetingTime: string | null,
): Promise<FormContext> {
  const [institution, subject, venue, day] = await Promise.all([
    ctx.em.findOne(InstitutionRef, { id: institutionId }),
    ctx.em.findOne(SubjectRef, { id: subjectId }),
    venueId ? ctx.em.findOne(CountyBureau, { id: venueId }) : null,
    serviceDayId ? ctx.em.findOne(ServiceDay, { id: serviceDayId }) : null,
  ]);
  return {
    institutionName: institution?.name ?? '',
    ward: subject?.ward ?? null,
    venueName: venue?.name ?? null,
    serviceDate: day?.date ?? null,
    meetingTime,
    treatmentLevel: subject?.treatmentLevel ?? 'ORDINARY',
  };
}

/** YN-9: the prison sees its inmates' requests; a bureau (or its judicial office) those it tells the family of. */
async function requestScope(ctx: SubgraphContext): Promise<FilterQuery<InmateRequest>> {
  requireStaff(ctx.identity, [TenantKind.PRISON, ...VENUE_KINDS], CASE_ROLES);
  const staff = staffOf(ctx);
  if (staff.tenantKind === TenantKind.PRISON) return { institutionId: staff.tenantId };
  const office = await ctx.em.findOne(CountyBureau, { id: staff.tenantId });
  return { venueId: office?.parentBureauId ?? staff.tenantId };
}

@Resolver(() => InmateRequest)
export class InmateRequestResolver {
  @Mutation(() => InmateRequest, { description: 'YN-9(1): an inmate asks the prison for a meeting, naming relatives (Form 1)' })
  requestInmateMeeting(@Ctx() ctx: SubgraphContext, @Arg('input') input: InmateRequestInput): Promise<InmateRequest> {
    requireStaff(ctx.identity, [TenantKind.PRISON], CASE_ROLES);
    return requestInmateMeeting(ctx.em, staffOf(ctx), input);
  }

  @Mutation(() => InmateRequest, { description: 'YN-9(2): the prison decides within 5 working days; an approval books the day and tells the family’s bureau' })
  decideInmateRequest(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('approve') approve: boolean,
    @Arg('serviceDayId', () => ID, { nullable: true }) serviceDayId?: string,
    @Arg('meetingTime', () => String, { nullable: true, description: 'HH:MM (YN-8(3))' }) meetingTime?: string,
    @Arg('venueId', () => ID, { nullable: true, description: 'The county bureau of the family’s household or residence' }) venueId?: string,
    @Arg('relativeIndexes', () => [Int], { nullable: true, description: 'Which named relatives meet; default all' }) relativeIndexes?: number[],
    @Arg('reasonCode', () => String, { nullable: true }) reasonCode?: string,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ): Promise<InmateRequest> {
    requireStaff(ctx.identity, [TenantKind.PRISON], CASE_ROLES);
    return decideInmateRequest(ctx.em, staffOf(ctx), id, { approve, serviceDayId, meetingTime, venueId, relativeIndexes, reasonCode, reason });
  }

  @Mutation(() => InmateRequest, { description: 'YN-9(3): the bureau has told the family and reports whether they accept' })
  answerInmateRequest(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string, @Arg('accepted') accepted: boolean): Promise<InmateRequest> {
    requireStaff(ctx.identity, VENUE_KINDS, CASE_ROLES);
    return answerForFamily(ctx.em, staffOf(ctx), id, accepted);
  }

  @Mutation(() => InmateRequest, { description: 'YN-9(3): the prison has told the inmate' })
  inmateRequestTold(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<InmateRequest> {
    requireStaff(ctx.identity, [TenantKind.PRISON], CASE_ROLES);
    return inmateTold(ctx.em, staffOf(ctx), id);
  }

  @Mutation(() => InmateRequest, { description: 'YN-9(3): the prison moves an arranged meeting; the bureau arranges it again within 2 working days' })
  changeInmateRequestDate(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('serviceDayId', () => ID) serviceDayId: string,
    @Arg('meetingTime', () => String, { nullable: true }) meetingTime?: string,
  ): Promise<InmateRequest> {
    requireStaff(ctx.identity, [TenantKind.PRISON], CASE_ROLES);
    return changeInmateRequestDate(ctx.em, staffOf(ctx), id, serviceDayId, meetingTime);
  }

  @Query(() => [InmateRequest], { description: 'YN-9: requests at the caller’s prison, or told to the caller’s bureau; by due day' })
  async inmateRequests(@Ctx() ctx: SubgraphContext): Promise<InmateRequest[]> {
    return ctx.em.find(InmateRequest, await requestScope(ctx), { orderBy: { stageDueOn: 'asc' }, limit: 200 });
  }

  @Query(() => InmateRequest, { description: 'YN-9: one request the caller’s prison or bureau handles' })
  async inmateRequest(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<InmateRequest> {
    const request = isUuid(id) ? await ctx.em.findOne(InmateRequest, { $and: [{ id }, await requestScope(ctx)] }) : null;
    if (!request) throw notFound('inmateRequest');
    return request;
  }

  @FieldResolver(() => [RejectionReasonOption], { description: 'YN-9(2): the reasons the prison may refuse the request for (about the inmate), from the pack' })
  rejectionReasons(@Root() request: InmateRequest): RejectionReasonOption[] {
    return subjectRejectionOptions(rulePack(request.rulePack), 'inmate');
  }

  @FieldResolver(() => KeyedTextView, { nullable: true, description: 'YN-9(2): why the prison refused, by catalogue key (issue 14): the portal translates' })
  rejectionKeyed(@Root() request: InmateRequest): KeyedTextView | null {
    return KeyedTextView.of(request.rejectionKey, request.rejectionParams, request.rejectionRule);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The same in words, in the caller’s language (zh-CN default, en)' })
  rejectionReason(@Root() request: InmateRequest, @Arg('locale', () => String, { defaultValue: 'zh-CN' }) locale: string): string | null {
    return keyedWords(request.rejectionKey, request.rejectionParams, locale);
  }

  @FieldResolver(() => [NamedRelativeView], { description: 'Relatives named on Form 1, ID and phone masked' })
  relatives(@Root() request: InmateRequest): NamedRelativeView[] {
    return request.relatives.map(NamedRelativeView.from);
  }

  @FieldResolver(() => PrintableForm, { description: 'YN Form 1, to print at the prison' })
  async form1(@Root() request: InmateRequest, @Ctx() ctx: SubgraphContext): Promise<PrintableForm> {
    const application = request.applicationId ? await ctx.em.findOne(Application, { id: request.applicationId }) : null;
    return form1(
      request,
      await formContext(ctx, request.institutionId, request.subjectId, request.venueId, application?.serviceDay.id ?? null, application?.meetingTime ?? null),
    );
  }
}

@Resolver(() => Application)
export class ApplicationFormResolver {
  @FieldResolver(() => PrintableForm, { description: 'YN Form 2, the family’s request, for the applicant, the venue and the institution' })
  async form2(@Parent() application: Application, @Ctx() ctx: SubgraphContext): Promise<PrintableForm> {
    const identity = ctx.identity;
    const own =
      identity.accountId === application.proxyAccountId ||
      (identity.tenantKind && VENUE_KINDS.includes(identity.tenantKind) && identity.tenantId === application.venue?.id) ||
      (identity.tenantKind && INSTITUTION_KINDS.includes(identity.tenantKind) && identity.tenantId === application.institutionId);
    if (!own) throw forbidden('forbidden.formParties');
    const proxy = application.proxyAccountId ? await ctx.em.findOne(Account, { id: application.proxyAccountId }) : null;
    const applicant = application.applicantName ?? proxy?.displayName ?? '';
    return form2(
      application,
      applicant,
      await formContext(
        ctx,
        application.institutionId,
        application.subjectId,
        application.venue?.id ?? null,
        application.serviceDay.id,
        application.meetingTime,
      ),
    );
  }
}
