import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import type { VisitorSanctionsQuery } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';

/** GD-33: visitors' misconduct: recommendations to suspend, accepted or declined. */

export const VISITOR_SANCTIONS = graphql(`
  query VisitorSanctions {
    visitorSanctions {
      id
      visitorName
      visitorIdNumberMasked
      months
      reason
      status
      endsOn
      recommendedAt
      barsVisitor
      policeReferral {
        reference
        policeUnit
      }
    }
  }
`);

export const DECIDE_VISITOR_SUSPENSION = graphql(`
  mutation DecideVisitorSuspension($id: ID!, $accept: Boolean!, $barVisitor: Boolean!) {
    decideVisitorSuspension(id: $id, accept: $accept, barVisitor: $barVisitor) {
      id
      status
      endsOn
      barsVisitor
    }
  }
`);

export const RECORD_POLICE_REFERRAL = graphql(`
  mutation RecordPoliceReferral($id: ID!, $policeUnit: String!, $reference: String!) {
    recordPoliceReferral(recommendationId: $id, policeUnit: $policeUnit, reference: $reference) {
      id
      reference
    }
  }
`);

/** GD-33: visitor suspensions recommended to the institution, polled each minute. */
export function useVisitorSanctions() {
  const query = useQuery(VISITOR_SANCTIONS, null, { fetchPolicy: 'cache-and-network', pollInterval: 60_000 });
  return { ...query, recommendations: computed<VisitorSanctionsQuery['visitorSanctions']>(() => query.result.value?.visitorSanctions ?? []) };
}
export const useDecideVisitorSuspension = () => useMutation(DECIDE_VISITOR_SUSPENSION);
export const useRecordPoliceReferral = () => useMutation(RECORD_POLICE_REFERRAL);
