import { useLazyQuery, useMutation, useQuery } from '@vue/apollo-composable';
import type { PrisonSubjectHistoryQueryVariables, PrisonSubjectsQueryVariables } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';

/** The prison's and the detox centre's documents side by side: the same screen, only the names differ. */

export const SUBJECTS = {
  prison: graphql(`
    query PrisonSubjects($search: String, $limit: Int, $offset: Int) {
      page: inmatePage(search: $search, limit: $limit, offset: $offset) {
        total
        items {
          id
          name
          number: inmateNumber
          custodyStatus
          treatmentLevel
          unit: ward {
            name
          }
        }
      }
    }
  `),
  detox: graphql(`
    query DetoxSubjects($search: String, $limit: Int, $offset: Int) {
      page: detaineePage(search: $search, limit: $limit, offset: $offset) {
        total
        items {
          id
          name
          number: detaineeNumber
          brigade
        }
      }
    }
  `),
};

export const SUBJECT_HISTORY = {
  prison: graphql(`
    query PrisonSubjectHistory($id: ID!, $withSanctions: Boolean!, $withVisits: Boolean!) {
      sanctions: inmateSanctions(inmateId: $id) @include(if: $withSanctions) {
        id
        severity
        months
        startsOn
        endsOn
        reasonKeyed {
          key
          params
          rule
        }
        rule
        imposedAt
      }
      visits: inmateOnsiteVisits(inmateId: $id) @include(if: $withVisits) {
        id
        visitDate
        visitors
        recordedAt
      }
    }
  `),
  detox: graphql(`
    query DetoxSubjectHistory($id: ID!, $withSanctions: Boolean!, $withVisits: Boolean!) {
      sanctions: detaineeSanctions(detaineeId: $id) @include(if: $withSanctions) {
        id
        severity
        months
        startsOn
        endsOn
        reasonKeyed {
          key
          params
          rule
        }
        rule
        imposedAt
      }
      visits: detaineeOnsiteVisits(detaineeId: $id) @include(if: $withVisits) {
        id
        visitDate
        visitors
        recordedAt
      }
    }
  `),
};

export const SUSPEND = {
  prison: graphql(`
    mutation PrisonSuspend($id: ID!, $months: Int!, $reason: String!, $severity: SanctionSeverity!) {
      suspendInmateEligibility(inmateId: $id, months: $months, reason: $reason, severity: $severity) {
        id
        endsOn
        rule
      }
    }
  `),
  detox: graphql(`
    mutation DetoxSuspend($id: ID!, $months: Int!, $reason: String!, $severity: SanctionSeverity!) {
      suspendDetaineeEligibility(detaineeId: $id, months: $months, reason: $reason, severity: $severity) {
        id
        endsOn
        rule
      }
    }
  `),
};

export const LOG_VISIT = {
  prison: graphql(`
    mutation PrisonLogVisit($id: ID!, $visitors: Int!) {
      recordInmateOnsiteVisit(inmateId: $id, visitors: $visitors) {
        id
        visitDate
      }
    }
  `),
  detox: graphql(`
    mutation DetoxLogVisit($id: ID!, $visitors: Int!) {
      recordDetaineeOnsiteVisit(detaineeId: $id, visitors: $visitors) {
        id
        visitDate
      }
    }
  `),
};

type Kind = keyof typeof SUBJECTS;

/** A page of the institution's people, kept fresh (typing debounced). */
export const useSubjects = (kind: Kind, variables: () => PrisonSubjectsQueryVariables) =>
  useQuery(SUBJECTS[kind], variables, { fetchPolicy: 'cache-and-network', debounce: 300 });
/** One person's history, asked afresh when the person is opened. */
export const useSubjectHistory = (kind: Kind, variables: () => PrisonSubjectHistoryQueryVariables) =>
  useLazyQuery(SUBJECT_HISTORY[kind], variables, { fetchPolicy: 'network-only' });
export const useSuspend = (kind: Kind) => useMutation(SUSPEND[kind]);
export const useLogVisit = (kind: Kind) => useMutation(LOG_VISIT[kind]);
