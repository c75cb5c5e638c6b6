import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
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

/** The inmates' requests this bureau has to tell families of, re-read when a prison approves one. */
export function useRequestsToTell() {
  const query = useQuery(REQUESTS_TO_TELL, null, { fetchPolicy: 'cache-and-network' });
  useSubscription(REQUEST_TO_TELL).onResult(() => query.refetch());
  return query;
}
export const useAnswerInmateRequest = () => useMutation(ANSWER_INMATE_REQUEST);
