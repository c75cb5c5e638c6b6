import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed } from 'vue';
import { chinaToday } from '../dates.js';
import { graphql } from '../gql/index.ts';
import type { MeetingFieldsFragment } from '../gql/graphql.ts';

/** What every meeting screen shows of a meeting: its state, the countdown both sides see (GD-35) and the warnings (GD-31). */
export const MEETING_FIELDS = graphql(`
  fragment MeetingFields on Meeting {
    id
    state
    date
    privileged
    rulePack
    secondsLeft
    endReasonKeyed {
      key
      params
      rule
    }
    extensionApprover
    extendedMinutes
    warnings {
      id
      reason
      ground
      givenAt
    }
    warnGrounds {
      code
      labelKey
      needsText
    }
    stopGrounds {
      code
      labelKey
      needsText
    }
    application {
      id
      number
      subject {
        ... on Inmate {
          id
          name
        }
        ... on Detainee {
          id
          name
        }
      }
      visitors {
        name
        relation
      }
    }
  }
`);

export type MeetingView = MeetingFieldsFragment;
/** GD-31 / YN-16 / YN-17 / SX-10: the pack's grounds staff pick from to warn or stop. */
export type MeetingGround = MeetingView['warnGrounds'][number];

export const MEETINGS_TODAY = graphql(`
  query MeetingsToday($date: String!) {
    meetings(date: $date) {
      ...MeetingFields
    }
  }
`);
export const MEETING = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
    }
  }
`);
/** Any meeting of the caller's changed: started, warned, extended, ended (the list refetches its day). */
export const MEETING_CHANGED = graphql(`
  subscription MeetingChanged($id: ID) {
    meetingChanged(id: $id) {
      ...MeetingFields
    }
  }
`);
export const START_MEETING = graphql(`
  mutation StartMeeting($id: ID!, $language: String!, $translatorPresent: Boolean!) {
    startMeeting(id: $id, language: $language, translatorPresent: $translatorPresent) {
      ...MeetingFields
    }
  }
`);
export const JOIN_MEETING = graphql(`
  mutation JoinMeeting($id: ID!) {
    joinMeeting(id: $id) {
      janusUrl
      plugin
      room
      pin
      token
      feed
      seat
    }
  }
`);
export const WARN_MEETING = graphql(`
  mutation WarnMeeting($id: ID!, $ground: String!, $reason: String) {
    warnMeeting(id: $id, ground: $ground, reason: $reason) {
      ...MeetingFields
    }
  }
`);
export const TERMINATE_MEETING = graphql(`
  mutation TerminateMeeting($id: ID!, $ground: String!, $reason: String) {
    terminateMeeting(id: $id, ground: $ground, reason: $reason) {
      ...MeetingFields
    }
  }
`);
export const REPORT_CONNECTION_LOST = graphql(`
  mutation ReportConnectionLost($id: ID!) {
    reportConnectionLost(id: $id) {
      ...MeetingFields
    }
  }
`);

/** The party's own view of its meeting (PartyRoom): the state and countdown, polled and live. */
export const PARTY_MEETING = graphql(`
  query PartyMeeting($id: ID!) {
    meeting(id: $id) {
      id
      state
      privileged
      secondsLeft
    }
  }
`);
export const PARTY_MEETING_CHANGED = graphql(`
  subscription PartyMeetingChanged($id: ID) {
    meetingChanged(id: $id) {
      id
      state
      privileged
      secondsLeft
    }
  }
`);

/** Today's meetings of the caller's institution or venue, live: any meeting started, warned or ended re-reads the day. */
export function useTodaysMeetings() {
  const { result, loading, error, refetch } = useQuery(MEETINGS_TODAY, () => ({ date: chinaToday() }), { fetchPolicy: 'cache-and-network' });
  useSubscription(MEETING_CHANGED, {}).onResult(() => refetch());
  return { meetings: computed<MeetingView[]>(() => result.value?.meetings ?? []), loading, error };
}

/** One meeting, read afresh and kept live: its changes (countdown, warnings, end) land in the cached meeting. */
export function useMeeting(id: string) {
  const query = useQuery(MEETING, { id }, { fetchPolicy: 'network-only' });
  useSubscription(MEETING_CHANGED, { id });
  return { ...query, meeting: computed<MeetingView | null>(() => query.result.value?.meeting ?? null) };
}
/** The party's own meeting (PartyRoom), read afresh and kept live, no polling. */
export function usePartyMeeting(id: string) {
  const query = useQuery(PARTY_MEETING, { id }, { fetchPolicy: 'network-only' });
  useSubscription(PARTY_MEETING_CHANGED, { id });
  return { ...query, meeting: computed(() => query.result.value?.meeting ?? null) };
}
export const useStartMeeting = () => useMutation(START_MEETING);
export const useJoinMeeting = () => useMutation(JOIN_MEETING);
export const useWarnMeeting = () => useMutation(WARN_MEETING);
export const useTerminateMeeting = () => useMutation(TERMINATE_MEETING);
export const useReportConnectionLost = () => useMutation(REPORT_CONNECTION_LOST);
