import { useLazyQuery, useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed } from 'vue';
import { graphql } from '../gql/index.ts';
import type { BureauApplicationsQuery } from '../gql/graphql.ts';

/** The meeting day at the venue: today's applications, checking visitors in, the day's actions. */

export const CHECK_IN = graphql(`
  mutation CheckIn($applicationId: ID!, $idNumber: String!, $original: Boolean!, $expires: String) {
    checkInVisitor(applicationId: $applicationId, idNumber: $idNumber, idOriginalPresent: $original, idExpiresOn: $expires) {
      id
      visitorIndex
      admitted
      refusalKeyed {
        key
        params
        rule
      }
      pledgeSignedAt
    }
  }
`);

export const SIGN_PLEDGE = graphql(`
  mutation SignPledge($applicationId: ID!, $idNumber: String!) {
    signPledge(applicationId: $applicationId, idNumber: $idNumber, signature: SIGNATURE) {
      id
      visitorIndex
      admitted
      refusalKeyed {
        key
        params
        rule
      }
      pledgeSignedAt
    }
  }
`);

export const PLEDGE = graphql(`
  query Pledge($applicationId: ID!) {
    pledgeText(applicationId: $applicationId)
  }
`);

export const CONFIRM_PREPARATION = graphql(`
  mutation ConfirmPreparation($applicationId: ID!, $equipmentChecked: Boolean!, $rulesBriefed: Boolean!, $devicesDeposited: Boolean!) {
    confirmPreparation(applicationId: $applicationId, equipmentChecked: $equipmentChecked, rulesBriefed: $rulesBriefed, devicesDeposited: $devicesDeposited) {
      id
      preparationMissing
      readyToJoin
    }
  }
`);

export const RECORD_NO_SHOW = graphql(`
  mutation RecordNoShow($applicationId: ID!, $withReason: Boolean!) {
    recordNoShow(applicationId: $applicationId, withReason: $withReason) {
      id
      status
    }
  }
`);

export const REFUSE_FOR_CONDUCT = graphql(`
  mutation RefuseForConduct($applicationId: ID!, $reason: String!) {
    refuseForConduct(applicationId: $applicationId, reason: $reason) {
      id
      status
    }
  }
`);

export const RECOMMEND_VISITOR_SUSPENSION = graphql(`
  mutation RecommendVisitorSuspension($applicationId: ID!, $idNumber: String!, $months: Int!, $reason: String!) {
    recommendVisitorSuspension(applicationId: $applicationId, idNumber: $idNumber, months: $months, reason: $reason) {
      id
      status
    }
  }
`);

export const BUREAU_APPLICATIONS = graphql(`
  query BureauApplications {
    applications(limit: 200, status: APPROVED) {
      id
      number
      status
      rulePack
      preparationMissing
      readyToJoin
      serviceDay {
        id
        date
      }
      subject {
        ... on Inmate {
          id
          name
        }
        ... on Detainee {
          id
          name
        }
      }
      visitors {
        name
        relation
        idNumberMasked
      }
      attendance {
        id
        visitorIndex
        admitted
        refusalKeyed {
          key
          params
          rule
        }
        pledgeSignedAt
      }
    }
  }
`);

export const BUREAU_APPLICATION_CHANGED = graphql(`
  subscription BureauApplicationChanged {
    applicationChanged {
      id
      status
      attendance {
        id
        visitorIndex
        admitted
        refusalKeyed {
          key
          params
          rule
        }
        pledgeSignedAt
      }
    }
  }
`);

export type TodayApplication = BureauApplicationsQuery['applications'][number];

/** GD-29: the visitor checked in at the desk; the day's list re-reads. */
export const useCheckIn = () => useMutation(CHECK_IN, { refetchQueries: ['BureauApplications'] });
/** GD-30: the pledge signed; the day's list re-reads. */
export const useSignPledge = () => useMutation(SIGN_PLEDGE, { refetchQueries: ['BureauApplications'] });
/** GD-30: the pledge's text to print, asked when the visitor has checked in. */
export const usePledge = (applicationId: () => string) => useLazyQuery(PLEDGE, () => ({ applicationId: applicationId() }));
export const useConfirmPreparation = () => useMutation(CONFIRM_PREPARATION);
export const useRecordNoShow = () => useMutation(RECORD_NO_SHOW);
export const useRefuseForConduct = () => useMutation(REFUSE_FOR_CONDUCT);
export const useRecommendVisitorSuspension = () => useMutation(RECOMMEND_VISITOR_SUSPENSION);

/** The venue's applications, polled each minute and updated in the cache by every change the bureau is told of. */
export function useBureauApplications() {
  const query = useQuery(BUREAU_APPLICATIONS, null, { fetchPolicy: 'cache-and-network', pollInterval: 60_000 });
  useSubscription(BUREAU_APPLICATION_CHANGED);
  return { ...query, applications: computed<TodayApplication[]>(() => query.result.value?.applications ?? []) };
}
