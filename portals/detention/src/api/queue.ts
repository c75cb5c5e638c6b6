import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed } from 'vue';
import { graphql } from '../gql/index.ts';

/** CQ-3: the centre's lawyer queue: bookings, walk-ins, arranging, refusing, live. */

export const LAWYER_QUEUE = graphql(`
  query LawyerQueue {
    lawyerQueue {
      id
      seq
      kind
      status
      channel
      mode
      purpose
      minutes
      dueAt
      overdue
      position
      startsAt
      caseUnit
      officers
      requesterType
      refusalText
      handedOverAt
      identityConfirmed
      lawyerAccountIds
      suspect {
        id
        name
        suspectNumber
        caseStage
        caseCategory
      }
      room {
        id
        name
      }
      credentials {
        kind
        reference
        source
      }
    }
    meetingRooms {
      id
      name
      kind
    }
  }
`);

export const QUEUE_ENTRY_CHANGED = graphql(`
  subscription QueueEntryChanged {
    queueEntryChanged {
      id
      status
    }
  }
`);

export const ARRANGE = graphql(`
  mutation Arrange($e: ID!, $r: ID!, $at: DateTimeISO!, $l: String) {
    arrangeQueueEntry(entryId: $e, roomId: $r, startsAt: $at, leaderApproval: $l) {
      id
      status
    }
  }
`);

export const ACCEPT_BOOKING = graphql(`
  mutation AcceptBooking($e: ID!) {
    acceptLawyerBooking(entryId: $e) {
      id
      status
    }
  }
`);

export const REFUSE = graphql(`
  mutation Refuse($e: ID!, $t: String!) {
    recordSuspectRefusal(entryId: $e, text: $t) {
      id
      status
    }
  }
`);

export const HANDOVER = graphql(`
  mutation Handover($e: ID!, $ok: Boolean!, $note: String) {
    recordHandover(entryId: $e, identityConfirmed: $ok, computerNote: $note) {
      id
      handedOverAt
    }
  }
`);

export const DESK_SUSPECTS = graphql(`
  query DeskSuspects {
    suspects(limit: 200) {
      id
      name
      suspectNumber
      caseStage
      caseCategory
    }
  }
`);

export const LAWYER_BY_CERTIFICATE = graphql(`
  query LawyerByCertificate($n: String!) {
    lawyerByCertificate(certificateNumber: $n) {
      accountId
      name
      firm
    }
  }
`);

export const ACCEPT_AT_DESK = graphql(`
  mutation AcceptAtDesk($s: ID!, $i: LawyerMeetingInput!) {
    acceptLawyerAtDesk(suspectId: $s, input: $i) {
      id
      seq
    }
  }
`);

export const ACCEPT_INTERROGATION = graphql(`
  mutation AcceptInterrogation($s: ID!, $u: String!, $o: String!, $m: Int!) {
    acceptInterrogation(suspectId: $s, caseUnit: $u, officers: $o, minutes: $m) {
      id
      seq
    }
  }
`);

/** CQ-3: the centre's lawyer queue, re-read when any entry is booked, accepted, arranged, refused or overdue. */
export function useLawyerQueue() {
  const query = useQuery(LAWYER_QUEUE, null, { fetchPolicy: 'cache-and-network' });
  useSubscription(QUEUE_ENTRY_CHANGED).onResult(() => query.refetch());
  return { ...query, queue: computed(() => query.result.value?.lawyerQueue ?? []) };
}
export const useArrange = () => useMutation(ARRANGE);
export const useAcceptBooking = () => useMutation(ACCEPT_BOOKING);
export const useRefuse = () => useMutation(REFUSE);
export const useHandover = () => useMutation(HANDOVER);
export const useDeskSuspects = () => useQuery(DESK_SUSPECTS);
/** CQ-5: the lawyer a certificate number names, asked on demand (`refetch`). */
export const useLawyerByCertificate = (certificateNumber: () => string) =>
  useQuery(LAWYER_BY_CERTIFICATE, () => ({ n: certificateNumber() }), { enabled: false });
export const useAcceptAtDesk = () => useMutation(ACCEPT_AT_DESK);
export const useAcceptInterrogation = () => useMutation(ACCEPT_INTERROGATION);
