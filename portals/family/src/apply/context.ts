import { chinaMonth, chinaToday } from '@rv/ui';
import { checkApplyAhead, rulePack, type RulePack } from '@rv/schema/contract';
import { computed, inject, provide, type InjectionKey } from 'vue';
import { useFamilyDays, useMyRelatives, useVenues, type MonthUse, type ServiceDay } from '../api/apply.ts';
import { draft } from './draft.ts';

/** How a day of the calendar stands for this family (GD-13 published, GD-12 places, GD-11 the month, the calendar's years). */
export type DayState = 'open' | 'unconfirmed' | 'full' | 'used' | 'tooSoon' | 'past';

export interface CalendarDay {
  id: string;
  date: string;
  available: number;
  state: DayState;
}

function buildContext() {
  const months = [chinaMonth(0), chinaMonth(1)];
  const relatives = useMyRelatives(months);
  const list = relatives.relatives;
  const relative = computed(() => list.value.find((candidate) => candidate.id === draft.relativeId));
  const institution = computed(() => relative.value?.subject.institution);
  /** The relative's rule pack, as public data from the shared contract: its limits are told before submitting. */
  const pack = computed<RulePack | undefined>(() => (relative.value ? rulePack(relative.value.rulePack) : undefined));

  const days = useFamilyDays(() => institution.value?.id, months);
  const loadedYears = computed(() => new Set<number>((days.result.value?.calendarYears ?? []).map((year: { year: number }) => year.year)));
  const monthUse = (month: string): MonthUse | undefined => relative.value?.monthsUsed.find((use) => use.month === month);
  /** GD-11 / GD-27: the month's meetings are used (or the month closed) for this relative. */
  const monthClosed = (month: string): boolean => {
    const use = monthUse(month);
    return Boolean(use && (use.blockedBy || use.used >= use.allowed));
  };
  const calendar = computed<CalendarDay[]>(() => {
    const today = chinaToday();
    return [...(days.result.value?.thisMonth ?? []), ...(days.result.value?.nextMonth ?? [])]
      .filter((day: ServiceDay) => !day.closedBy)
      .map((day: ServiceDay) => ({ id: day.id, date: day.date, available: day.available, state: stateOf(day, today) }));
  });
  function stateOf(day: ServiceDay, today: string): DayState {
    if (day.date <= today) return 'past';
    if (monthClosed(day.date.slice(0, 7))) return 'used';
    if (day.available <= 0) return 'full';
    if (pack.value && !checkApplyAhead(pack.value, today, day.date).allowed) return 'tooSoon'; // SX-2
    if (!loadedYears.value.has(Number(day.date.slice(0, 4)))) return 'unconfirmed';
    return 'open';
  }

  const venues = useVenues();
  const venueList = venues.venues;
  const venue = computed(() => venueList.value.find((candidate) => candidate.id === draft.venueId));
  const chosenDay = computed(() => calendar.value.find((day) => day.id === draft.dayId));

  return {
    months,
    relatives,
    list,
    relative,
    institution,
    pack,
    days,
    calendar,
    monthUse,
    monthClosed,
    venues,
    venueList,
    venue,
    chosenDay,
  };
}

export type ApplyContext = ReturnType<typeof buildContext>;
const KEY: InjectionKey<ApplyContext> = Symbol('apply');

/** The flow's shared reads (relatives, days, venues), made once by the flow and used by each step. */
export function provideApplyContext(): ApplyContext {
  const context = buildContext();
  provide(KEY, context);
  return context;
}

export function useApplyContext(): ApplyContext {
  return inject(KEY)!;
}
