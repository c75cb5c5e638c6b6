import { graphql } from '../gql/index.ts';

/** The province's working calendar (holidays and make-up workdays by year). */

export const CALENDAR_YEARS = graphql(`
  query CalendarYears {
    calendarYears {
      year
      source
      holidays
      makeupWorkdays
    }
  }
`);

export const ENTER_CALENDAR_YEAR = graphql(`
  mutation EnterCalendarYear($year: Int!, $holidays: [String!]!, $makeupWorkdays: [String!]!) {
    enterCalendarYear(year: $year, holidays: $holidays, makeupWorkdays: $makeupWorkdays) {
      year
      source
      holidays
      makeupWorkdays
    }
  }
`);
