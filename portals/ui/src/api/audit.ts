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
