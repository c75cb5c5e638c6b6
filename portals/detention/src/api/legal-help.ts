import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql/index.ts';

/** Legal help requests of detainees. */

export const LEGAL_HELP = graphql(`
  query LegalHelp {
    legalHelpRequests {
      id
      kind
      filedAt
      passedTo
      passedAt
      dueAt
      alert
      dutyLawyerAccountId
      suspectId
    }
    suspects(limit: 200) {
      id
      name
      suspectNumber
    }
    dutyLawyers {
      accountId
      name
      firm
    }
  }
`);

export const RECORD_LEGAL_HELP = graphql(`
  mutation RecordLegalHelp($s: ID!, $k: LegalHelpKind!) {
    recordLegalHelpRequest(suspectId: $s, kind: $k) {
      id
    }
  }
`);

export const HAND_LEGAL_HELP = graphql(`
  mutation HandLegalHelp($r: ID!, $l: ID!) {
    handLegalHelpToDutyLawyer(requestId: $r, lawyerAccountId: $l) {
      id
    }
  }
`);

/** The legal-help requests, the suspects and the duty lawyers, polled every 30 s. */
export const useLegalHelp = () => useQuery(LEGAL_HELP, null, { fetchPolicy: 'cache-and-network', pollInterval: 30_000 });
export const useRecordLegalHelp = () => useMutation(RECORD_LEGAL_HELP);
export const useHandLegalHelp = () => useMutation(HAND_LEGAL_HELP);
