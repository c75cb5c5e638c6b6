import { clock } from '@rv/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { givenDayWithSlots, givenInmate, submit } from './support/scenario.js';

let t: TestPlatform;
const realNow = clock.now;
beforeAll(async () => {
  // 2026-12-30, a Wednesday: a GD review (3 working days) runs into 2027, which chinese-days 1.5.7 does not have.
  clock.now = () => new Date('2026-12-30T10:00:00+08:00');
  t = await givenPlatform();
});
afterAll(async () => {
  clock.now = realNow;
  await t?.close();
});

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;
const ENTER = 'mutation($y: Int!, $h: [String!]!, $m: [String!]!) { enterCalendarYear(year: $y, holidays: $h, makeupWorkdays: $m) { year source holidays } }';
// New Year 2027 (Friday 1 January to Sunday 3 January) and the Spring Festival, as published for the test.
const HOLIDAYS_2027 = [
  '2027-01-01',
  '2027-01-02',
  '2027-01-03',
  '2027-02-06',
  '2027-02-07',
  '2027-02-08',
  '2027-02-09',
  '2027-02-10',
  '2027-02-11',
  '2027-02-12',
];

describe('the working-day calendar is data, loaded per year', () => {
  it('a deadline running into a year with no schedule counts weekends only and is flagged CALENDAR_MISSING; once the province admin loads the year it is recomputed', async () => {
    const proxy = await t.login('proxy');
    const submitted = await submit(t, proxy, {
      subjectId: await givenInmate(t, 'prison1', 6),
      serviceDayId: (await givenDayWithSlots(t, 2)).id,
      idempotencyKey: 'calendar-missing',
    });
    const id = submitted.data.submitApplication.id;
    const reviewer = await t.login('prison1.reviewer');
    const REVIEW = '{ inmateReviewQueue { dueOn calendarMissing application { id } } }';
    const reviewOf = async () => (await t.gql(REVIEW, {}, reviewer)).data.inmateReviewQueue.find((r: any) => r.application.id === id);
    // Thursday 31 December, then Friday 1 January counted as a working day (2027 unknown), Monday 4 January.
    await eventually(async () => expect(await reviewOf()).toMatchObject({ dueOn: '2027-01-04', calendarMissing: true }));
    const APPLICATION = 'query($id: ID!) { application(id: $id) { stageDueOn calendarMissing } }';
    expect((await t.gql(APPLICATION, { id }, proxy)).data.application).toEqual({ stageDueOn: '2027-01-04', calendarMissing: true });

    const admin = await t.login('province.admin');
    expect(code(await t.gql(ENTER, { y: 2027, h: HOLIDAYS_2027, m: [] }, await t.login('province.supervisor')))).toBe('FORBIDDEN');
    expect(code(await t.gql(ENTER, { y: 2027, h: HOLIDAYS_2027, m: [] }, await t.login('prison1.admin')))).toBe('FORBIDDEN');
    expect(code(await t.gql(ENTER, { y: 2027, h: ['2028-01-01'], m: [] }, admin))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(ENTER, { y: 2027, h: HOLIDAYS_2027, m: ['2027-01-04'] }, admin))).toBe('BAD_USER_INPUT'); // a Monday is no make-up day
    expect(code(await t.gql(ENTER, { y: 2026, h: ['2026-01-01'], m: [] }, admin))).toBe('CONFLICT');

    const entered = await t.gql(ENTER, { y: 2027, h: HOLIDAYS_2027, m: ['2027-02-20'] }, admin);
    expect(entered.data.enterCalendarYear).toMatchObject({ year: 2027, source: 'PROVINCE' });
    // Recomputed everywhere: 31 December, (1–3 January closed), Monday 4, Tuesday 5 January.
    await eventually(async () => expect(await reviewOf()).toMatchObject({ dueOn: '2027-01-05', calendarMissing: false }));
    await eventually(async () =>
      expect((await t.gql(APPLICATION, { id }, proxy)).data.application).toEqual({ stageDueOn: '2027-01-05', calendarMissing: false }),
    );
    // Each counting subgraph keeps the year, so a restart counts with it too.
    for (const schema of ['judicial', 'prison', 'detox']) {
      const [row] = await t.sql(`select jsonb_array_length(holidays) as n from ${schema}.calendar_year where year = 2027`);
      expect(row?.n).toBe(HOLIDAYS_2027.length);
    }
    const years = (await t.gql('{ calendarYears { year source } }')).data.calendarYears;
    expect(years).toContainEqual({ year: 2027, source: 'PROVINCE' });
    expect(years).toContainEqual({ year: 2026, source: 'chinese-days' });
  });
});
