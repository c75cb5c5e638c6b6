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
  /**
   * Whether an event of the topic asks anything of this handler. One that does not is passed like a topic
   * nobody handles: no transaction, no inbox row (issue 16: each booking's application.changed cost the
   * media and detox consumers a transaction each that changed nothing).
   */
  applies?: (event: OutboxEvent<any>) => boolean;
};

/** A handler for the events `applies` picks; the others of its topic are passed without a transaction. */
export function handlerFor<P>(applies: (event: OutboxEvent<P>) => boolean, handle: (em: EntityManager, event: OutboxEvent<P>) => Promise<void>): EventHandler {
  return Object.assign(handle, { applies });
}

/** Events handled in one transaction, at most this many (a read can bring thousands, e.g. a roster import's audit records). */
const CHUNK_SIZE = 500;
/**
 * How long a notification waits for others before the consumer reads: in a storm of bookings each
 * commit woke every consumer for a read of its own (~5 reads of judicial's outbox a booking, issue 16);
 * a projection a few milliseconds later is not noticed by anyone.
 */
const SETTLE_MS = 20;
/** How long a horizon passed with nothing to handle may wait before it is stored. */
const PASSED_STORE_MS = 1000;

export interface ConsumerOptions {
  orm: MikroORM;
  /** The consuming subgraph's schema, where its inbox and cursors live. */
  schema: string;
  connectionString: string;
  handlers: Partial<Record<OutboxSchema, Record<string, EventHandler>>>;
  logger: Logger;
}

export interface EventConsumer {
  stop(): Promise<void>;
}

/**
 * Applies other subgraphs' events to this subgraph's own tables. The events of one read are handled
 * together in one transaction (500 at most), with an inbox row each keyed by (source, seq), so a
 * redelivered event (delivery is at least once) has no second effect, and with the feed's cursor: a
 * storm of bookings costs the consumers a few transactions per read, not one per event (issue 16).
 * A handler that fails rolls its whole chunk back; the feed reads the same events again later.
 */
export async function startEventConsumer(options: ConsumerOptions): Promise<EventConsumer> {
  const { orm, schema, handlers, logger } = options;
  const sources = Object.keys(handlers) as OutboxSchema[];
  const em = () => orm.em.fork();
  const passed = new PassedHorizons(
    (source, horizon) => storeCursor(em(), schema, source, horizon),
    (error) => logger.error({ err: error }, 'storing a passed horizon'),
  );
  const feed = new OutboxFeed({
    connectionString: options.connectionString,
    sources,
    settleMs: SETTLE_MS,
    startAt: async (source) => {
      const [row] = await em().execute<{ horizon: string }[]>(`select horizon::text as horizon from "${schema}"."event_cursor" where source = ?`, [source]);
      return row?.horizon ?? '0';
    },
    onEvents: async (source, events, horizon) => {
      // Nothing new: the horizon moved with other transactions only. Storing it would be a transaction
      // of its own, moving every other feed's horizon in turn: idle, the consumers kept each other
      // writing ~200 transactions a second (issue 16). After a restart the empty range is read again.
      if (!events.length) return;
      const handled = events.filter((event) => {
        const handler = handlers[source]?.[event.topic];
        return handler && (handler.applies?.(event) ?? true);
      });
      if (!handled.length) return passed.note(source, horizon);
      passed.forget(source);
      for (let i = 0; i < handled.length; i += CHUNK_SIZE) {
        const last = i + CHUNK_SIZE >= handled.length;
        await em().transactional(async (tx) => {
          await applyOnce(tx, schema, handled.slice(i, i + CHUNK_SIZE), handlers[source]!);
          if (last) await storeCursor(tx, schema, source, horizon);
        });
      }
    },
    onError: (error, context) => logger.error({ err: error }, context),
  });
  await feed.start();
  return {
    async stop() {
      await feed.stop();
      await passed.flush();
    },
  };
}

/**
 * Horizons a feed passed with nothing to handle (other subgraphs' topics): stored a second later, the
 * latest per source, in one statement each, rather than one transaction per read. In a storm of
 * bookings every consumer passed each booking's event and wrote its cursor for it: ~2 of the ~25
 * statements a booking cost (issue 16). A restart before the store reads the range again and finds
 * nothing new to handle (the inbox); the outbox-lag gauge counts those events for that second.
 */
class PassedHorizons {
  private readonly waiting = new Map<OutboxSchema, string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: (source: OutboxSchema, horizon: string) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  note(source: OutboxSchema, horizon: string): void {
    this.waiting.set(source, horizon);
    this.timer ??= setTimeout(() => void this.flush().catch(this.onError), PASSED_STORE_MS);
  }

  /** A handled read stores its own, later horizon with its events. */
  forget(source: OutboxSchema): void {
    this.waiting.delete(source);
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const waiting = [...this.waiting];
    this.waiting.clear();
    for (const [source, horizon] of waiting) await this.store(source, horizon);
  }
}

/**
 * Handles in the caller's transaction the events not handled before (their inbox rows are new):
 * batch handlers first, all their events together (their topic's order against others does not
 * matter), then each other event in order, on an entity manager of its own as if alone.
 */
async function applyOnce(tx: EntityManager, schema: string, events: OutboxEvent[], handlers: Record<string, EventHandler>): Promise<void> {
  const inserted = await tx.execute<{ seq: string }[]>(
    `insert into "${schema}"."event_inbox" (source, seq) select ?, unnest(?::bigint[]) on conflict do nothing returning seq::text`,
    [events[0].source, `{${events.map((event) => event.seq).join(',')}}`],
  );
  const fresh = new Set(inserted.map((row) => row.seq));
  const todo = events.filter((event) => fresh.has(String(event.seq)));
  const batched = new Map<EventHandler, OutboxEvent[]>();
  for (const event of todo) {
    const handle = handlers[event.topic];
    if (!handle.batch) continue;
    if (!batched.has(handle)) batched.set(handle, []);
    batched.get(handle)!.push(event);
  }
  for (const [handle, run] of batched) await handle.batch!(tx, run);
  for (const event of todo) {
    const handle = handlers[event.topic];
    if (handle.batch) continue;
    const own = tx.fork({ keepTransactionContext: true });
    await handle(own, event);
    await own.flush();
  }
}

/** Never backwards: a passed horizon stored late may meet a later one a handled read stored meanwhile. */
async function storeCursor(em: EntityManager, schema: string, source: OutboxSchema, horizon: string): Promise<void> {
  await em.execute(
    `insert into "${schema}"."event_cursor" (source, horizon) values (?, ?::xid8)
     on conflict (source) do update set horizon = greatest("event_cursor".horizon, excluded.horizon)`,
    [source, horizon],
    'run',
  );
}

export function inboxDdl(schema: string): string[] {
  return [
    `create table "${schema}"."event_inbox" (
    "source" text not null, "seq" bigint not null,
    "handled_at" timestamptz not null default now(), primary key ("source", "seq"))`,
  ];
}
