import { recordEvents, type EntityManager } from '@rv/kit';
import {
  ErrorCode, PriorityCategory, Topic, badInput, domainError, forbidden, isUuid, notFound, type ApplicationPrioritized, type Identity,
} from '@rv/schema';
import { Application, ApplicationStatus } from '../application/application.entity.js';
import { applicationAudience, applicationChangedEvent } from '../application/application.service.js';
import { countyBureauOf } from '../application/stage.service.js';

/** GD-4: the categories a bureau may give; RESCHEDULE is the platform's own (GD-39, YN-18). */
const BUREAU_CATEGORIES: string[] = [PriorityCategory.REWARD, PriorityCategory.VULNERABLE_FAMILY, PriorityCategory.DISTANT_FAMILY, PriorityCategory.SPECIAL];

/**
 * GD-4: the family's bureau (the venue, or the county bureau above a judicial office) puts a
 * pending application first, for one of the categories, with a note; a special case must say why.
 * The institution's queue reorders at once (application.prioritized).
 */
export async function prioritizeApplication(em: EntityManager, staff: Identity & { tenantId: string }, id: string, category: string, note: string | null | undefined): Promise<Application> {
  if (!BUREAU_CATEGORIES.includes(category)) throw badInput('不是可设定的优先类别 (Not a priority category a bureau may set)', 'category');
  if ((note?.length ?? 0) > 200) throw badInput('说明不得超过200字 (The note is limited to 200 characters)', 'note');
  if (category === PriorityCategory.SPECIAL && !note?.trim()) throw badInput('特殊情况须写明理由 (A special case needs a written reason)', 'note');
  return em.transactional(async (tx) => {
    const application = isUuid(id) ? await tx.findOne(Application, { id }, { populate: ['serviceDay', 'venue'] }) : null;
    if (!application) throw notFound('application');
    if (staff.tenantId !== application.venue?.id && staff.tenantId !== countyBureauOf(application)) throw forbidden();
    if (application.status !== ApplicationStatus.SUBMITTED) throw domainError(ErrorCode.CONFLICT, '只能为待审批的申请设定优先 (Only a pending application can be put first)');
    Object.assign(application, { priority: true, priorityCategory: category, priorityNote: note?.trim() || null });
    await tx.flush();
    const payload: ApplicationPrioritized = { applicationId: application.id, category };
    await recordEvents(tx, 'judicial', [
      { topic: Topic.APPLICATION_PRIORITIZED, aggregateType: 'Application', aggregateId: application.id, audience: applicationAudience(application), payload },
      applicationChangedEvent(application),
    ]);
    return application;
  });
}
