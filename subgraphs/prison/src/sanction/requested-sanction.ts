import { checkSanction, type EntityManager } from '@rv/kit';
import { TenantKind, rulePack, type OutboxEvent, type SanctionRequested } from '@rv/schema';
import { Inmate } from '../inmate/inmate.entity.js';
import { SanctionSeverity } from './sanction.entity.js';
import { imposeSanction } from './sanction.service.js';

/**
 * GD-33 / SX-8(1): the prison decided in judicial (a bureau's recommendation accepted, a visitor's
 * false information found after approval); the inmate's sanction is recorded here, by the same path
 * as any other (sanction.imposed follows, and bookings are refused meanwhile). A range the pack
 * refuses records nothing (judicial checked it already; an event is never retried forever).
 */
export async function imposeRequestedSanction(em: EntityManager, event: OutboxEvent<SanctionRequested>): Promise<void> {
  const request = event.payload;
  if (request.subjectKind !== 'INMATE') return;
  const inmate = await em.findOne(Inmate, { id: request.subjectId, prison: request.institutionId }, { populate: ['prison'] });
  if (!inmate || !checkSanction(rulePack(inmate.prison.rulePack), SanctionSeverity.ORDINARY, request.months).allowed) return;
  const decidedBy = { accountId: request.decidedBy, tenantId: request.institutionId, tenantKind: TenantKind.PRISON, roles: [] };
  await imposeSanction(em, decidedBy, {
    inmateId: request.subjectId,
    severity: SanctionSeverity.ORDINARY,
    months: request.months,
    reason: request.reason,
    reasonKeyed: request.reasonKeyed,
  });
}
