import { requireStaff, type SubgraphContext } from '@rv/kit';
import { StaffRole, TenantKind, invalid, isUuid } from '@rv/schema';
import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { isIsoMonth } from '../calendar/today.js';
import { meetingReportRows } from './report.service.js';

@ObjectType({ description: '会见统计 Applications and meetings of one institution in one month (by meeting day)' })
export class MeetingReportRow {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => ID)
  institutionId!: string;

  @Field()
  institutionName!: string;

  @Field(() => Int, { description: 'Applications for a day of this month, whatever became of them' })
  applications!: number;

  @Field(() => Int)
  approved!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int, { description: 'Withdrawn (or otherwise closed) before any decision: with approved, rejected and pending, adds up to applications' })
  withdrawn!: number;

  @Field(() => Int, { description: 'Still waiting for a decision' })
  pending!: number;

  @Field(() => Int, { description: 'Meetings held (MET)' })
  met!: number;

  @Field(() => Int, { description: 'GD-27: nobody came' })
  noShows!: number;

  @Field(() => Int, { description: 'YN-10: the visitors came late; the meeting was forfeited (not met)' })
  forfeited!: number;

  @Field(() => Int, { description: 'GD-24 / GD-25 / YN-15 / SX-9: stopped on the meeting day, the subject being ineligible (not met)' })
  stopped!: number;

  @Field(() => Int, { description: 'GD-31 / GD-32: terminated by staff' })
  terminated!: number;

  @Field(() => Int, { description: 'YN-18: broken off by a failure' })
  interrupted!: number;

  @Field(() => Float, { nullable: true, description: 'Approved ÷ decided (approved + rejected); none before any decision' })
  approvalRate!: number | null;

  @Field(() => Int, { description: 'GD-22: decided by the institution on or before the due day' })
  decidedOnTime!: number;

  @Field(() => Int, { description: 'GD-22: decided after the due day' })
  decidedLate!: number;

  @Field(() => Int, { description: 'GD-22: still waiting for the institution past the due day (today)' })
  overdue!: number;

  @Field(() => Float, { nullable: true, description: 'Average hours from submission to the institution’s decision' })
  averageReviewHours!: number | null;
}

@Resolver(() => MeetingReportRow)
export class ReportResolver {
  @Query(() => [MeetingReportRow], {
    description: 'Province reports: per month and institution, from one month to another (the province: all; a bureau: its own kind of institution)',
  })
  async meetingReport(
    @Ctx() ctx: SubgraphContext,
    @Arg('from') from: string,
    @Arg('to') to: string,
    @Arg('institutionId', () => ID, { nullable: true, description: 'Only this institution' }) institutionId?: string,
  ): Promise<MeetingReportRow[]> {
    requireStaff(
      ctx.identity,
      [TenantKind.PROVINCE, TenantKind.PRISON_BUREAU, TenantKind.DETOX_BUREAU],
      [StaffRole.SUPERVISOR, StaffRole.AUDITOR, StaffRole.ADMIN],
    );
    if (!isIsoMonth(from) || !isIsoMonth(to) || from > to) throw invalid('report.badMonths', {}, 'from');
    const kind = { [TenantKind.PRISON_BUREAU]: 'PRISON', [TenantKind.DETOX_BUREAU]: 'DETOX_CENTRE' }[ctx.identity.tenantKind as string] ?? null;
    if (institutionId !== undefined && institutionId !== null && !isUuid(institutionId)) throw invalid('report.unknownInstitution', {}, 'institutionId');
    const rows = await meetingReportRows(ctx.em, from, to, kind, institutionId ?? null);
    return rows.map((row) =>
      Object.assign(new MeetingReportRow(), {
        month: row.month,
        institutionId: row.institution_id,
        institutionName: row.institution_name,
        applications: row.applications,
        approved: row.approved,
        rejected: row.rejected,
        withdrawn: row.withdrawn,
        pending: row.pending,
        met: row.met,
        noShows: row.no_shows,
        forfeited: row.forfeited,
        stopped: row.stopped,
        terminated: row.terminated,
        interrupted: row.interrupted,
        approvalRate: row.approved + row.rejected ? row.approved / (row.approved + row.rejected) : null,
        decidedOnTime: row.on_time,
        decidedLate: row.late,
        overdue: row.overdue,
        averageReviewHours: row.review_hours,
      }),
    );
  }
}
