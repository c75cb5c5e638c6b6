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
