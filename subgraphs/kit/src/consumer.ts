import { OutboxFeed, type OutboxEvent, type OutboxSchema } from '@rv/schema';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from './logger.js';

export type EventHandler = (em: EntityManager, event: OutboxEvent<any>) => Promise<void>;

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
      const [row] = await em().execute<{ horizon: string }[]>(
        `select horizon::text as horizon from "${schema}"."event_cursor" where source = ?`, [source]);
      return row?.horizon ?? '0';
    },
    onEvents: async (source, events, horizon) => {
      for (const event of events) {
        const handle = handlers[source]?.[event.topic];
        if (handle) await applyOnce(em(), schema, event, handle);
      }
      await em().execute(
        `insert into "${schema}"."event_cursor" (source, horizon) values (?, ?::xid8)
         on conflict (source) do update set horizon = excluded.horizon`, [source, horizon], 'run');
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
      [event.source, event.seq]);
    if (inserted.length) await handle(tx, event);
  });
}

export function inboxDdl(schema: string): string[] {
  return [`create table "${schema}"."event_inbox" (
    "source" text not null, "seq" bigint not null,
    "handled_at" timestamptz not null default now(), primary key ("source", "seq"))`];
}
