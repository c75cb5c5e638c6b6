import { useLazyQuery, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { graphql } from '../gql/index.ts';

/** What anyone may read without signing in: notices, the rules, a result by number, the institutions. */

/** GD-39: notices of stopped meetings are public: families must know before they travel. */
export const NOTICES = graphql(`
  query Notices {
    suspensionNotices {
      id
      fromDate
      toDate
      messageKeyed {
        key
        params
      }
      issuedAt
    }
  }
`);
/** GD-26: the rules a family is told, from the province's own rule pack, in the language chosen. */
export const BRIEFINGS = graphql(`
  query Briefings($locale: String!) {
    rulesBriefings(locale: $locale) {
      rulePack
      name
      lines {
        topic
        text
      }
    }
  }
`);
/** GD-26: anyone holding the number and an ID number on the application can look the result up. */
export const RESULT = graphql(`
  query Result($number: String!, $idNumber: String!) {
    applicationResult(number: $number, idNumber: $idNumber) {
      number
      status
      serviceDate
      venue
      rejectionKeyed {
        key
        params
        rule
      }
    }
  }
`);
export const INSTITUTIONS = graphql(`
  query PublicInstitutions {
    prisons {
      id
      name
    }
    detoxCentres {
      id
      name
    }
  }
`);

/** GD-36: the suspension notices published to families. */
export function useNotices() {
  const query = useQuery(NOTICES);
  return { ...query, notices: computed(() => query.result.value?.suspensionNotices ?? []) };
}
export const useBriefings = (locale: Ref<string>) => useQuery(BRIEFINGS, () => ({ locale: locale.value }));
/** An application's result by its number and the applicant's ID number, asked afresh at each look-up. */
export const useApplicationResult = (variables: () => { number: string; idNumber: string }) => useLazyQuery(RESULT, variables, { fetchPolicy: 'network-only' });
/** The prisons and detox centres families can pick, in one list. */
export function usePublicInstitutions() {
  const query = useQuery(INSTITUTIONS);
  return { ...query, institutions: computed(() => [...(query.result.value?.prisons ?? []), ...(query.result.value?.detoxCentres ?? [])]) };
}
