import { useApolloClient, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import type { AuditFilter, AuditTrailQuery, AuditTrailQueryVariables } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';

/** The auditor's trail: search, CSV export, hash-chain check. */

export const AUDIT_TRAIL = graphql(`
  query AuditTrail($filter: AuditFilter, $offset: Int, $limit: Int) {
    auditTrail(filter: $filter, offset: $offset, limit: $limit) {
      total
      records {
        seq
        occurredAt
        username
        accountId
        tenantKind
        tenantId
        roles
        action
        operation
        entityType
        entityId
        before
        after
      }
    }
  }
`);

export const AUDIT_TRAIL_CSV = graphql(`
  query AuditTrailCsv($filter: AuditFilter) {
    auditTrailCsv(filter: $filter)
  }
`);

export const AUDIT_TRAIL_INTEGRITY = graphql(`
  query AuditTrailIntegrity {
    auditTrailIntegrity {
      ok
      checked
      firstBrokenSeq
      reason
    }
  }
`);

/** A page of the audit trail with its total, read afresh. */
export function useAuditTrail(variables: () => AuditTrailQueryVariables) {
  const query = useQuery(AUDIT_TRAIL, variables, { fetchPolicy: 'network-only' });
  return {
    ...query,
    records: computed<AuditTrailQuery['auditTrail']['records']>(() => query.result.value?.auditTrail.records ?? []),
    total: computed<number>(() => query.result.value?.auditTrail.total ?? 0),
  };
}
/** The export and the integrity check: one plain query per click, asked afresh. */
export function useAuditTrailChecks() {
  const { client } = useApolloClient();
  return {
    csv: async (filter: AuditFilter) => (await client.query({ query: AUDIT_TRAIL_CSV, variables: { filter }, fetchPolicy: 'network-only' })).data.auditTrailCsv,
    integrity: async () => (await client.query({ query: AUDIT_TRAIL_INTEGRITY, fetchPolicy: 'network-only' })).data.auditTrailIntegrity,
  };
}
