import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import type { DaysQuery } from '../gql/graphql.ts';
import { chinaMonth, chinaToday } from '../dates.js';
import { graphql } from '../gql/index.ts';

/** Published days (GD-13 / GD-14) and the open days families see. */

export const ME = graphql(`
  query Me {
    me {
      id
      tenantId
    }
  }
`);

export const SLOT_RULES = graphql(`
  query SlotRules($month: String!) {
    slotRules(month: $month) {
      publishBy {
        value
        rule
      }
      minimum {
        value
        rule
      }
      openDays
    }
  }
`);

export const PUBLISHED_DAYS = graphql(`
  query PublishedDays($institutionId: ID!, $month: String!) {
    serviceDays(institutionId: $institutionId, month: $month) {
      id
      date
      capacity
      taken
    }
  }
`);

export const OWN_COMPLIANCE = graphql(`
  query OwnCompliance($month: String!) {
    slotCompliance(month: $month) {
      unitId
      month
      total
      minimum
      belowMinimum
      late
    }
  }
`);

export const LOADED_YEARS = graphql(`
  query LoadedYears {
    calendarYears {
      year
    }
  }
`);

export const PUBLISH = graphql(`
  mutation Publish($days: [ServiceDayInput!]!) {
    publishServiceDays(days: $days) {
      id
      date
      capacity
      taken
    }
  }
`);

export const DAYS = graphql(`
  query Days($institutionId: ID!, $thisMonth: String!, $nextMonth: String!) {
    thisMonth: serviceDays(institutionId: $institutionId, month: $thisMonth) {
      id
      date
      available
    }
    nextMonth: serviceDays(institutionId: $institutionId, month: $nextMonth) {
      id
      date
      available
    }
  }
`);

export type OpenDay = DaysQuery['thisMonth'][number];

/** GD-13: the days a family can still choose for a relative held at `institutionId` (after today, with places left). */
export function useOpenDays(institutionId: Ref<string | undefined>) {
  const days = useQuery(
    DAYS,
    () => ({ institutionId: institutionId.value ?? '', thisMonth: chinaMonth(0), nextMonth: chinaMonth(1) }),
    () => ({ enabled: Boolean(institutionId.value), fetchPolicy: 'cache-and-network' }),
  );
  const open = computed<OpenDay[]>(() =>
    [...(days.result.value?.thisMonth ?? []), ...(days.result.value?.nextMonth ?? [])].filter((day: OpenDay) => day.available > 0 && day.date > chinaToday()),
  );
  return { open, loading: days.loading, loaded: computed(() => Boolean(days.result.value)) };
}

/** The caller's account (its institution publishes the days). */
export const useMe = () => useQuery(ME);
/** The unit's own pack for a month: which days it may serve (GD-13 working days, SX-2 all but holidays). */
export const useSlotRules = (month: () => string) => useQuery(SLOT_RULES, () => ({ month: month() }), { fetchPolicy: 'cache-and-network' });
/** GD-13: the days an institution published for a month, once the institution is known. */
export const usePublishedDays = (institutionId: () => string | undefined, month: () => string) =>
  useQuery(
    PUBLISHED_DAYS,
    () => ({ institutionId: institutionId() ?? '', month: month() }),
    () => ({ enabled: Boolean(institutionId()), fetchPolicy: 'cache-and-network' }),
  );
/** GD-13 / GD-14: whether the caller's unit published the month's slots on time and enough. */
export const useOwnCompliance = (month: () => string) => useQuery(OWN_COMPLIANCE, () => ({ month: month() }), { fetchPolicy: 'cache-and-network' });
export const useLoadedYears = () => useQuery(LOADED_YEARS);
/** Publishing refreshes the month's days and the unit's compliance. */
export const usePublish = () => useMutation(PUBLISH, { refetchQueries: ['PublishedDays', 'OwnCompliance'] });
