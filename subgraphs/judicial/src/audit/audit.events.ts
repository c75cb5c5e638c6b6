import type { EventHandler } from '@rv/kit';
import { OUTBOX_SCHEMAS, Topic, type AuditRecorded, type OutboxEvent, type OutboxSchema } from '@rv/schema';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Appends a captured change (kit/src/audit.ts) to the trail. The chaining trigger numbers the row and
 * hashes it; the consumer's inbox makes a redelivered event a no-op.
 */
export async function appendAuditRecord(em: EntityManager, event: OutboxEvent<AuditRecorded>): Promise<void> {
  const { actor, operation, entityType, entityId, before, after } = event.payload;
  await em.execute(
    `insert into "judicial"."audit_record" (source, source_seq, occurred_at, account_id, tenant_kind, tenant_id, roles, action, operation, entity_type, entity_id, before, after)
     values (?, ?, ?, ?, ?, ?, array(select jsonb_array_elements_text(?::jsonb)), ?, ?, ?, ?, ?::jsonb, ?::jsonb)`,
    [event.source, event.seq, actor.at, actor.accountId, actor.tenantKind, actor.tenantId, JSON.stringify(actor.roles), actor.action, operation,
      entityType, entityId, before === null ? null : JSON.stringify(before), after === null ? null : JSON.stringify(after)],
    'run');
}

type Handlers = Partial<Record<OutboxSchema, Record<string, EventHandler>>>;

/** The trail reads every subgraph's outbox, its own included. */
export function withAuditTrail(handlers: Handlers): Handlers {
  const all: Handlers = { ...handlers };
  for (const source of OUTBOX_SCHEMAS) all[source] = { ...all[source], [Topic.AUDIT_RECORDED]: appendAuditRecord };
  return all;
}
