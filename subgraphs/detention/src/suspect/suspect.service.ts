import type { EntityManager } from '@rv/kit';
import { CaseCategory, ErrorCode, invalid, keyed } from '@rv/schema';
import type { Staff } from '../queue/queue.service.js';
import { Suspect } from './suspect.entity.js';

/**
 * CQ-3: for a temporarily held suspect whose offence is unclear, the centre checks with the
 * case-handling unit and records the answer; lawyer meetings are arranged from then on.
 */
export async function recordCaseUnitCheck(em: EntityManager, staff: Staff, suspectId: string, category: CaseCategory): Promise<Suspect> {
  if (category === CaseCategory.UNCLEAR) throw invalid('lawyer.offenceUnclear', {}, 'category');
  return em.transactional(async (tx) => {
    const suspect = await tx.findOne(Suspect, { id: suspectId, centre: staff.tenantId }, { populate: ['centre'] });
    if (!suspect) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.notFound.suspect');
    if (suspect.caseCategory !== CaseCategory.UNCLEAR) throw keyed(ErrorCode.CONFLICT, 'lawyer.offenceKnown');
    suspect.caseCategory = category;
    await tx.flush();
    return suspect;
  });
}
