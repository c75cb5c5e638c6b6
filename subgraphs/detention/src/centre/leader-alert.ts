import { recordEvent, type EntityManager } from '@rv/kit';
import { Topic, audience, type LawyerDeadlineAlert } from '@rv/schema';

/**
 * CQ-3 / CQ-1: a deadline is near or has passed: the centre's leaders are told by SMS (judicial holds
 * their phones and the SMS outbox), in the transaction that flags the row, so each alert goes once.
 */
export async function alertCentreLeaders(tx: EntityManager, alert: LawyerDeadlineAlert): Promise<void> {
  await recordEvent(tx, 'detention', {
    topic: Topic.LAWYER_DEADLINE_ALERT,
    aggregateType: alert.deadline === 'ARRANGEMENT' ? 'QueueEntry' : 'LegalHelpRequest',
    aggregateId: alert.refId,
    audience: [audience.tenant(alert.centreId)],
    payload: alert,
  });
}
