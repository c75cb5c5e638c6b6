import type { OwnUnitsQuery } from './gql/graphql.ts';
import { OWN_UNITS } from './api/units.ts';
import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { session } from './session.js';

/** What the pack of the signed-in staff member's own prison or detox centre offers on screen (data, never the province's name). */
type Prison = OwnUnitsQuery['prisons'][number];
export type OwnUnit = OwnUnitsQuery['detoxCentres'][number] & Partial<Prison>;

/** The caller's own institution from the public lists (one cached query for every screen that asks). */
export function useOwnUnit() {
  const units = useQuery(OWN_UNITS, null, () => ({ enabled: Boolean(session.tenantId) }));
  return computed<OwnUnit | undefined>(() =>
    [...(units.result.value?.prisons ?? []), ...(units.result.value?.detoxCentres ?? [])].find((unit: OwnUnit) => unit.id === session.tenantId),
  );
}
