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
