import { forbidden, unauthenticated, hasRole, type Identity, type Role, type TenantKind } from '@rv/schema';

/** The caller must be signed in. */
export function requireAccount(identity: Identity): asserts identity is Identity & { accountId: string } {
  if (!identity.accountId) throw unauthenticated();
}

/** The caller must be staff of one of these tenant kinds with one of these roles. */
export function requireStaff(
  identity: Identity,
  kinds: TenantKind[],
  roles: Role[],
): asserts identity is Identity & { tenantId: string; tenantKind: TenantKind } {
  requireAccount(identity);
  if (!identity.tenantKind || !kinds.includes(identity.tenantKind) || !hasRole(identity, ...roles)) throw forbidden();
}

/** Staff of exactly this tenant, or of a supervising kind. */
export function canReadTenant(identity: Identity, tenantId: string, supervisors: TenantKind[]): boolean {
  if (identity.tenantId === tenantId) return true;
  return identity.tenantKind !== null && supervisors.includes(identity.tenantKind);
}
