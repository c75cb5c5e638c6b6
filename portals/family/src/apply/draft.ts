import { reactive, watch } from 'vue';
import type { Relation } from '../gql/graphql.ts';

export interface VisitorDraft {
  name: string;
  idNumber: string;
  relation: Relation | '';
}

/** The application being filled in, step by step; kept in the tab (sessionStorage) so the back button and a reload lose nothing. */
export interface Draft {
  relativeId: string;
  dayId: string;
  dayDate: string;
  venueId: string;
  visitors: VisitorDraft[];
  reason: string;
  /** A retried submit with the same key returns the same application (the server's idempotency). */
  key: string;
}

const KEY = 'rv.family.draft';

function emptyDraft(): Draft {
  return { relativeId: '', dayId: '', dayDate: '', venueId: '', visitors: [], reason: '', key: crypto.randomUUID() };
}

export const draft = reactive<Draft>({ ...emptyDraft(), ...JSON.parse(sessionStorage.getItem(KEY) ?? 'null') });
watch(draft, () => sessionStorage.setItem(KEY, JSON.stringify(draft)), { deep: true });

/** A new application from scratch (after one was submitted). */
export function resetDraft(): void {
  Object.assign(draft, emptyDraft());
}

/** The steps, in the order families know them from government service apps (GD-19 asks for the same facts). */
export const STEPS = ['relative', 'day', 'place', 'visitors', 'confirm'] as const;
export type Step = (typeof STEPS)[number];

/** The first step still missing a choice: a deep link past it goes back there. */
export function firstMissing(): Step | null {
  if (!draft.relativeId) return 'relative';
  if (!draft.dayId) return 'day';
  if (!draft.venueId) return 'place';
  if (!draft.visitors.length) return 'visitors';
  return null;
}
