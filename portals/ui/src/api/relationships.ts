import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { graphql } from '../gql/index.ts';

/** The register of a subject's relatives and their proofs. */

export const RELATIONSHIPS = graphql(`
  query Relationships($subjectId: ID!) {
    relationships(subjectId: $subjectId) {
      id
      visitorName
      visitorIdNumberMasked
      relation
      proofKind
      proofReference
      realPersonChecked
      photoSha256
      householdRegion
      householdProof
      registeredAt
    }
  }
`);

export const REGISTER_RELATIONSHIP = graphql(`
  mutation RegisterRelationship($input: RegisterRelationshipInput!) {
    registerRelationship(input: $input) {
      id
    }
  }
`);

/** A subject's registered relationships, read afresh. */
export function useRelationships(subjectId: () => string) {
  const query = useQuery(RELATIONSHIPS, () => ({ subjectId: subjectId() }), { fetchPolicy: 'network-only' });
  return { ...query, registered: computed(() => query.result.value?.relationships ?? []) };
}
export const useRegisterRelationship = () => useMutation(REGISTER_RELATIONSHIP);
