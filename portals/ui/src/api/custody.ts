import { useLazyQuery, useMutation } from '@vue/apollo-composable';
import { graphql } from '../gql/index.ts';

/** GD-5 / YN-7: a person in custody meeting a relative also in custody. */

export const HELD_RELATIVE = graphql(`
  query HeldRelative($name: String!, $idNumber: String!) {
    inmate: heldRelativeInmate(name: $name, idNumber: $idNumber) {
      id
      name
      institution {
        id
        name
      }
    }
    detainee: heldRelativeDetainee(name: $name, idNumber: $idNumber) {
      id
      name
      institution {
        id
        name
      }
    }
  }
`);

export const FILE_CUSTODY_MEETING = graphql(`
  mutation FileCustodyMeeting($input: CustodyMeetingInput!) {
    fileCustodyMeeting(input: $input) {
      id
      number
      status
    }
  }
`);

/** The relative in custody by name and ID number, asked afresh at each look-up. */
export const useHeldRelative = (variables: () => { name: string; idNumber: string }) => useLazyQuery(HELD_RELATIVE, variables, { fetchPolicy: 'network-only' });
export const useFileCustodyMeeting = () => useMutation(FILE_CUSTODY_MEETING);
