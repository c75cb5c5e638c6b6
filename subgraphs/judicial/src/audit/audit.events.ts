import type { EventHandler } from '@rv/kit';
import { OUTBOX_SCHEMAS, Topic, type AuditRecorded, type OutboxEvent, type OutboxSchema } from '@rv/schema';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Appends captured changes (kit/src/audit.ts) to the trail in one statement, in event order. The chaining
 * trigger numbers and hashes each row; the consumer's inbox makes a redelivered event a no-op.
 */
async function appendAuditRecords(em: EntityManager, events: OutboxEvent<AuditRecorded>[]): Promise<void> {
  const rows = events.map(({ source, seq, payload: { actor, operation, entityType, entityId, before, after } }) => ({
    source,
    source_seq: Number(seq),
    occurred_at: actor.at,
    account_id: actor.accountId,
    tenant_kind: actor.tenantKind,
    tenant_id: actor.tenantId,
    roles: actor.roles,
    action: actor.action,
    operation,
    entity_type: entityType,
    entity_id: entityId,
    before,
    after,
  }));
  await em.execute(
    `insert into "judicial"."audit_record" (source, source_seq, occurred_at, account_id, tenant_kind, tenant_id, roles, action, operation, entity_type, entity_id, before, after)
     select e.value->>'source', (e.value->>'source_seq')::bigint, (e.value->>'occurred_at')::timestamptz, (e.value->>'account_id')::uuid,
            e.value->>'tenant_kind', (e.value->>'tenant_id')::uuid, array(select jsonb_array_elements_text(e.value->'roles')), e.value->>'action',
            e.value->>'operation', e.value->>'entity_type', e.value->>'entity_id', nullif(e.value->'before', 'null'::jsonb), nullif(e.value->'after', 'null'::jsonb)
       from jsonb_array_elements(?::jsonb) with ordinality as e(value, n)
      order by e.n`,
    [JSON.stringify(rows)],
    'run',
  );
}

/** One captured change; runs of them are taken together (a roster import records thousands at once). */
export const appendAuditRecord: EventHandler = Object.assign((em: EntityManager, event: OutboxEvent<AuditRecorded>) => appendAuditRecords(em, [event]), {
  batch: appendAuditRecords,
});

type Handlers = Partial<Record<OutboxSchema, Record<string, EventHandler>>>;

/** The trail reads every subgraph's outbox, its own included. */
export function withAuditTrail(handlers: Handlers): Handlers {
  const all: Handlers = { ...handlers };
  for (const source of OUTBOX_SCHEMAS) all[source] = { ...all[source], [Topic.AUDIT_RECORDED]: appendAuditRecord };
  return all;
}
