import { OutboxFeed, type OutboxEvent, type OutboxSchema } from '@rv/schema';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from './logger.js';

export type EventHandler = ((em: EntityManager, event: OutboxEvent<any>) => Promise<void>) & {
  /**
   * Handles many events of its topic in one transaction (e.g. the audit trail's thousands of records from
   * one roster import), ahead of the other topics read with them: only for a topic whose order against
   * other topics does not matter.
   */
  batch?: (em: EntityManager, events: OutboxEvent<any>[]) => Promise<void>;
};

/** Events of a batch handler taken together, at most this many per transaction. */
const BATCH_SIZE = 500;

export interface ConsumerOptions {
  orm: MikroORM;
  /** The consuming subgraph's schema, where its inbox and cursors live. */
  schema: string;
  connectionString: string;
  handlers: Partial<Record<OutboxSchema, Record<string, EventHandler>>>;
  logger: Logger;
}

/**
 * Applies other subgraphs' events to this subgraph's own tables. Each event is handled in its
 * own transaction together with an inbox row keyed by (source, seq), so a redelivered event
 * (delivery is at least once) has no second effect.
 */
export async function startEventConsumer(options: ConsumerOptions): Promise<OutboxFeed> {
  const { orm, schema, handlers, logger } = options;
  const sources = Object.keys(handlers) as OutboxSchema[];
  const em = () => orm.em.fork();
  const feed = new OutboxFeed({
    connectionString: options.connectionString,
    sources,
    applicationName: `rv-${schema}-consumer`,
    startAt: async (source) => {
      const [row] = await em().execute<{ horizon: string }[]>(`select horizon::text as horizon from "${schema}"."event_cursor" where source = ?`, [source]);
      return row?.horizon ?? '0';
    },
    onEvents: async (source, events, horizon) => {
      // Nothing new: the horizon moved with other transactions only. Storing it would be a transaction
      // of its own, moving every other feed's horizon in turn: idle, the consumers kept each other
      // writing ~200 transactions a second (issue 16). After a restart the empty range is read again.
      if (!events.length) return;
      // Batch handlers first, all their events together: their topic's order against others does not matter.
      const batched = new Map<EventHandler, OutboxEvent[]>();
      for (const event of events) {
        const handle = handlers[source]?.[event.topic];
        if (!handle?.batch) continue;
        if (!batched.has(handle)) batched.set(handle, []);
        batched.get(handle)!.push(event);
      }
      for (const [handle, run] of batched)
        for (let i = 0; i < run.length; i += BATCH_SIZE) await applyBatchOnce(em(), schema, run.slice(i, i + BATCH_SIZE), handle.batch!);
      for (const event of events) {
        const handle = handlers[source]?.[event.topic];
        if (handle && !handle.batch) await applyOnce(em(), schema, event, handle);
      }
      await em().execute(
        `insert into "${schema}"."event_cursor" (source, horizon) values (?, ?::xid8)
         on conflict (source) do update set horizon = excluded.horizon`,
        [source, horizon],
        'run',
      );
    },
    onError: (error, context) => logger.error({ err: error }, context),
  });
  await feed.start();
  return feed;
}

async function applyOnce(em: EntityManager, schema: string, event: OutboxEvent, handle: EventHandler): Promise<void> {
  await em.transactional(async (tx) => {
    const inserted = await tx.execute<{ seq: string }[]>(
      `insert into "${schema}"."event_inbox" (source, seq) values (?, ?) on conflict do nothing returning seq`,
      [event.source, event.seq],
    );
    if (inserted.length) await handle(tx, event);
  });
}

/** A run of events in one transaction with their inbox rows; those already handled are left out. */
async function applyBatchOnce(em: EntityManager, schema: string, events: OutboxEvent[], handle: NonNullable<EventHandler['batch']>): Promise<void> {
  await em.transactional(async (tx) => {
    const inserted = await tx.execute<{ seq: string }[]>(
      `insert into "${schema}"."event_inbox" (source, seq) select ?, unnest(?::bigint[]) on conflict do nothing returning seq::text`,
      [events[0].source, `{${events.map((event) => event.seq).join(',')}}`],
    );
    const fresh = new Set(inserted.map((row) => row.seq));
    const todo = events.filter((event) => fresh.has(String(event.seq)));
    if (todo.length) await handle(tx, todo);
  });
}

export function inboxDdl(schema: string): string[] {
  return [
    `create table "${schema}"."event_inbox" (
    "source" text not null, "seq" bigint not null,
    "handled_at" timestamptz not null default now(), primary key ("source", "seq"))`,
  ];
}
