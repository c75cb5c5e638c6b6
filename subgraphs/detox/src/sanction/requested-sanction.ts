import { checkSanction, recordEvent, SanctionSeverity, type EntityManager } from '@rv/kit';
import { Topic, audience, chinaDate, clock, rulePack, suspensionEndsOn, type OutboxEvent, type SanctionImposed, type SanctionRequested } from '@rv/schema';
import { Detainee } from '../detainee/detainee.entity.js';
import { DetaineeSanction } from './detainee-sanction.entity.js';

/**
 * GD-33: the centre accepted a bureau's recommendation in judicial; the detainee's sanction is
 * recorded here like any other (sanction.imposed follows). A range the pack refuses records nothing.
 */
export async function imposeRequestedDetaineeSanction(em: EntityManager, event: OutboxEvent<SanctionRequested>): Promise<void> {
  const request = event.payload;
  if (request.subjectKind !== 'DETAINEE') return;
  const detainee = await em.findOne(Detainee, { id: request.subjectId, centre: request.institutionId }, { populate: ['centre'] });
  if (!detainee) return;
  const verdict = checkSanction(rulePack(detainee.centre.rulePack), SanctionSeverity.ORDINARY, request.months);
  if (!verdict.allowed) return;
  const startsOn = chinaDate(clock.now());
  const sanction = em.create(DetaineeSanction, {
    detainee, severity: SanctionSeverity.ORDINARY, months: request.months, startsOn, endsOn: suspensionEndsOn(startsOn, request.months),
    reason: request.reason, rule: verdict.rule, imposedBy: request.decidedBy, imposedAt: clock.now(),
  });
  await em.flush();
  const payload: SanctionImposed = { subjectId: detainee.id, startsOn, endsOn: sanction.endsOn, rule: verdict.rule };
  await recordEvent(em, 'detox', { topic: Topic.SANCTION_IMPOSED, aggregateType: 'Sanction', aggregateId: sanction.id, audience: [audience.tenant(detainee.centre.id)], payload });
}
