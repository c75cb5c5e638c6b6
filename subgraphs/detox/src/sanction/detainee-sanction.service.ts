import { announceOnsiteVisit, announceSanction, checkOnsiteVisitors, sanctionPeriod, type EntityManager, type SanctionRequest } from '@rv/kit';
import { chinaDate, clock, forbidden, isUuid, notFound, rulePack, type Identity } from '@rv/schema';
import { Detainee } from '../detainee/detainee.entity.js';
import { DetaineeOnsiteVisit, DetaineeSanction } from './detainee-sanction.entity.js';

type Staff = Identity & { tenantId: string; accountId: string };

/** The centre's own detainee, or NOT_FOUND / FORBIDDEN. */
export async function ownDetainee(em: EntityManager, centreId: string, detaineeId: string): Promise<Detainee> {
  const detainee = isUuid(detaineeId) ? await em.findOne(Detainee, { id: detaineeId }, { populate: ['centre'] }) : null;
  if (!detainee) throw notFound('detainee');
  if (detainee.centre.id !== centreId) throw forbidden();
  return detainee;
}

/** GD-33: suspends a detainee's remote meetings inside the pack's range, as at a prison; judicial refuses bookings meanwhile. */
export async function imposeDetaineeSanction(em: EntityManager, staff: Staff, input: SanctionRequest & { detaineeId: string }): Promise<DetaineeSanction> {
  return em.transactional(async (tx) => {
    const detainee = await ownDetainee(tx, staff.tenantId, input.detaineeId);
    const period = sanctionPeriod(rulePack(detainee.centre.rulePack), input);
    const sanction = tx.create(DetaineeSanction, {
      detainee,
      severity: input.severity,
      months: input.months,
      ...period,
      imposedBy: staff.accountId,
      imposedAt: clock.now(),
    });
    await tx.flush();
    await announceSanction(tx, 'detox', sanction.id, detainee.centre.id, {
      subjectId: detainee.id,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      rule: period.rule,
    });
    return sanction;
  });
}

/** The caller's centre's sanctions on one detainee, newest first. */
export async function detaineeSanctionsOf(em: EntityManager, centreId: string, detaineeId: string): Promise<DetaineeSanction[]> {
  const detainee = await ownDetainee(em, centreId, detaineeId);
  return em.find(DetaineeSanction, { detainee }, { orderBy: { imposedAt: 'desc' } });
}

/** GD-11: an on-site visit is logged and uses the month's allowance shared with remote meetings. */
export async function recordDetaineeOnsiteVisit(em: EntityManager, staff: Staff, detaineeId: string, visitors: number): Promise<DetaineeOnsiteVisit> {
  checkOnsiteVisitors(visitors);
  return em.transactional(async (tx) => {
    const detainee = await ownDetainee(tx, staff.tenantId, detaineeId);
    const visit = tx.create(DetaineeOnsiteVisit, {
      detainee,
      visitDate: chinaDate(clock.now()),
      visitors,
      recordedBy: staff.accountId,
      recordedAt: clock.now(),
    });
    await tx.flush();
    await announceOnsiteVisit(tx, 'detox', visit.id, detainee.centre.id, { subjectId: detainee.id, visitDate: visit.visitDate });
    return visit;
  });
}

/** A detainee's on-site visits, newest first. */
export async function detaineeOnsiteVisitsOf(em: EntityManager, centreId: string, detaineeId: string): Promise<DetaineeOnsiteVisit[]> {
  const detainee = await ownDetainee(em, centreId, detaineeId);
  return em.find(DetaineeOnsiteVisit, { detainee }, { orderBy: { recordedAt: 'desc' }, limit: 100 });
}
