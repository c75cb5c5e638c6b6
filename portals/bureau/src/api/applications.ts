import { useLazyQuery, useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed } from 'vue';
import type { PendingAtVenueQuery, PreReviewQueueQuery, RelativesAtCounterQuery } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';

/** Applications at the venue: filed at the counter, pending, pre-reviewed (YN-8), put first (GD-4). */

export const RELATIVES_AT_COUNTER = graphql(`
  query RelativesAtCounter($idNumber: String!) {
    relativesAtCounter(idNumber: $idNumber) {
      id
      subjectId
      visitorName
      relation
      subject {
        ... on Inmate {
          id
          name
          institution: prison {
            id
            name
          }
        }
        ... on Detainee {
          id
          name
          institution: centre {
            id
            name
          }
        }
      }
    }
  }
`);

export const FILE_AT_COUNTER = graphql(`
  mutation FileAtCounter($applicant: ApplicantInput!, $input: SubmitApplicationInput!) {
    fileAtCounter(applicant: $applicant, input: $input) {
      receivedAt
      placeName
      placeAddress
      placePhone
      howToCheckKey
      applicant
      application {
        number
        status
        rulePack
        serviceDay {
          date
        }
        subject {
          ... on Inmate {
            name
            institution: prison {
              name
            }
          }
          ... on Detainee {
            name
            institution: centre {
              name
            }
          }
        }
      }
    }
  }
`);

export const PENDING = graphql(`
  query PendingAtVenue {
    applications(limit: 200, status: SUBMITTED) {
      id
      number
      stageDueOn
      institutionOverdue
      priority
      priorityCategory
      priorityNote
      serviceDay {
        date
      }
      subject {
        ... on Inmate {
          name
        }
        ... on Detainee {
          name
        }
      }
      visitors {
        name
      }
    }
  }
`);

export const PENDING_CHANGED = graphql(`
  subscription PendingChanged {
    applicationChanged {
      id
      status
    }
  }
`);

export const PRIORITIZE = graphql(`
  mutation Prioritize($id: ID!, $category: PriorityCategory!, $note: String) {
    prioritizeApplication(id: $id, category: $category, note: $note) {
      id
      priority
      priorityCategory
      priorityNote
    }
  }
`);

export const QUEUE = graphql(`
  query PreReviewQueue {
    preReviewQueue {
      id
      number
      status
      stage
      stageDueOn
      meetingTime
      rejectionKeyed {
        key
        params
        rule
      }
      serviceDay {
        date
      }
      subject {
        ... on Inmate {
          name
        }
        ... on Detainee {
          name
        }
      }
      venue {
        name
      }
      visitors {
        name
        relation
        idNumberMasked
      }
      preReviewReasons {
        code
        labelKey
        needsText
      }
    }
  }
`);

export const PRE_REVIEW_CHANGED = graphql(`
  subscription PreReviewChanged {
    applicationChanged {
      id
      status
    }
  }
`);

export const FORWARD = graphql(`
  mutation Forward($id: ID!) {
    forwardApplication(id: $id) {
      id
      stage
    }
  }
`);

export const PRE_REVIEW = graphql(`
  mutation PreReview($id: ID!, $approve: Boolean!, $reasonCode: String, $reason: String) {
    preReview(id: $id, approve: $approve, reasonCode: $reasonCode, reason: $reason) {
      id
      stage
      status
    }
  }
`);

export const NOTIFY_FAMILY = graphql(`
  mutation NotifyFamily($id: ID!) {
    notifyFamily(id: $id) {
      id
      stage
    }
  }
`);

/** GD-17: the relatives registered for an applicant's ID number, asked afresh at each look-up. */
export function useRelativesAtCounter(idNumber: () => string) {
  const query = useLazyQuery(RELATIVES_AT_COUNTER, () => ({ idNumber: idNumber() }), { fetchPolicy: 'network-only' });
  return { ...query, relatives: computed<RelativesAtCounterQuery['relativesAtCounter']>(() => query.result.value?.relativesAtCounter ?? []) };
}
export const useFileAtCounter = () => useMutation(FILE_AT_COUNTER);

/** The venue's applications waiting for a decision, re-read whenever one changes. */
export function usePending() {
  const query = useQuery(PENDING, null, { fetchPolicy: 'cache-and-network' });
  useSubscription(PENDING_CHANGED).onResult(() => query.refetch());
  return { ...query, pending: computed<PendingAtVenueQuery['applications']>(() => query.result.value?.applications ?? []) };
}
export const usePrioritize = () => useMutation(PRIORITIZE);

/** YN-8: the pre-review queue, re-read whenever one changes. */
export function usePreReviewQueue() {
  const query = useQuery(QUEUE, null, { fetchPolicy: 'cache-and-network' });
  useSubscription(PRE_REVIEW_CHANGED).onResult(() => query.refetch());
  return { ...query, waiting: computed<PreReviewQueueQuery['preReviewQueue']>(() => query.result.value?.preReviewQueue ?? []) };
}
export const useForward = () => useMutation(FORWARD);
export const usePreReview = () => useMutation(PRE_REVIEW);
export const useNotifyFamily = () => useMutation(NOTIFY_FAMILY);
