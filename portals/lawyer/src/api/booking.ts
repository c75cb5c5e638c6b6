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
