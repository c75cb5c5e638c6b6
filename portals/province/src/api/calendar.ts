import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import type { CalendarYearsQuery } from '../gql/graphql.ts';
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

/** The working-calendar years loaded, with where each came from. */
export function useCalendarYears() {
  const query = useQuery(CALENDAR_YEARS);
  return { ...query, years: computed<CalendarYearsQuery['calendarYears']>(() => query.result.value?.calendarYears ?? []) };
}
export const useEnterCalendarYear = () => useMutation(ENTER_CALENDAR_YEAR);
