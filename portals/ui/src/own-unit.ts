import { useQuery } from '@vue/apollo-composable';
import { gql } from '@apollo/client/core';
import { computed } from 'vue';
import { session } from './session.js';

/** What the pack of the signed-in staff member's own prison or detox centre offers on screen (data, never the province's name). */
export interface OwnUnit { id: string; custodyMeetingReviewedBy: string; emergencyMeetingSteps?: string[]; emergencyMeetingKind?: string | null; takesInmateRequests?: boolean }

const OWN_UNITS = gql`query OwnUnits {
  prisons { id custodyMeetingReviewedBy emergencyMeetingSteps emergencyMeetingKind takesInmateRequests }
  detoxCentres { id custodyMeetingReviewedBy } }`;

/** The caller's own institution from the public lists (one cached query for every screen that asks). */
export function useOwnUnit() {
  const units = useQuery(OWN_UNITS, null, () => ({ enabled: Boolean(session.tenantId) }));
  return computed<OwnUnit | undefined>(() => [...(units.result.value?.prisons ?? []), ...(units.result.value?.detoxCentres ?? [])]
    .find((unit: OwnUnit) => unit.id === session.tenantId));
}
