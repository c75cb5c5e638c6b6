import { forbidden, unauthenticated } from './errors.js';
import { CASE_ROLES, PublicRole, TenantKind, hasRole, type Identity } from './tenants.js';

/** One condition on a case (application, meeting): which field must equal which value. */
export type CaseScope =
  { field: 'all' } | { field: 'proxyAccountId' | 'venueId' | 'institutionId'; value: string } | { field: 'subjectKind'; value: 'INMATE' | 'DETAINEE' };

/**
 * Who may see a case, decided in one place for every subgraph: the family only its own, a
 * bureau only those at its counter, an institution only those for its subjects, the prison
 * or detox bureau its domain, the province everything. Auditors and others see none.
 */
export function caseScope(identity: Identity): CaseScope {
  if (!identity.accountId) throw unauthenticated();
  if (!identity.tenantKind && hasRole(identity, PublicRole.PROXY, PublicRole.LAWYER)) return { field: 'proxyAccountId', value: identity.accountId };
  if (!identity.tenantId || !hasRole(identity, ...CASE_ROLES)) throw forbidden();
  switch (identity.tenantKind) {
    case TenantKind.COUNTY_BUREAU:
    case TenantKind.JUDICIAL_OFFICE:
      return { field: 'venueId', value: identity.tenantId };
    case TenantKind.PRISON:
    case TenantKind.DETOX_CENTRE:
      return { field: 'institutionId', value: identity.tenantId };
    case TenantKind.PRISON_BUREAU:
      return { field: 'subjectKind', value: 'INMATE' };
    case TenantKind.DETOX_BUREAU:
      return { field: 'subjectKind', value: 'DETAINEE' };
    case TenantKind.PROVINCE:
      return { field: 'all' };
    default:
      throw forbidden();
  }
}

/** The scope as a MikroORM-style filter over an entity that has these fields. */
export function caseFilter(scope: CaseScope, rename: Partial<Record<CaseScope['field'], string>> = {}): Record<string, string> {
  return scope.field === 'all' ? {} : { [rename[scope.field] ?? scope.field]: scope.value };
}
