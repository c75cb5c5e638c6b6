import { requireAccount, requireStaff, type SubgraphContext } from '@rv/kit';
import { PublicRole, StaffRole, TenantKind, forbidden, hasRole, isStaff } from '@rv/schema';
import type { Staff } from './queue/queue.service.js';

/** The centre's desk and police: accept, check credentials, arrange (CQ-3); leaders (supervisors) too. */
export const DESK_ROLES = [StaffRole.INTAKE_CLERK, StaffRole.REVIEWER, StaffRole.SUPERVISOR];
/** Who reads the centre's suspects and queue (the monitor watches meetings, CQ-4). */
export const CENTRE_READERS = [...DESK_ROLES, StaffRole.MONITOR, StaffRole.ADMIN];

/** Staff of a detention centre, scoped to their own centre. */
export function centreStaff(ctx: SubgraphContext, roles: StaffRole[] = DESK_ROLES): Staff {
  requireStaff(ctx.identity, [TenantKind.DETENTION_CENTRE], roles);
  return { accountId: ctx.identity.accountId!, tenantId: ctx.identity.tenantId };
}

/** A lawyer's own account (a public account with the LAWYER role, no tenant). */
export function lawyerAccount(ctx: SubgraphContext): string {
  requireAccount(ctx.identity);
  if (isStaff(ctx.identity) || !hasRole(ctx.identity, PublicRole.LAWYER)) throw forbidden();
  return ctx.identity.accountId;
}

export function isLawyer(ctx: SubgraphContext): boolean {
  return !isStaff(ctx.identity) && !!ctx.identity.accountId && hasRole(ctx.identity, PublicRole.LAWYER);
}
