import { CASE_ROLES, caseScope, forbidden, hasRole, type Identity, type TenantKind } from '@rv/schema';
import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { canReadTenant } from './auth.js';
import type { SubgraphContext } from './server.js';

/**
 * Who may read the custody record of a person in custody (custody status, discipline, treatment
 * level, crime category, warnings …): staff with a case role of the institution holding them, or of
 * a kind that supervises it. The same rule as `inmate(id)` / `detainee(id)`.
 */
export function mayReadCustodyRecord(identity: Identity, institutionId: string, supervisors: TenantKind[]): boolean {
  return hasRole(identity, ...CASE_ROLES) && canReadTenant(identity, institutionId, supervisors);
}

/**
 * Field decorator for the custody record: FORBIDDEN unless `mayReadCustodyRecord`. The rule sits on
 * the fields themselves, so it holds however the person is reached: a query, a list, a review case,
 * or another subgraph's field through `_entities` (an application's or a relationship's subject).
 */
export function CustodyRecord<T>(institutionOf: (root: T) => string, supervisors: TenantKind[]): MethodDecorator & PropertyDecorator {
  const guard: MiddlewareFn<SubgraphContext> = ({ root, context }, next) => {
    if (!mayReadCustodyRecord(context.identity, institutionOf(root as T), supervisors)) throw forbidden('forbidden.custodyRecord');
    return next();
  };
  return UseMiddleware(guard);
}

/**
 * An entity reference of a person in custody: another subgraph reached it through a parent it has
 * authorized (an application the caller may see, a registered relationship), so the public part
 * (name, number, masked ID number, institution) goes to whoever may see cases at all; anonymous
 * callers and auditors get nothing (caseScope throws), and the custody record keeps its own guard.
 */
export function requireCaseReader(identity: Identity): void {
  caseScope(identity);
}
