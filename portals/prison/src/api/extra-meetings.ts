import { useInmateSearch } from './inmate-search.ts';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import type { ApprovedMeetingsQuery, ExtraMeetingsQuery } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';

/** YN-14 / SX-4: emergency meetings: longer or off-schedule ones, and extra ones in the month. */

export const EXTRA_MEETINGS = graphql(`
  query ExtraMeetings {
    extraMeetings {
      id
      month
      reason
      stepsRequired
      stepsApproved
      granted
      nextStep
      inmate {
        id
        name
        inmateNumber
      }
    }
  }
`);

export const EMERGENCY_INMATES = graphql(`
  query EmergencyInmates($search: String) {
    inmates(search: $search, limit: 20) {
      id
      name
      inmateNumber
    }
  }
`);

export const REQUEST_EXTRA_MEETING = graphql(`
  mutation RequestExtraMeeting($inmateId: ID!, $month: String!, $reason: String!) {
    requestExtraMeeting(inmateId: $inmateId, month: $month, reason: $reason) {
      id
    }
  }
`);

export const APPROVE_EXTRA_MEETING = graphql(`
  mutation ApproveExtraMeeting($id: ID!) {
    approveExtraMeeting(id: $id) {
      id
      stepsApproved
      granted
      nextStep
    }
  }
`);

export const APPROVED_MEETINGS = graphql(`
  query ApprovedMeetings {
    applications(status: APPROVED, limit: 200) {
      id
      number
      meetingTime
      emergencyMinutes
      serviceDay {
        date
      }
      emergencyApproval {
        minutes
        meetingTime
      }
    }
  }
`);

export const APPROVE_EMERGENCY_MEETING = graphql(`
  mutation ApproveEmergencyMeeting($id: ID!, $reason: String!, $minutes: Int, $time: String) {
    approveEmergencyMeeting(applicationId: $id, reason: $reason, extraMinutes: $minutes, meetingTime: $time) {
      id
      emergencyMinutes
      meetingTime
    }
  }
`);

/** SX-4(2): the requests for an extra meeting in a month, beyond the allowance. */
export function useExtraMeetings() {
  const query = useQuery(EXTRA_MEETINGS, null, { fetchPolicy: 'cache-and-network' });
  return { ...query, requests: computed<ExtraMeetingsQuery['extraMeetings']>(() => query.result.value?.extraMeetings ?? []) };
}
export const useEmergencyInmates = (search: Ref<string>) => useInmateSearch(EMERGENCY_INMATES, search);
export const useRequestExtraMeeting = () => useMutation(REQUEST_EXTRA_MEETING);
export const useApproveExtraMeeting = () => useMutation(APPROVE_EXTRA_MEETING);
export function useApprovedMeetings() {
  const query = useQuery(APPROVED_MEETINGS, null, { fetchPolicy: 'cache-and-network' });
  return { ...query, meetings: computed<ApprovedMeetingsQuery['applications']>(() => query.result.value?.applications ?? []) };
}
export const useApproveEmergencyMeeting = () => useMutation(APPROVE_EMERGENCY_MEETING);
