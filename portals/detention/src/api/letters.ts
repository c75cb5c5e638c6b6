import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql/index.ts';

export const LAWYER_LETTERS = graphql(`
  query LawyerLetters {
    lawyerLetters {
      id
      status
      receivedAt
      passedAt
      via
      withheldGround
      withheldApprovedBy
      lawyerAccountId
      suspect {
        id
        name
        suspectNumber
      }
    }
    suspects(limit: 200) {
      id
      name
      suspectNumber
    }
  }
`);

export const MANDATED_LAWYERS = graphql(`
  query MandatedLawyers($s: ID!) {
    mandatedLawyers(suspectId: $s) {
      accountId
      name
      firm
    }
  }
`);

export const RECEIVE_SUSPECT_LETTER = graphql(`
  mutation ReceiveSuspectLetter($s: ID!, $l: ID!) {
    receiveSuspectLetter(suspectId: $s, lawyerAccountId: $l) {
      id
    }
  }
`);

export const PASS_LETTER_ON = graphql(`
  mutation PassLetterOn($id: ID!, $v: LawyerLetterVia!) {
    passLetterOn(letterId: $id, via: $v) {
      id
      status
    }
  }
`);

export const WITHHOLD_LETTER = graphql(`
  mutation WithholdLetter($id: ID!, $g: String!, $a: String) {
    withholdLetter(letterId: $id, ground: $g, approvedBy: $a) {
      id
      status
    }
  }
`);

/** CQ-1: the lawyers' letters and the centre's suspects. */
export const useLawyerLetters = () => useQuery(LAWYER_LETTERS, null, { fetchPolicy: 'cache-and-network' });
/** The lawyers mandated for a suspect, once one is chosen. */
export const useMandatedLawyers = (suspectId: () => string) =>
  useQuery(
    MANDATED_LAWYERS,
    () => ({ s: suspectId() }),
    () => ({ enabled: !!suspectId() }),
  );
export const useReceiveSuspectLetter = () => useMutation(RECEIVE_SUSPECT_LETTER);
export const usePassLetterOn = () => useMutation(PASS_LETTER_ON);
export const useWithholdLetter = () => useMutation(WITHHOLD_LETTER);
