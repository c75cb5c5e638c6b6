import { announceOnsiteVisit, checkOnsiteVisitors, type EntityManager } from '@rv/kit';
import { chinaDate, clock, isUuid, type Identity } from '@rv/schema';
import { ownInmate } from '../sanction/sanction.service.js';
import { OnsiteVisit } from './onsite-visit.entity.js';

type Staff = Identity & { tenantId: string; accountId: string };

/** GD-11 / SX-3: an on-site visit is logged and uses the month's allowance shared with remote meetings. */
export async function recordOnsiteVisit(em: EntityManager, staff: Staff, inmateId: string, visitors: number): Promise<OnsiteVisit> {
  checkOnsiteVisitors(visitors);
  return em.transactional(async (tx) => {
    const inmate = await ownInmate(tx, staff.tenantId, inmateId);
    const visit = tx.create(OnsiteVisit, { inmate, visitDate: chinaDate(clock.now()), visitors, recordedBy: staff.accountId, recordedAt: clock.now() });
    await tx.flush();
    await announceOnsiteVisit(tx, 'prison', visit.id, staff.tenantId, { subjectId: inmate.id, visitDate: visit.visitDate });
    return visit;
  });
}

/** An inmate's on-site visits, newest first. */
export async function onsiteVisitsOf(em: EntityManager, prisonId: string, inmateId: string): Promise<OnsiteVisit[]> {
  if (!isUuid(inmateId)) return [];
  return em.find(OnsiteVisit, { inmate: { id: inmateId, prison: prisonId } }, { orderBy: { recordedAt: 'desc' }, limit: 100 });
}
