import { graphql } from '../gql/index.ts';

/** The caller's own institution, and the ward or brigade meeting notices (GD-26). */

export const OWN_UNITS = graphql(`
  query OwnUnits {
    prisons {
      id
      custodyMeetingReviewedBy
      emergencyMeetingSteps
      emergencyMeetingKind
      takesInmateRequests
    }
    detoxCentres {
      id
      custodyMeetingReviewedBy
    }
  }
`);

export const UNIT_MEETINGS = {
  prison: graphql(`
    query PrisonUnitMeetings($unit: Int!) {
      notices: wardMeetings(ward: $unit) {
        id
        serviceDate
        subject: inmate {
          name
          number: inmateNumber
        }
        application {
          number
          meetingTime
          visitors {
            name
            relation
          }
        }
      }
    }
  `),
  detox: graphql(`
    query DetoxUnitMeetings($unit: Int!) {
      notices: brigadeMeetings(brigade: $unit) {
        id
        serviceDate
        subject: detainee {
          name
          number: detaineeNumber
        }
        application {
          number
          meetingTime
          visitors {
            name
            relation
          }
        }
      }
    }
  `),
};
