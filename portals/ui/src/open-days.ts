import type { DaysQuery } from './gql/graphql.ts';
import { DAYS } from './api/calendar.ts';
import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { chinaMonth, chinaToday } from './dates.js';

export type OpenDay = DaysQuery['thisMonth'][number];

/** GD-13: the institution's published days of this month and the next, those with places left. */

/** The days a family can still choose for a relative held at `institutionId` (after today, with places left). */
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
