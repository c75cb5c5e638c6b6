import { requireStaff, type SubgraphContext } from '@rv/kit';
import { StaffRole, TenantKind, maskIdNumber, notFound } from '@rv/schema';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Application } from '../application/application.entity.js';
import { SubmitApplicationInput } from '../application/application.resolver.js';
import { submitApplication } from '../application/application.service.js';
import { ApplicantInput, ApplicationResult, Receipt } from './counter.types.js';

const HOW_TO_CHECK = '审批结果将以短信通知；也可凭申请编号和身份证号码在网上查询 (The result is sent by SMS; it can also be looked up online with the application number and the ID number)';

@Resolver()
export class CounterResolver {
  @Mutation(() => Receipt, { description: "GD-20: a clerk files an application at the counter on a family's behalf and prints the receipt" })
  async fileAtCounter(
    @Ctx() ctx: SubgraphContext,
    @Arg('applicant') applicant: ApplicantInput,
    @Arg('input') input: SubmitApplicationInput,
  ): Promise<Receipt> {
    requireStaff(ctx.identity, [TenantKind.COUNTY_BUREAU, TenantKind.JUDICIAL_OFFICE], [StaffRole.INTAKE_CLERK, StaffRole.SUPERVISOR]);
    const application = await submitApplication(ctx.em,
      { staffId: ctx.identity.accountId!, venueId: ctx.identity.tenantId, applicant }, { ...input, venueId: input.venueId || ctx.identity.tenantId });
    return {
      application,
      receivedAt: application.submittedAt,
      place: `${application.venue?.name}（${application.venue?.address}）`,
      howToCheck: HOW_TO_CHECK,
      applicant: `${application.applicantName ?? ''} ${application.applicantIdNumber ? maskIdNumber(application.applicantIdNumber) : ''}`.trim(),
    };
  }

  @Query(() => ApplicationResult, { description: 'GD-26: anyone may look a result up with the application number and an ID number on it' })
  async applicationResult(
    @Ctx() ctx: SubgraphContext,
    @Arg('number') number: string,
    @Arg('idNumber') idNumber: string,
  ): Promise<ApplicationResult> {
    const application = number.length <= 32 ? await ctx.em.findOne(Application, { number }, { populate: ['serviceDay', 'venue'] }) : null;
    const onIt = application && (application.applicantIdNumber === idNumber || application.visitors.some((visitor) => visitor.idNumber === idNumber));
    // One answer for "no such number" and "not your number", so the look-up reveals nothing.
    if (!application || !onIt) throw notFound('application');
    return {
      number: application.number, status: application.status, serviceDate: application.serviceDay.date,
      venue: application.venue?.name ?? '', rejectionReason: application.rejectionReason,
    };
  }
}
