import { requireStaff, type SubgraphContext, Parent } from '@rv/kit';
import { StaffRole, TenantKind, checkPreparation, localeOf, notFound, rulePack, translate, type MessageKey, type MessageParams } from '@rv/schema';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Application } from '../application/application.entity.js';
import { loadVisibleApplication } from '../application/application.resolver.js';
import { Attendance, PledgeSignature } from './attendance.entity.js';
import { checkInVisitor, confirmPreparation, readyToJoin, recordNoShow, refuseForConduct, signPledge } from './checkin.service.js';

const VENUE = [TenantKind.COUNTY_BUREAU, TenantKind.JUDICIAL_OFFICE];
const DESK = [StaffRole.INTAKE_CLERK, StaffRole.SUPERVISOR, StaffRole.MONITOR];

function staffOf(ctx: SubgraphContext) {
  requireStaff(ctx.identity, VENUE, DESK);
  return { ...ctx.identity, accountId: ctx.identity.accountId! };
}

/** Attendance is read for one application at a time (the check-in screen), so one query each is fine. */
function loadAttendance(ctx: SubgraphContext, applicationId: string): Promise<Attendance[]> {
  return ctx.em.find(Attendance, { applicationId }, { orderBy: { visitorIndex: 'asc' } });
}

@Resolver(() => Application)
export class CheckInResolver {
  @Mutation(() => Attendance, { description: 'GD-29 / YN-11: check one arriving person against the approved list' })
  checkInVisitor(
    @Ctx() ctx: SubgraphContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('idNumber') idNumber: string,
    @Arg('idOriginalPresent') idOriginalPresent: boolean,
    @Arg('idExpiresOn', () => String, { nullable: true, description: 'YYYY-MM-DD; omit for a long-term card' }) idExpiresOn?: string | null,
  ): Promise<Attendance> {
    return checkInVisitor(ctx.em, staffOf(ctx), { applicationId, idNumber, idOriginalPresent, idExpiresOn: idExpiresOn ?? null });
  }

  @Mutation(() => Attendance, { description: 'GD-30: record the visitor’s signed pledge' })
  signPledge(
    @Ctx() ctx: SubgraphContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('idNumber') idNumber: string,
    @Arg('signature', () => PledgeSignature) signature: PledgeSignature,
  ): Promise<Attendance> {
    return signPledge(ctx.em, staffOf(ctx), applicationId, idNumber, signature);
  }

  @Mutation(() => Application, { description: 'YN-12: equipment checked and visitors briefed; YN-19: phones and recorders deposited' })
  confirmPreparation(
    @Ctx() ctx: SubgraphContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('equipmentChecked') equipmentChecked: boolean,
    @Arg('rulesBriefed') rulesBriefed: boolean,
    @Arg('devicesDeposited') devicesDeposited: boolean,
  ): Promise<Application> {
    return confirmPreparation(ctx.em, staffOf(ctx), applicationId, { equipmentChecked, rulesBriefed, devicesDeposited });
  }

  @FieldResolver(() => String, { nullable: true, description: 'YN-12 / YN-19: what preparation is still missing, if any' })
  preparationMissing(
    @Parent() application: Application,
    @Arg('locale', () => String, { defaultValue: 'zh-CN', description: 'zh-CN (default) or en' }) locale: string,
  ): string | null {
    const verdict = checkPreparation(rulePack(application.rulePack), application.preparation);
    return verdict.allowed ? null : translate(verdict.reasonKey, verdict.params, localeOf(locale));
  }

  @Mutation(() => Application, { description: 'GD-28: refuse or stop the meeting for conduct' })
  refuseForConduct(@Ctx() ctx: SubgraphContext, @Arg('applicationId', () => ID) applicationId: string, @Arg('reason') reason: string): Promise<Application> {
    return refuseForConduct(ctx.em, staffOf(ctx), applicationId, reason);
  }

  @Mutation(() => Application, { description: 'GD-27: nobody came; without a reason the subject has no more remote meetings that month' })
  recordNoShow(
    @Ctx() ctx: SubgraphContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('withReason') withReason: boolean,
  ): Promise<Application> {
    return recordNoShow(ctx.em, staffOf(ctx), applicationId, withReason);
  }

  @Query(() => String, {
    description:
      'GD-30: the pledge to print for this application (empty when the pack has none); the pack’s own text, the form’s lines in the language asked (zh-CN default)',
  })
  async pledgeText(
    @Ctx() ctx: SubgraphContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('locale', () => String, { defaultValue: 'zh-CN', description: 'zh-CN (default) or en' }) locale: string,
  ): Promise<string> {
    const application = await loadVisibleApplication(ctx, applicationId);
    if (!application) throw notFound('application');
    const pledge = rulePack(application.rulePack).pledge;
    if (!pledge) return '';
    const names = application.visitors.map((visitor) => visitor.name).join('、');
    const say = (key: MessageKey, params: MessageParams = {}) => translate(key, params, localeOf(locale));
    const form = [
      say('meetingDay.pledgeVisitors', { names }),
      say('meetingDay.pledgeDate', { date: application.serviceDay.date }),
      say('meetingDay.pledgeSignature'),
    ];
    return `${pledge.title}\n\n${pledge.text}\n\n${form.join('\n')}`;
  }

  @FieldResolver(() => [Attendance], { description: 'Who has been checked in on the day' })
  attendance(@Parent() application: Application, @Ctx() ctx: SubgraphContext): Promise<Attendance[]> {
    return loadAttendance(ctx, application.id);
  }

  @FieldResolver(() => Boolean, { description: 'GD-30: checked in and pledged; may join the meeting' })
  async readyToJoin(@Parent() application: Application, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    return readyToJoin(application, await loadAttendance(ctx, application.id), application.rulePack);
  }
}
