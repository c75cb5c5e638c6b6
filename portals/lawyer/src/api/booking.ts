import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql/index.ts';

/** Booking a meeting with a suspect at a detention centre. */

export const BOOKING_CONTEXT = graphql(`
  query BookingContext {
    detentionCentres {
      id
      name
    }
    me {
      id
    }
  }
`);

export const BOOK_LAWYER_MEETING = graphql(`
  mutation BookLawyerMeeting($c: ID!, $n: String!, $id: String!, $i: LawyerMeetingInput!) {
    bookLawyerMeeting(centreId: $c, suspectName: $n, suspectIdNumber: $id, input: $i) {
      id
      status
    }
  }
`);

export const useBookingContext = () => useQuery(BOOKING_CONTEXT);
/** A booking refreshes the lawyer's list. */
export const useBookLawyerMeeting = () => useMutation(BOOK_LAWYER_MEETING, { refetchQueries: ['MyLawyerMeetings'] });
