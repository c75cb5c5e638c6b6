import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import type { PriorityPoliciesQuery } from '../gql/graphql.ts';
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

/** GD-4: the bureau's priority policies. */
export function usePriorityPolicies() {
  const query = useQuery(PRIORITY_POLICIES);
  return { ...query, policies: computed<PriorityPoliciesQuery['priorityPolicies']>(() => query.result.value?.priorityPolicies ?? []) };
}
export const useSetPriorityPolicy = () => useMutation(SET_PRIORITY_POLICY);
