import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import type { OwnUnitsQuery } from '../gql/graphql.ts';
import { session } from '../session.js';
import { graphql } from '../gql/index.ts';

/** The caller's own institution, and the ward or brigade meeting notices (GD-26). */

export const OWN_UNITS = graphql(`
  query OwnUnits {
    prisons {
      id
      custodyMeetingReviewedBy
      emergencyMeetingSteps
      emergencyMeetingKind
      takesInmateRequests
    }
    detoxCentres {
      id
      custodyMeetingReviewedBy
    }
  }
`);

export const UNIT_MEETINGS = {
  prison: graphql(`
    query PrisonUnitMeetings($unit: Int!) {
      notices: wardMeetings(ward: $unit) {
        id
        serviceDate
        subject: inmate {
          name
          number: inmateNumber
        }
        application {
          number
          meetingTime
          visitors {
            name
            relation
          }
        }
      }
    }
  `),
  detox: graphql(`
    query DetoxUnitMeetings($unit: Int!) {
      notices: brigadeMeetings(brigade: $unit) {
        id
        serviceDate
        subject: detainee {
          name
          number: detaineeNumber
        }
        application {
          number
          meetingTime
          visitors {
            name
            relation
          }
        }
      }
    }
  `),
};

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

/** GD-26: a ward's or brigade's meeting notices from today on, polled each minute. */
export function useUnitMeetings(kind: keyof typeof UNIT_MEETINGS, unit: Ref<number>) {
  const query = useQuery(UNIT_MEETINGS[kind], () => ({ unit: unit.value }), { fetchPolicy: 'cache-and-network', pollInterval: 60_000 });
  return { ...query, notices: computed(() => query.result.value?.notices ?? []) };
}
