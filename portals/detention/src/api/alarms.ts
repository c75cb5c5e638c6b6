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
