import { graphql } from '../gql/index.ts';

/** YN-9(3): inmates' own requests the bureau tells the family about. */

export const REQUESTS_TO_TELL = graphql(`
  query RequestsToTell {
    inmateRequests {
      id
      inmateName
      stage
      stageDueOn
      relatives {
        name
        relation
        phoneMasked
      }
    }
  }
`);

export const REQUEST_TO_TELL = graphql(`
  subscription RequestToTell {
    inmateRequestChanged {
      id
      status
      stage
    }
  }
`);

export const ANSWER_INMATE_REQUEST = graphql(`
  mutation AnswerInmateRequest($id: ID!, $accepted: Boolean!) {
    answerInmateRequest(id: $id, accepted: $accepted) {
      id
      stage
    }
  }
`);
