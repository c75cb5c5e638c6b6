import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed } from 'vue';
import { graphql } from '../gql/index.ts';

/** CQ-4: alarms lawyers raise from a meeting, live on the desk. */

export const OPEN_MEETING_ALARMS = graphql(`
  query OpenMeetingAlarms {
    openMeetingAlarms {
      id
      kind
      meetingId
      raisedAt
    }
  }
`);

export const MEETING_ALARM_RAISED = graphql(`
  subscription MeetingAlarmRaised {
    meetingAlarmRaised {
      id
      kind
      acknowledgedAt
    }
  }
`);

export const ACKNOWLEDGE_MEETING_ALARM = graphql(`
  mutation AcknowledgeMeetingAlarm($id: ID!) {
    acknowledgeMeetingAlarm(id: $id) {
      id
      acknowledgedAt
    }
  }
`);

/** CQ-4: the centre's open meeting alarms, re-read when one is raised. */
export function useOpenMeetingAlarms() {
  const query = useQuery(OPEN_MEETING_ALARMS, null, { fetchPolicy: 'cache-and-network' });
  useSubscription(MEETING_ALARM_RAISED).onResult(() => query.refetch());
  return { ...query, alarms: computed(() => query.result.value?.openMeetingAlarms ?? []) };
}
export const useAcknowledgeMeetingAlarm = () => useMutation(ACKNOWLEDGE_MEETING_ALARM);
