import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { chinaToday } from '@rv/ui';
import { graphql } from '../gql/index.ts';

export const LAWYER_ROOM_MEETINGS = graphql(`
  query LawyerRoomMeetings($date: String!) {
    meetings(date: $date) {
      id
      bookingId
      state
      kind
      bookedMinutes
      startedAt
      endReasonKeyed {
        key
        params
        rule
      }
    }
  }
`);

export const LAWYER_ROOM_MEETING_CHANGED = graphql(`
  subscription LawyerRoomMeetingChanged {
    meetingChanged {
      id
      state
    }
  }
`);

export const LAWYER_ROOM_DESK = graphql(`
  query LawyerRoomDesk {
    lawyerQueue(status: [ARRANGED]) {
      id
      startsAt
      suspect {
        name
        suspectNumber
      }
      room {
        name
      }
      lawyers {
        accountId
        name
        firm
      }
      companions {
        role
        name
      }
    }
    lawyerViolationGrounds {
      code
      labelKey
      needsText
    }
    countyBureaus {
      id
      name
      kind
    }
  }
`);

export const ROOM_MEETING_ALARMS = graphql(`
  query RoomMeetingAlarms {
    openMeetingAlarms {
      id
      kind
      meetingId
      raisedAt
    }
  }
`);

export const LAWYER_ROOM_ALARM = graphql(`
  subscription LawyerRoomAlarm {
    meetingAlarmRaised {
      id
      kind
      acknowledgedAt
    }
  }
`);

export const START_LAWYER_MEETING = graphql(`
  mutation StartLawyerMeeting($id: ID!) {
    startMeeting(id: $id) {
      id
      state
      secondsLeft
    }
  }
`);

export const REPORT_LAWYER_VIOLATION = graphql(`
  mutation ReportLawyerViolation($i: LawyerViolationInput!) {
    reportLawyerViolation(input: $i) {
      id
      status
    }
  }
`);

/** CQ-4: today's meetings of the centre's lawyer rooms, re-read when one starts, stops or ends. */
export function useLawyerRoomMeetings() {
  const query = useQuery(LAWYER_ROOM_MEETINGS, () => ({ date: chinaToday() }), { fetchPolicy: 'cache-and-network' });
  useSubscription(LAWYER_ROOM_MEETING_CHANGED).onResult(() => query.refetch());
  return { ...query, meetings: computed(() => query.result.value?.meetings ?? []) };
}
/** The desk's side of the rooms (queue entries, violation grounds, bureaus): not for a room terminal. */
export const useLawyerRoomDesk = (terminal: Ref<boolean>) =>
  useQuery(LAWYER_ROOM_DESK, null, () => ({ enabled: !terminal.value, fetchPolicy: 'cache-and-network' }));
/** CQ-4: the lawyers' open alarms on the rooms' meetings, live; not for a room terminal. */
export function useRoomMeetingAlarms(terminal: Ref<boolean>) {
  const query = useQuery(ROOM_MEETING_ALARMS, null, () => ({ enabled: !terminal.value, fetchPolicy: 'cache-and-network' }));
  useSubscription(LAWYER_ROOM_ALARM, null, () => ({ enabled: !terminal.value })).onResult(() => query.refetch());
  return { ...query, alarms: computed(() => query.result.value?.openMeetingAlarms ?? []) };
}
export const useStartLawyerMeeting = () => useMutation(START_LAWYER_MEETING);
export const useReportLawyerViolation = () => useMutation(REPORT_LAWYER_VIOLATION);
