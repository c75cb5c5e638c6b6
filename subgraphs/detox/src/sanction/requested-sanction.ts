import { checkSanction, SanctionSeverity, type EntityManager } from '@rv/kit';
import { TenantKind, rulePack, type OutboxEvent, type SanctionRequested } from '@rv/schema';
import { Detainee } from '../detainee/detainee.entity.js';
import { imposeDetaineeSanction } from './detainee-sanction.service.js';

/**
 * GD-33: the centre accepted a bureau's recommendation in judicial; the detainee's sanction is
 * recorded here by the same path as any other (sanction.imposed follows). A range the pack refuses
 * records nothing (judicial checked it already; an event is never retried forever).
 */
export async function imposeRequestedDetaineeSanction(em: EntityManager, event: OutboxEvent<SanctionRequested>): Promise<void> {
  const request = event.payload;
  if (request.subjectKind !== 'DETAINEE') return;
  const detainee = await em.findOne(Detainee, { id: request.subjectId, centre: request.institutionId }, { populate: ['centre'] });
  if (!detainee || !checkSanction(rulePack(detainee.centre.rulePack), SanctionSeverity.ORDINARY, request.months).allowed) return;
  const decidedBy = { accountId: request.decidedBy, tenantId: request.institutionId, tenantKind: TenantKind.DETOX_CENTRE, roles: [] };
  await imposeDetaineeSanction(em, decidedBy, {
    detaineeId: request.subjectId,
    severity: SanctionSeverity.ORDINARY,
    months: request.months,
    reason: request.reason,
    reasonKeyed: request.reasonKeyed,
  });
}
