import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed } from 'vue';
import { chinaToday } from '@rv/ui';
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

/** The lawyer's meetings to rate or complain of, and the complaints filed. */
export function useAfterMeetings() {
  const query = useQuery(AFTER_MEETINGS, null, { fetchPolicy: 'cache-and-network' });
  return {
    ...query,
    meetings: computed(() => query.result.value?.myLawyerMeetings ?? []),
    complaints: computed(() => query.result.value?.lawyerComplaints ?? []),
  };
}
/** CQ-12: a centre's named complaint contacts, once a centre is chosen (none without one). */
export function useComplaintContacts(centreId: () => string) {
  const query = useQuery(
    COMPLAINT_CONTACTS,
    () => ({ c: centreId() }),
    () => ({ enabled: !!centreId() }),
  );
  return { ...query, contacts: computed(() => (centreId() ? (query.result.value?.complaintContacts ?? []) : [])) };
}
export const useEvaluateLawyerMeeting = () => useMutation(EVALUATE_LAWYER_MEETING);
export const useFileLawyerComplaint = () => useMutation(FILE_LAWYER_COMPLAINT);
/** Today's meetings of this lawyer, re-read when the centre arranges, starts or ends one. */
export function useLawyerMeetingsToday() {
  const query = useQuery(LAWYER_MEETINGS_TODAY, () => ({ date: chinaToday() }), { fetchPolicy: 'network-only' });
  useSubscription(LAWYER_MEETING_CHANGED).onResult(() => query.refetch());
  return { ...query, meetings: computed(() => query.result.value?.meetings ?? []) };
}
export const useRaiseMeetingAlarm = () => useMutation(RAISE_MEETING_ALARM);
/** CQ-3: the lawyer's bookings, mandates and letters: re-read when an entry of theirs changes, and every 30 s. */
export function useMyLawyerMeetings() {
  const query = useQuery(MY_LAWYER_MEETINGS, null, { fetchPolicy: 'cache-and-network', pollInterval: 30_000 });
  useSubscription(MY_QUEUE_ENTRY_CHANGED).onResult(() => query.refetch());
  const result = query.result;
  return {
    ...query,
    meetings: computed(() => result.value?.myLawyerMeetings ?? []),
    mandates: computed(() => result.value?.myMandates ?? []),
    letters: computed(() => result.value?.myLetters ?? []),
  };
}
