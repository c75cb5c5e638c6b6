import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import type { SmsLogQueryVariables } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';

/** GD-26: the SMS log of the venue (phones masked). */

export const SMS_LOG = graphql(`
  query SmsLog($offset: Int!, $limit: Int!, $status: SmsStatus, $search: String) {
    smsLog(offset: $offset, limit: $limit, status: $status, search: $search) {
      id
      kind
      body
      bodyKeyed {
        key
        params
      }
      status
      attempts
      createdAt
      sentAt
      phoneMasked
    }
    smsLogTotal(status: $status, search: $search)
  }
`);

/** One page of the SMS log with its total, polled every 30 s. */
export function useSmsLog(variables: Ref<SmsLogQueryVariables>) {
  const query = useQuery(SMS_LOG, variables, { fetchPolicy: 'cache-and-network', pollInterval: 30_000 });
  return {
    ...query,
    messages: computed(() => query.result.value?.smsLog ?? []),
    total: computed<number>(() => query.result.value?.smsLogTotal ?? 0),
  };
}
