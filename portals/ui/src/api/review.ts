import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import type { Ref } from 'vue';
import type { PrisonReviewPageQueryVariables } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';

/** The prison's and the detox centre's documents side by side: the same screen, only the names differ. */

export const REVIEW_PAGE = {
  prison: graphql(`
    query PrisonReviewPage(
      $limit: Int!
      $offset: Int!
      $status: ReviewStatus!
      $stage: ReviewStage
      $priorityOnly: Boolean!
      $search: String
      $sort: ReviewSort!
      $descending: Boolean!
    ) {
      page: inmateReviewPage(
        limit: $limit
        offset: $offset
        status: $status
        stage: $stage
        priorityOnly: $priorityOnly
        search: $search
        sort: $sort
        descending: $descending
      ) {
        total
        items {
          id
          dueOn
          overdue
          dueToday
          priority
          calendarMissing
          rulePack
          serviceDate
          subject: inmate {
            id
            name
            number: inmateNumber
            custodyStatus
            treatmentLevel
          }
          application {
            id
            number
            visitors {
              name
              relation
              idNumberMasked
            }
          }
          eligibility {
            code
            labelKey
            rule
          }
          rejectionReasons {
            code
            labelKey
            about
            needsText
          }
        }
      }
      pending: inmateReviewPage(limit: 1) {
        total
      }
    }
  `),
  detox: graphql(`
    query DetoxReviewPage(
      $limit: Int!
      $offset: Int!
      $status: ReviewStatus!
      $stage: ReviewStage
      $priorityOnly: Boolean!
      $search: String
      $sort: ReviewSort!
      $descending: Boolean!
    ) {
      page: detaineeReviewPage(
        limit: $limit
        offset: $offset
        status: $status
        stage: $stage
        priorityOnly: $priorityOnly
        search: $search
        sort: $sort
        descending: $descending
      ) {
        total
        items {
          id
          dueOn
          overdue
          dueToday
          priority
          calendarMissing
          rulePack
          serviceDate
          subject: detainee {
            id
            name
            number: detaineeNumber
            inCustody
          }
          application {
            id
            number
            visitors {
              name
              relation
              idNumberMasked
            }
          }
          eligibility {
            code
            labelKey
            rule
          }
          rejectionReasons {
            code
            labelKey
            about
            needsText
          }
        }
      }
      pending: detaineeReviewPage(limit: 1) {
        total
      }
    }
  `),
};

export const REVIEW_CHANGED = {
  prison: graphql(`
    subscription PrisonReviewChanged {
      reviewChanged {
        id
        status
        dueOn
        overdue
        dueToday
        priority
      }
    }
  `),
  detox: graphql(`
    subscription DetoxReviewChanged {
      detoxReviewChanged {
        id
        status
        dueOn
        overdue
        dueToday
        priority
      }
    }
  `),
};

export const DECIDE = {
  prison: graphql(`
    mutation PrisonDecide($applicationId: ID!, $approve: Boolean!, $reasonCode: String, $reasonAbout: ReasonAbout, $reason: String, $meetingTime: String) {
      decideInmateReview(
        applicationId: $applicationId
        approve: $approve
        reasonCode: $reasonCode
        reasonAbout: $reasonAbout
        reason: $reason
        meetingTime: $meetingTime
      ) {
        id
        status
      }
    }
  `),
  detox: graphql(`
    mutation DetoxDecide($applicationId: ID!, $approve: Boolean!, $reasonCode: String, $reasonAbout: ReasonAbout, $reason: String, $meetingTime: String) {
      decideDetaineeReview(
        applicationId: $applicationId
        approve: $approve
        reasonCode: $reasonCode
        reasonAbout: $reasonAbout
        reason: $reason
        meetingTime: $meetingTime
      ) {
        id
        status
      }
    }
  `),
};

type Kind = keyof typeof REVIEW_PAGE;

/** GD-21 / GD-22: a page of the review queue (typing debounced), re-read when a case is opened, decided or falls due elsewhere. */
export function useReviewPage(kind: Kind, variables: Ref<PrisonReviewPageQueryVariables>) {
  const query = useQuery(REVIEW_PAGE[kind], variables, { fetchPolicy: 'cache-and-network', debounce: 300 });
  useSubscription(REVIEW_CHANGED[kind]).onResult(() => query.refetch());
  return query;
}
export const useDecide = (kind: Kind) => useMutation(DECIDE[kind]);
