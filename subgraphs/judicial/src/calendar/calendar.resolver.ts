import { recordEvents, requireStaff, type SubgraphContext } from '@rv/kit';
import {
  ErrorCode,
  StaffRole,
  TenantKind,
  Topic,
  audience,
  chineseDaysSchedules,
  invalid,
  keyed,
  nationalCalendar,
  scheduleProblem,
  type CalendarYearLoaded,
} from '@rv/schema';
import { closeNewHolidays } from './holiday-closure.js';
import { isIsoMonth } from './today.js';
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';

@ObjectType({ description: 'A year of the national working-day calendar' })
class CalendarYear {
  @Field(() => Int)
  year!: number;

  @Field({ description: 'chinese-days (the package) or PROVINCE (entered by the province admin)' })
  source!: string;

  @Field(() => [String])
  holidays!: string[];

  @Field(() => [String])
  makeupWorkdays!: string[];
}

const PACKAGE_YEARS = new Set(chineseDaysSchedules().map((schedule) => schedule.year));

/**
 * Product rule (DOMAIN.md, Review and approval): the calendar is data, loaded per year. The State
 * Council publishes next year's schedule late in the year; the province admin enters it here and
 * every subgraph recomputes the deadlines it had flagged CALENDAR_MISSING.
 */
@Resolver(() => CalendarYear)
export class CalendarResolver {
  @Query(() => [String], { description: 'GD-13: the working days of a month (YYYY-MM) by the loaded calendar; public' })
  workingDays(@Arg('month') month: string): string[] {
    if (!isIsoMonth(month)) throw invalid('calendar.invalidMonth', {}, 'month');
    return nationalCalendar().workingDaysOfMonth(month);
  }

  @Query(() => [CalendarYear], { description: 'The years loaded, from the package and entered by the province' })
  async calendarYears(@Ctx() ctx: SubgraphContext): Promise<CalendarYear[]> {
    const entered = await ctx.em.execute<{ year: number; holidays: string[]; makeup_workdays: string[] }[]>(
      `select year, holidays, makeup_workdays from "judicial"."calendar_year" order by year`,
    );
    const byYear = new Map(chineseDaysSchedules().map((schedule) => [schedule.year, { ...schedule, source: 'chinese-days' }]));
    for (const row of entered) byYear.set(row.year, { year: row.year, holidays: row.holidays, makeupWorkdays: row.makeup_workdays, source: 'PROVINCE' });
    return [...byYear.values()].sort((a, b) => a.year - b.year).map((year) => Object.assign(new CalendarYear(), year));
  }

  @Mutation(() => CalendarYear, {
    description:
      'The province admin enters a year’s holidays and make-up working days; published days that become holidays close and their bookings are stopped and told (GD-13, SX-2, GD-39)',
  })
  async enterCalendarYear(
    @Ctx() ctx: SubgraphContext,
    @Arg('year', () => Int) year: number,
    @Arg('holidays', () => [String]) holidays: string[],
    @Arg('makeupWorkdays', () => [String]) makeupWorkdays: string[],
  ): Promise<CalendarYear> {
    requireStaff(ctx.identity, [TenantKind.PROVINCE], [StaffRole.ADMIN]);
    const schedule = { year, holidays: [...new Set(holidays)].sort(), makeupWorkdays: [...new Set(makeupWorkdays)].sort() };
    const problem = scheduleProblem(schedule);
    if (problem) throw invalid(problem.key, problem.params);
    if (PACKAGE_YEARS.has(year)) throw keyed(ErrorCode.CONFLICT, 'calendar.alreadyLoaded', { year });
    await ctx.em.transactional(async (tx) => {
      await tx.execute(
        `insert into "judicial"."calendar_year" (year, holidays, makeup_workdays, loaded_at, entered_by) values (?, ?, ?, now(), ?)
        on conflict (year) do update set holidays = excluded.holidays, makeup_workdays = excluded.makeup_workdays, loaded_at = now(), entered_by = excluded.entered_by`,
        [year, JSON.stringify(schedule.holidays), JSON.stringify(schedule.makeupWorkdays), ctx.identity.accountId],
      );
      // GD-13 / SX-2: published days that are now holidays close; their families are told (GD-39).
      await closeNewHolidays(tx, { ...ctx.identity, tenantId: ctx.identity.tenantId! }, schedule);
      const payload: CalendarYearLoaded = schedule;
      await recordEvents(tx, 'judicial', [
        {
          topic: Topic.CALENDAR_YEAR_LOADED,
          aggregateType: 'CalendarYear',
          aggregateId: String(year),
          audience: [audience.kind(TenantKind.PROVINCE)],
          payload,
        },
      ]);
    });
    return Object.assign(new CalendarYear(), { ...schedule, source: 'PROVINCE' });
  }
}
