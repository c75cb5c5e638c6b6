import { CUSTODY_MEETING_FILERS, INSTITUTION_KINDS } from '@rv/schema';
import { requireStaff } from './auth.js';
import { takeLookup, tooManyLookups, type LookupQuota } from './lookup-quota.js';
import type { SubgraphContext } from './server.js';

/**
 * GD-5 / YN-7 look-ups of a relative held elsewhere, per account: filing takes one or two; trying
 * names and ID numbers to find people takes many.
 */
export const HELD_RELATIVE_LOOKUPS: LookupQuota = { purpose: 'HELD_RELATIVE', perWindow: 20, windowMinutes: 60 };

/**
 * Before a GD-5 / YN-7 look-up: institution filers only, counted against the account's allowance
 * (TOO_MANY_REQUESTS past it). Every look-up, refused or not, is logged by `logHeldRelativeLookup`.
 */
export async function admitHeldRelativeLookup(ctx: SubgraphContext, schema: string, kind: 'INMATE' | 'DETAINEE'): Promise<void> {
  requireStaff(ctx.identity, INSTITUTION_KINDS, CUSTODY_MEETING_FILERS);
  if (await takeLookup(ctx.em, schema, ctx.identity.accountId!, HELD_RELATIVE_LOOKUPS)) return;
  logHeldRelativeLookup(ctx, kind, null, 'REFUSED');
  throw tooManyLookups(HELD_RELATIVE_LOOKUPS);
}

/** Who looked, from where, whom it found (or not); never the name or ID number asked for. pino adds the time. */
export function logHeldRelativeLookup(
  ctx: SubgraphContext,
  kind: 'INMATE' | 'DETAINEE',
  foundId: string | null,
  outcome: 'FOUND' | 'NOT_FOUND' | 'REFUSED' = foundId ? 'FOUND' : 'NOT_FOUND',
): void {
  const { accountId, tenantKind, tenantId } = ctx.identity;
  ctx.logger.info({ event: 'heldRelative.lookup', accountId, tenantKind, tenantId, kind, outcome, subjectId: foundId }, 'held relative look-up');
}
