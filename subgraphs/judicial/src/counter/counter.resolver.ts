import { KeyedTextView, requireStaff, type SubgraphContext } from '@rv/kit';
import { StaffRole, TenantKind, maskIdNumber, translate } from '@rv/schema';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { SubmitApplicationInput } from '../application/application.resolver.js';
import { submitApplication } from '../application/application.service.js';
import { ApplicantInput, ApplicationResult, Receipt } from './counter.types.js';
import { lookUpResult } from './result-lookup.service.js';

/** GD-20: how the family checks the result, in the catalogue's words. */
const HOW_TO_CHECK = 'booking.receipt.howToCheck';

@Resolver()
export class CounterResolver {
  @Mutation(() => Receipt, { description: "GD-20: a clerk files an application at the counter on a family's behalf and prints the receipt" })
  async fileAtCounter(@Ctx() ctx: SubgraphContext, @Arg('applicant') applicant: ApplicantInput, @Arg('input') input: SubmitApplicationInput): Promise<Receipt> {
    requireStaff(ctx.identity, [TenantKind.COUNTY_BUREAU, TenantKind.JUDICIAL_OFFICE], [StaffRole.INTAKE_CLERK, StaffRole.SUPERVISOR]);
    const application = await submitApplication(
      ctx.em,
      { staffId: ctx.identity.accountId!, venueId: ctx.identity.tenantId, applicant },
      { ...input, venueId: input.venueId || ctx.identity.tenantId },
    );
    const place = { name: application.venue?.name ?? '', address: application.venue?.address ?? '' };
    return {
      application,
      receivedAt: application.submittedAt,
      place: translate('booking.receipt.place', place),
      placeName: place.name,
      placeAddress: place.address,
      placePhone: application.venue?.phone ?? '',
      howToCheck: translate(HOW_TO_CHECK),
      howToCheckKey: HOW_TO_CHECK,
      applicant: `${application.applicantName ?? ''} ${application.applicantIdNumber ? maskIdNumber(application.applicantIdNumber) : ''}`.trim(),
    };
  }

  @Query(() => ApplicationResult, {
    description: 'GD-26: anyone may look a result up with the application number and an ID number on it; misses are throttled per client',
  })
  async applicationResult(@Ctx() ctx: SubgraphContext, @Arg('number') number: string, @Arg('idNumber') idNumber: string): Promise<ApplicationResult> {
    const application = await lookUpResult(ctx.em, number, idNumber, ctx.client);
    return Object.assign(new ApplicationResult(), {
      number: application.number,
      status: application.status,
      serviceDate: application.serviceDay.date,
      venue: application.venue?.name ?? '',
      rejectionKeyed: KeyedTextView.of(application.rejectionKey, application.rejectionParams, application.rejectionRule),
    });
  }
}
