import { announceSanction, sanctionPeriod, type EntityManager, type SanctionRequest } from '@rv/kit';
import { clock, forbidden, isUuid, notFound, rulePack, type Identity } from '@rv/schema';
import { Inmate } from '../inmate/inmate.entity.js';
import { Sanction } from './sanction.entity.js';

export interface SanctionInput extends SanctionRequest {
  inmateId: string;
}

type Staff = Identity & { tenantId: string; accountId: string };

/** The prison's own inmate, or NOT_FOUND / FORBIDDEN. */
export async function ownInmate(em: EntityManager, prisonId: string, inmateId: string): Promise<Inmate> {
  const inmate = isUuid(inmateId) ? await em.findOne(Inmate, { id: inmateId }, { populate: ['prison'] }) : null;
  if (!inmate) throw notFound('inmate');
  if (inmate.prison.id !== prisonId) throw forbidden();
  return inmate;
}

/**
 * GD-33 / YN-17 / SX-10: suspends an inmate's remote-meeting eligibility for a period inside
 * the pack's range (refused outside it); judicial learns of it and refuses bookings meanwhile.
 */
export async function imposeSanction(em: EntityManager, staff: Staff, input: SanctionInput): Promise<Sanction> {
  return em.transactional(async (tx) => {
    const inmate = await ownInmate(tx, staff.tenantId, input.inmateId);
    const period = sanctionPeriod(rulePack(inmate.prison.rulePack), input);
    const sanction = tx.create(Sanction, {
      inmate,
      severity: input.severity,
      months: input.months,
      ...period,
      imposedBy: staff.accountId,
      imposedAt: clock.now(),
    });
    await tx.flush();
    await announceSanction(tx, 'prison', sanction.id, inmate.prison.id, {
      subjectId: inmate.id,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      rule: period.rule,
    });
    return sanction;
  });
}

/** The caller's prison's sanctions on one of its inmates, newest first. */
export async function sanctionsOf(em: EntityManager, prisonId: string, inmateId: string): Promise<Sanction[]> {
  if (!isUuid(inmateId)) return [];
  return em.find(Sanction, { inmate: { id: inmateId, prison: prisonId } }, { orderBy: { imposedAt: 'desc' } });
}
