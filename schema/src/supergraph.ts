import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The composed supergraph, checked in at schema/supergraph.graphql (`npm run compose`). */
export const SUPERGRAPH_PATH = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));
/** Subscriptions the gateway serves itself; the Apollo gateway has none. */
export const SUBSCRIPTIONS_PATH = fileURLToPath(new URL('../subscriptions.graphql', import.meta.url));

export function readSupergraph(): string {
  return readFileSync(SUPERGRAPH_PATH, 'utf8');
}

export function readSubscriptionsSdl(): string {
  return readFileSync(SUBSCRIPTIONS_PATH, 'utf8');
}

/** Each subscription root field, the event topic (and source subgraph) that feeds it, and the entity query that resolves it. */
export const SUBSCRIPTION_FIELDS: Record<string, { topic: string; source?: string; queryField: string }> = {
  applicationChanged: { topic: 'application.changed', queryField: 'application' },
  meetingChanged: { topic: 'meeting.changed', queryField: 'meeting' },
  inmateRequestChanged: { topic: 'inmate_request.changed', queryField: 'inmateRequest' },
  reviewChanged: { topic: 'review.changed', source: 'prison', queryField: 'inmateReview' },
  detoxReviewChanged: { topic: 'review.changed', source: 'detox', queryField: 'detaineeReview' },
  meetingAlarmRaised: { topic: 'meeting.alarm', source: 'media', queryField: 'meetingAlarm' },
  queueEntryChanged: { topic: 'lawyer_queue.changed', source: 'detention', queryField: 'queueEntry' },
};
