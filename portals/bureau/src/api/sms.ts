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
