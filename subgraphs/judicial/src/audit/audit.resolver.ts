import { requireStaff, type SubgraphContext } from '@rv/kit';
import { StaffRole, TenantKind } from '@rv/schema';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { exportAuditTrail, searchAuditTrail, verifyAuditTrail } from './audit.service.js';
import { AuditFilter, AuditIntegrity, AuditPage } from './audit.types.js';

const ALL_KINDS = Object.values(TenantKind);

/** The auditor's reading of the trail; the auditor is the only role that reads it (DOMAIN "Our own additions"). */
function requireAuditor(ctx: SubgraphContext) {
  requireStaff(ctx.identity, ALL_KINDS, [StaffRole.AUDITOR]);
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditPage, { description: 'The audit trail, newest first: the province’s auditors see all, a unit’s auditors their unit' })
  auditTrail(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit = 50,
  ): Promise<AuditPage> {
    requireAuditor(ctx);
    return searchAuditTrail(ctx.em, ctx.identity, filter, offset, limit);
  }

  @Query(() => String, { description: 'The same search as CSV (UTF-8 with BOM), oldest first' })
  auditTrailCsv(@Ctx() ctx: SubgraphContext, @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter): Promise<string> {
    requireAuditor(ctx);
    return exportAuditTrail(ctx.em, ctx.identity, filter);
  }

  @Query(() => AuditIntegrity, { description: 'Recomputes the hash chain: OK, or the first record missing, unlinked or altered' })
  auditTrailIntegrity(@Ctx() ctx: SubgraphContext): Promise<AuditIntegrity> {
    requireAuditor(ctx);
    return verifyAuditTrail(ctx.em);
  }
}
