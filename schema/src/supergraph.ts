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

/** Each subscription root field and the entity query that resolves its events. */
export const SUBSCRIPTION_FIELDS: Record<string, { aggregateType: string; queryField: string }> = {
  applicationChanged: { aggregateType: 'Application', queryField: 'application' },
  meetingChanged: { aggregateType: 'Meeting', queryField: 'meeting' },
};
