import { graphql } from '../gql/index.ts';

/** GD-4: the priority policy the provincial bureaus set. */

export const PRIORITY_POLICIES = graphql(`
  query PriorityPolicies {
    priorityPolicies {
      id
      subjectKind
      category
      maxTimes
      period
      conditions
      setAt
    }
  }
`);

export const SET_PRIORITY_POLICY = graphql(`
  mutation SetPriorityPolicy($input: PriorityPolicyInput!) {
    setPriorityPolicy(input: $input) {
      id
    }
  }
`);
