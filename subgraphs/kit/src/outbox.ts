import { OUTBOX_CHANNEL } from '@rv/schema';
import type { EntityManager } from '@mikro-orm/postgresql';
import { together, type Part } from './trips.js';

/**
 * DDL for a subgraph's outbox, used by its first migration. `xid` records the writing
 * transaction so readers can go forward only past transactions that have all finished
 * (a bigserial can commit out of order). The trigger announces new rows at commit.
 */
export function outboxDdl(schema: string): string[] {
  return [
    `create table "${schema}"."outbox" (
      "seq" bigserial primary key,
      "xid" xid8 not null default pg_current_xact_id(),
      "topic" text not null,
      "aggregate_type" text not null,
      "aggregate_id" text not null,
      "audience" jsonb not null default '[]',
      "payload" jsonb not null,
      "created_at" timestamptz not null default now()
    )`,
    `create index "outbox_xid_idx" on "${schema}"."outbox" ("xid", "seq")`,
    `create function "${schema}"."notify_outbox"() returns trigger language plpgsql as $$
      begin perform pg_notify('${OUTBOX_CHANNEL}', '${schema}'); return null; end $$`,
    `create trigger "outbox_notify" after insert on "${schema}"."outbox"
      for each statement execute function "${schema}"."notify_outbox"()`,
    /* Where this subgraph has read up to in other subgraphs' outboxes (its inbox). */
    `create table "${schema}"."event_cursor" (
      "source" text primary key,
      "horizon" xid8 not null
    )`,
  ];
}

export interface NewEvent {
  topic: string;
  aggregateType: string;
  aggregateId: string;
  audience: string[];
  payload: object;
}

/** Writes an event in the caller's transaction: it is published if and only if the change commits. */
export async function recordEvent(em: EntityManager, schema: string, event: NewEvent): Promise<void> {
  await recordEvents(em, schema, [event]);
}

/** Several events in one statement, in order. */
export async function recordEvents(em: EntityManager, schema: string, events: NewEvent[]): Promise<void> {
  if (events.length) await together(em, [eventsRecording(schema, events)]);
}

/** The insert of several events, in order, to be sent with other parts of the transaction (trips.ts). */
export function eventsRecording(schema: string, events: NewEvent[]): Part {
  if (!events.length) throw new Error('eventsRecording: no events');
  return {
    sql: `insert into "${schema}"."outbox" ("topic", "aggregate_type", "aggregate_id", "audience", "payload") values ${events.map(() => '(?, ?, ?, ?, ?)').join(', ')} returning seq`,
    params: events.flatMap((event) => [event.topic, event.aggregateType, event.aggregateId, JSON.stringify(event.audience), JSON.stringify(event.payload)]),
  };
}
