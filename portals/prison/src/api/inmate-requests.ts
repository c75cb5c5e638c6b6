import { graphql } from '../gql/index.ts';

/** YN-9: inmates' own requests to meet their family. */

export const INMATE_REQUESTS = graphql(`
  query InmateRequests {
    inmateRequests {
      id
      institutionId
      inmateName
      reason
      status
      stage
      stageDueOn
      rejectionKeyed {
        key
        params
        rule
      }
      relatives {
        name
        relation
        idNumberMasked
        phoneMasked
      }
      rejectionReasons {
        code
        labelKey
        needsText
      }
      form1 {
        title
        subtitle
        lines
      }
    }
  }
`);

export const INMATE_REQUEST_CHANGED = graphql(`
  subscription InmateRequestChanged {
    inmateRequestChanged {
      id
      status
      stage
    }
  }
`);

export const REQUEST_INMATES = graphql(`
  query RequestInmates($search: String) {
    inmates(search: $search, limit: 20) {
      id
      name
      inmateNumber
    }
  }
`);

export const REQUEST_INMATE_MEETING = graphql(`
  mutation RequestInmateMeeting($input: InmateRequestInput!) {
    requestInmateMeeting(input: $input) {
      id
    }
  }
`);

export const REQUEST_VENUES = graphql(`
  query RequestVenues {
    countyBureaus {
      id
      name
      kind
    }
  }
`);

export const DECIDE_INMATE_REQUEST = graphql(`
  mutation DecideInmateRequest($id: ID!, $approve: Boolean!, $serviceDayId: ID, $venueId: ID, $meetingTime: String, $reasonCode: String, $reason: String) {
    decideInmateRequest(
      id: $id
      approve: $approve
      serviceDayId: $serviceDayId
      venueId: $venueId
      meetingTime: $meetingTime
      reasonCode: $reasonCode
      reason: $reason
    ) {
      id
      stage
    }
  }
`);

export const CHANGE_INMATE_REQUEST_DATE = graphql(`
  mutation ChangeInmateRequestDate($id: ID!, $serviceDayId: ID!, $meetingTime: String) {
    changeInmateRequestDate(id: $id, serviceDayId: $serviceDayId, meetingTime: $meetingTime) {
      id
      stage
    }
  }
`);

export const INMATE_TOLD = graphql(`
  mutation InmateTold($id: ID!) {
    inmateRequestTold(id: $id) {
      id
      stage
    }
  }
`);
