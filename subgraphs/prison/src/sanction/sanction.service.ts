import { checkSanction, recordEvent, type EntityManager } from '@rv/kit';
import { ruleError, Topic, audience, badInput, chinaDate, clock, domainError, suspensionEndsOn, ErrorCode, forbidden, isUuid, notFound, rulePack, type Identity, type SanctionImposed } from '@rv/schema';
import { Inmate } from '../inmate/inmate.entity.js';
import { Sanction, SanctionSeverity } from './sanction.entity.js';

export interface SanctionInput {
  inmateId: string;
  severity: SanctionSeverity;
  months: number;
  reason: string;
}

/**
 * GD-33 / YN-17 / SX-10: suspends an inmate's remote-meeting eligibility for a period inside
 * the pack's range (refused outside it); judicial learns of it and refuses bookings meanwhile.
 */
export async function imposeSanction(em: EntityManager, identity: Identity & { tenantId: string; accountId: string }, input: SanctionInput): Promise<Sanction> {
  if (!input.reason.trim() || input.reason.length > 500) throw badInput('须写明处理事由（500字以内） (A reason of at most 500 characters is required)', 'reason');
  return em.transactional(async (tx) => {
    const inmate = isUuid(input.inmateId) ? await tx.findOne(Inmate, { id: input.inmateId }, { populate: ['prison'] }) : null;
    if (!inmate) throw notFound('inmate');
    if (inmate.prison.id !== identity.tenantId) throw forbidden();
    const verdict = checkSanction(rulePack(inmate.prison.rulePack), input.severity, input.months);
    if (!verdict.allowed) throw ruleError(verdict, ErrorCode.BAD_USER_INPUT, { field: 'months' });
    const startsOn = chinaDate(clock.now());
    const sanction = tx.create(Sanction, {
      inmate, severity: input.severity, months: input.months, startsOn, endsOn: suspensionEndsOn(startsOn, input.months),
      reason: input.reason.trim(), rule: verdict.rule, imposedBy: identity.accountId, imposedAt: new Date(),
    });
    await tx.flush();
    const payload: SanctionImposed = { subjectId: inmate.id, startsOn, endsOn: sanction.endsOn, rule: verdict.rule };
    await recordEvent(tx, 'prison', { topic: Topic.SANCTION_IMPOSED, aggregateType: 'Sanction', aggregateId: sanction.id, audience: [audience.tenant(inmate.prison.id)], payload });
    return sanction;
  });
}
