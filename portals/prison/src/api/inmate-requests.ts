import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import type { InmateRequestsQuery } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';

/** YN-9: inmates' own requests to meet their family. */

export const INMATE_REQUESTS = graphql(`
  query InmateRequests {
    inmateRequests {
      id
      institutionId
      inmateName
      reason
      status
      stage
      stageDueOn
      rejectionKeyed {
        key
        params
        rule
      }
      relatives {
        name
        relation
        idNumberMasked
        phoneMasked
      }
      rejectionReasons {
        code
        labelKey
        needsText
      }
      form1 {
        title
        subtitle
        lines
      }
    }
  }
`);

export const INMATE_REQUEST_CHANGED = graphql(`
  subscription InmateRequestChanged {
    inmateRequestChanged {
      id
      status
      stage
    }
  }
`);

export const REQUEST_INMATES = graphql(`
  query RequestInmates($search: String) {
    inmates(search: $search, limit: 20) {
      id
      name
      inmateNumber
    }
  }
`);

export const REQUEST_INMATE_MEETING = graphql(`
  mutation RequestInmateMeeting($input: InmateRequestInput!) {
    requestInmateMeeting(input: $input) {
      id
    }
  }
`);

export const REQUEST_VENUES = graphql(`
  query RequestVenues {
    countyBureaus {
      id
      name
      kind
    }
  }
`);

export const DECIDE_INMATE_REQUEST = graphql(`
  mutation DecideInmateRequest($id: ID!, $approve: Boolean!, $serviceDayId: ID, $venueId: ID, $meetingTime: String, $reasonCode: String, $reason: String) {
    decideInmateRequest(
      id: $id
      approve: $approve
      serviceDayId: $serviceDayId
      venueId: $venueId
      meetingTime: $meetingTime
      reasonCode: $reasonCode
      reason: $reason
    ) {
      id
      stage
    }
  }
`);

export const CHANGE_INMATE_REQUEST_DATE = graphql(`
  mutation ChangeInmateRequestDate($id: ID!, $serviceDayId: ID!, $meetingTime: String) {
    changeInmateRequestDate(id: $id, serviceDayId: $serviceDayId, meetingTime: $meetingTime) {
      id
      stage
    }
  }
`);

export const INMATE_TOLD = graphql(`
  mutation InmateTold($id: ID!) {
    inmateRequestTold(id: $id) {
      id
      stage
    }
  }
`);

/** YN-9: the inmates' requests to meet, re-read whenever one changes. */
export function useInmateRequests() {
  const query = useQuery(INMATE_REQUESTS, null, { fetchPolicy: 'cache-and-network' });
  useSubscription(INMATE_REQUEST_CHANGED).onResult(() => query.refetch());
  return { ...query, requests: computed<InmateRequestsQuery['inmateRequests']>(() => query.result.value?.inmateRequests ?? []) };
}
/** Inmates found as the officer types, while the filing form is open (300 ms debounce). */
export const useRequestInmates = (search: Ref<string>, open: () => boolean) =>
  useQuery(
    REQUEST_INMATES,
    () => ({ search: search.value || null }),
    () => ({ enabled: open(), debounce: 300 }),
  );
export const useRequestInmateMeeting = () => useMutation(REQUEST_INMATE_MEETING);
/** The county bureaus a request's meeting can be held at, asked while one is being decided. */
export function useRequestVenues(deciding: () => boolean) {
  const query = useQuery(REQUEST_VENUES, null, () => ({ enabled: deciding() }));
  return { ...query, bureaus: computed(() => (query.result.value?.countyBureaus ?? []).filter((venue: { kind: string }) => venue.kind === 'COUNTY_BUREAU')) };
}
export const useDecideInmateRequest = () => useMutation(DECIDE_INMATE_REQUEST);
export const useChangeInmateRequestDate = () => useMutation(CHANGE_INMATE_REQUEST_DATE);
export const useInmateTold = () => useMutation(INMATE_TOLD);
