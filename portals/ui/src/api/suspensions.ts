import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql/index.ts';

/** GD-39: notices that stop meetings for a period. */

export const NOTICES = graphql(`
  query SuspensionNotices {
    suspensionNotices {
      id
      cause
      issuerKind
      fromDate
      toDate
      messageKeyed {
        key
        params
      }
      affected
      issuedAt
    }
  }
`);

export const ISSUE_SUSPENSION = graphql(`
  mutation IssueSuspension($cause: SuspensionCause!, $fromDate: String!, $toDate: String!, $message: String!) {
    issueSuspensionNotice(cause: $cause, fromDate: $fromDate, toDate: $toDate, message: $message) {
      id
      affected
    }
  }
`);

/** GD-39: the suspension notices the caller issued. */
export const useSuspensionNotices = () => useQuery(NOTICES, null, { fetchPolicy: 'cache-and-network' });
export const useIssueSuspension = () => useMutation(ISSUE_SUSPENSION);
