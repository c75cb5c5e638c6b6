import { graphql } from '../gql/index.ts';

/** The lawyer's meetings: the list, the room, and after the meeting (evaluation, complaint). */

export const AFTER_MEETINGS = graphql(`
  query AfterMeetings {
    myLawyerMeetings {
      id
      status
      startsAt
      centre {
        id
        name
      }
      suspect {
        id
        name
      }
    }
    lawyerComplaints {
      id
      centreId
      contactId
      text
      wantsHearing
      filedAt
      status
      feedback
      heardInPerson
      answeredAt
    }
  }
`);

export const COMPLAINT_CONTACTS = graphql(`
  query ComplaintContacts($c: ID!) {
    complaintContacts(centreId: $c) {
      id
      organ
      organName
      contactName
      phone
    }
  }
`);

export const EVALUATE_LAWYER_MEETING = graphql(`
  mutation EvaluateLawyerMeeting($b: ID!, $s: Int!, $c: String) {
    evaluateLawyerMeeting(bookingId: $b, score: $s, comment: $c) {
      id
      score
    }
  }
`);

export const FILE_LAWYER_COMPLAINT = graphql(`
  mutation FileLawyerComplaint($i: LawyerComplaintInput!) {
    fileLawyerComplaint(input: $i) {
      id
      status
    }
  }
`);

export const LAWYER_MEETINGS_TODAY = graphql(`
  query LawyerMeetingsToday($date: String!) {
    meetings(date: $date) {
      id
      bookingId
      state
    }
  }
`);

export const LAWYER_MEETING_CHANGED = graphql(`
  subscription LawyerMeetingChanged {
    meetingChanged {
      id
      bookingId
      state
    }
  }
`);

export const RAISE_MEETING_ALARM = graphql(`
  mutation RaiseMeetingAlarm($m: ID!, $k: String!) {
    raiseMeetingAlarm(meetingId: $m, kind: $k) {
      id
      kind
    }
  }
`);

export const MY_LAWYER_MEETINGS = graphql(`
  query MyLawyerMeetings {
    myLawyerMeetings {
      id
      status
      seq
      position
      dueAt
      overdue
      startsAt
      mode
      purpose
      minutes
      refusalText
      channel
      centre {
        id
        name
      }
      suspect {
        id
        name
        suspectNumber
      }
      room {
        id
        name
      }
      credentials {
        kind
        reference
        source
        fileName
      }
    }
    myMandates {
      id
      kind
      suspect {
        id
        name
        suspectNumber
        centre {
          id
          name
        }
      }
    }
    myLetters {
      id
      status
      receivedAt
      passedAt
      via
      withheldGround
      suspect {
        id
        name
      }
      centre {
        id
        name
      }
    }
  }
`);

export const MY_QUEUE_ENTRY_CHANGED = graphql(`
  subscription MyQueueEntryChanged {
    queueEntryChanged {
      id
      status
    }
  }
`);
