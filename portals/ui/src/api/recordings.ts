import { useApolloClient, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import type { RecordedMeetingsQuery } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';

/** Recorded meetings and their playback. */

export const RECORDED_MEETINGS = graphql(`
  query RecordedMeetings($date: String!, $withCase: Boolean!) {
    recordedMeetings(date: $date) {
      id
      state
      privileged
      startedAt
      endedAt
      endReasonKeyed {
        key
        params
        rule
      }
      recordingMissing
      application @include(if: $withCase) {
        number
        subject {
          ... on Inmate {
            name
          }
          ... on Detainee {
            name
          }
        }
      }
    }
  }
`);

export const RECORDING = graphql(`
  query Recording($meetingId: ID!, $withLog: Boolean!) {
    recording(meetingId: $meetingId) {
      id
      sha256
      bytes
      durationSeconds
      streams
      retainUntil
      playbackUrl
    }
    recordingAccessLog(meetingId: $meetingId) @include(if: $withLog) {
      accountId
      tenantId
      at
    }
  }
`);

/** The meetings recorded on a day (the case details for supervisors only). */
export function useRecordedMeetings(variables: () => { date: string; withCase: boolean }) {
  const query = useQuery(RECORDED_MEETINGS, variables, () => ({ fetchPolicy: 'cache-and-network', enabled: Boolean(variables().date) }));
  return { ...query, meetings: computed<RecordedMeetingsQuery['recordedMeetings']>(() => query.result.value?.recordedMeetings ?? []) };
}
/**
 * GD-37: each playback is logged, so each click asks exactly once: a plain query per click, not a lazy query whose
 * reactive variables would ask again by themselves (two playbacks logged for one click).
 */
export function usePlayRecording() {
  const { resolveClient } = useApolloClient();
  return async (meetingId: string, withLog: boolean) =>
    (await resolveClient().query({ query: RECORDING, variables: { meetingId, withLog }, fetchPolicy: 'network-only' })).data;
}
