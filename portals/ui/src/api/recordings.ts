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
