import pg from 'pg';
import { OUTBOX_CHANNEL, type OutboxEvent, type OutboxSchema } from './events.js';

export interface OutboxFeedOptions {
  connectionString: string;
  sources: readonly OutboxSchema[];
  /** Where to start per source: a stored horizon, or the current one ("from now on"). */
  startAt: (source: OutboxSchema, currentHorizon: string) => Promise<string> | string;
  /** Handles a batch; the feed moves its horizon only after this resolves. */
  onEvents: (source: OutboxSchema, events: OutboxEvent[], horizon: string) => Promise<void>;
  onError?: (error: unknown, context: string) => void;
  /**
   * The shared listener's connections are named after it (`application_name`). Feeds of one process
   * with the same name, database and timings share one listener (OutboxListener).
   */
  applicationName?: string;
  /** Safety poll; also notices rows held back by a long transaction. */
  pollMs?: number;
  /** First wait before reconnecting a lost listener; doubles up to 2 s while it keeps failing. */
  reconnectDelayMs?: number;
  /**
   * How long a notification waits before its read, so that the notifications of a burst share one read
   * (0: read at once). For readers nobody waits on, such as the subgraphs' event consumers; the gateway's
   * feed, which delivers subscriptions, reads at once. Feeds of one listener that settle together (the
   * consumers woken by one commit) share their read.
   */
  settleMs?: number;
}

/** An outbox row as the listener reads it: the event and its transaction id, which places it against a horizon. */
interface OutboxRow {
  xid: bigint;
  event: OutboxEvent;
}

/** One read of a source: every row from the lowest horizon asked up to `horizon`. */
interface SourceRead {
  horizon: string;
  rows: OutboxRow[];
}

/** Feeds waiting for the next read of a source, and the lowest horizon among them. */
interface WaitingRead extends PromiseWithResolvers<SourceRead> {
  from: bigint;
}

/**
 * Reads subgraph outboxes forward, woken by NOTIFY and by a periodic poll.
 *
 * Rows are read by transaction id, not by sequence: a horizon H means every transaction
 * with xid < H has finished, so rows with xid in [previous H, current H) are final and none
 * is skipped when sequences commit out of order. After a lost connection the listener reconnects,
 * LISTENs again and every feed reads forward from its horizon: that is the catch-up.
 */
export class OutboxFeed {
  private listener: OutboxListener | null = null;
  private readonly horizons = new Map<OutboxSchema, string>();
  private readonly reading = new Map<OutboxSchema, Promise<void>>();
  private readonly pending = new Set<OutboxSchema>();
  private readonly settling = new Map<OutboxSchema, NodeJS.Timeout>();
  /** Horizons are set: notifications and polls now read. */
  private started = false;
  private stopped = false;

  constructor(private readonly options: OutboxFeedOptions) {}

  get sources(): readonly OutboxSchema[] {
    return this.options.sources;
  }

  /** Backend pid of the listener's connection, null while it is down (tests terminate it to prove the catch-up). */
  get backendPid(): number | null {
    return this.listener?.backendPid ?? null;
  }

  async start(): Promise<void> {
    const listener = OutboxListener.shared(this.options);
    this.listener = listener;
    const current = await listener.join(this);
    if (current === null) return; // stopped while the listener connected
    for (const source of this.options.sources) {
      if (this.stopped) return;
      this.horizons.set(source, await this.options.startAt(source, current));
    }
    if (this.stopped) return;
    this.started = true;
    this.readAll();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.settling.values()) clearTimeout(timer);
    await Promise.allSettled([...this.reading.values()]);
    await this.listener?.leave(this);
  }

  /** Reads every source forward: on a poll, and after the listener (re)connected. */
  readAll(): void {
    for (const source of this.options.sources) this.read(source);
  }

  /** A notification's read: at once, or after `settleMs` together with the notifications that came meanwhile. */
  wake(source: OutboxSchema): void {
    const settleMs = this.options.settleMs ?? 0;
    if (!settleMs) return this.read(source);
    if (this.settling.has(source)) return;
    const timer = setTimeout(() => {
      this.settling.delete(source);
      this.read(source);
    }, settleMs);
    this.settling.set(source, timer);
  }

  reportError(error: unknown, context: string): void {
    this.options.onError?.(error, context);
  }

  /** One read at a time per source; a wake-up during a read triggers one more read after it. */
  private read(source: OutboxSchema): void {
    if (!this.started || this.stopped) return;
    if (this.reading.has(source)) {
      this.pending.add(source);
      return;
    }
    const run = this.readForward(source)
      // 42P01: the source subgraph has not migrated its schema yet (it starts later); read again next poll.
      .catch((error) => {
        if ((error as { code?: string }).code !== '42P01') this.options.onError?.(error, `reading ${source} outbox`);
      })
      .finally(() => {
        this.reading.delete(source);
        if (this.pending.delete(source)) this.read(source);
      });
    this.reading.set(source, run);
  }

  private async readForward(source: OutboxSchema): Promise<void> {
    const listener = this.listener;
    if (!listener?.listening || this.stopped) return;
    const from = BigInt(this.horizons.get(source)!);
    const read = await listener.read(source, from);
    if (BigInt(read.horizon) <= from) return;
    // The read may start below this feed's horizon (another feed asked from further back).
    const events = read.rows.filter((row) => row.xid >= from).map((row) => row.event);
    await this.options.onEvents(source, events, read.horizon);
    this.horizons.set(source, read.horizon);
  }
}

/**
 * One LISTEN connection and one outbox reader for the feeds of a process (the gateway's, and each
 * subgraph's event consumer) with the same database, name and timings. Each commit's NOTIFY wakes one
 * backend and one client instead of one per feed, and feeds that ask for a source while a read of it is
 * under way share the next read: in a storm of bookings six feeds read judicial's outbox ~3 times a
 * booking, each on its own (issue 16). A feed far behind (a consumer whose handler keeps failing) makes
 * the reads it shares longer for the others; it read that range on its own before, in the same process.
 */
export class OutboxListener {
  private static readonly running = new Map<string, OutboxListener>();

  /** The listener for these options: the running one, or a new one. */
  static shared(options: OutboxFeedOptions): OutboxListener {
    const settings = [
      options.connectionString,
      options.applicationName ?? 'rv-outbox-listener',
      options.pollMs ?? 1000,
      options.reconnectDelayMs ?? 100,
    ] as const;
    const key = JSON.stringify(settings);
    let listener = OutboxListener.running.get(key);
    if (!listener) {
      listener = new OutboxListener(...settings, () => OutboxListener.running.delete(key));
      OutboxListener.running.set(key, listener);
    }
    return listener;
  }

  private client: pg.Client | null = null;
  /** Reads go through a small pool; the LISTEN connection only listens and is pinged. */
  private readonly pool: pg.Pool;
  private readonly feeds = new Set<OutboxFeed>();
  private readonly inFlight = new Map<OutboxSchema, Promise<unknown>>();
  private readonly waiting = new Map<OutboxSchema, WaitingRead>();
  private connecting: Promise<void> | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  backendPid: number | null = null;
  /** Outbox reads run so far (tests count them). */
  reads = 0;

  private constructor(
    private readonly connectionString: string,
    private readonly name: string,
    private readonly pollMs: number,
    private readonly reconnectDelayMs: number,
    private readonly onStop: () => void,
  ) {
    this.pool = new pg.Pool({ connectionString, max: 2, application_name: `${name}-reader` });
    this.pool.on('error', (error) => this.reportError(error, 'reader connection failed'));
  }

  get listening(): boolean {
    return this.client !== null;
  }

  /**
   * Adds a feed once the listener is connected: the current horizon, for a feed that starts from now on
   * (null: every feed left meanwhile, and the listener stopped).
   */
  async join(feed: OutboxFeed): Promise<string | null> {
    this.feeds.add(feed);
    this.connecting ??= this.connect().then(() => {
      this.pollTimer = setInterval(() => this.poll(), this.pollMs);
      this.pollTimer.unref();
    });
    try {
      await this.connecting;
    } catch (error) {
      await this.leave(feed);
      throw error;
    }
    if (this.stopped) return null;
    const { rows } = await this.pool.query('select pg_snapshot_xmin(pg_current_snapshot())::text as h');
    return rows[0].h;
  }

  /** The last feed to leave closes the connections. */
  async leave(feed: OutboxFeed): Promise<void> {
    this.feeds.delete(feed);
    if (this.feeds.size || this.stopped) return;
    this.stopped = true;
    this.onStop();
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await Promise.allSettled([...this.inFlight.values()]);
    await this.client?.end().catch(() => undefined);
    this.client = null;
    this.backendPid = null;
    await this.pool.end();
  }

  /**
   * Rows of `source` from `from` up to a horizon taken after this call: the next read of the source,
   * shared by every feed that asks before it starts (it reads from the lowest horizon they asked from).
   */
  read(source: OutboxSchema, from: bigint): Promise<SourceRead> {
    const waiting = this.waiting.get(source);
    if (waiting) {
      if (from < waiting.from) waiting.from = from;
      return waiting.promise;
    }
    const next = { from, ...Promise.withResolvers<SourceRead>() };
    this.waiting.set(source, next);
    // After the feeds woken in this turn of the event loop have asked too (settled consumers wake together).
    if (!this.inFlight.has(source)) setImmediate(() => this.startRead(source));
    return next.promise;
  }

  private startRead(source: OutboxSchema): void {
    const next = this.waiting.get(source);
    if (!next || this.inFlight.has(source)) return;
    this.waiting.delete(source);
    const run = this.readRows(source, next.from)
      .then(next.resolve, next.reject)
      .finally(() => {
        this.inFlight.delete(source);
        if (this.waiting.has(source)) this.startRead(source);
      });
    this.inFlight.set(source, run);
  }

  private async readRows(source: OutboxSchema, from: bigint): Promise<SourceRead> {
    this.reads++;
    // One statement: the horizon and the rows below it come from the same snapshot. Named, so each
    // connection plans it once.
    const { rows } = await this.pool.query({
      name: `rv-outbox-${source}`,
      text: `with horizon as (select pg_snapshot_xmin(pg_current_snapshot()) as h)
       select horizon.h::text as h, o.xid::text, o.seq::text, o.topic, o.aggregate_type, o.aggregate_id, o.audience, o.payload, o.created_at
         from horizon left join "${source}"."outbox" o on o.xid >= $1::xid8 and o.xid < horizon.h
        order by o.xid, o.seq`,
      values: [String(from)],
    });
    return {
      horizon: rows[0].h,
      rows: rows
        .filter((row) => row.seq !== null)
        .map((row) => ({
          xid: BigInt(row.xid),
          event: {
            source,
            seq: row.seq,
            topic: row.topic,
            aggregateType: row.aggregate_type,
            aggregateId: row.aggregate_id,
            audience: row.audience,
            payload: row.payload,
            createdAt: new Date(row.created_at).toISOString(),
          },
        })),
    };
  }

  /** Every feed reads forward, and the listener is pinged: a dead LISTEN connection is noticed within a poll. */
  private poll(): void {
    for (const feed of this.feeds) feed.readAll();
    const client = this.client;
    client?.query('select 1').catch((error) => this.lose(client, error));
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: this.name });
    client.on('error', (error) => this.lose(client, error));
    client.on('end', () => this.lose(client, new Error('listener connection ended')));
    client.on('notification', (message) => {
      const source = message.payload as OutboxSchema;
      for (const feed of this.feeds) if (feed.sources.includes(source)) feed.wake(source);
    });
    await client.connect();
    await client.query(`listen ${OUTBOX_CHANNEL}`);
    const { rows } = await client.query('select pg_backend_pid() as pid');
    // Stopped while this (re)connect was under way: leave() found no listener to end, so end it here.
    if (this.stopped) {
      client.end().catch(() => undefined);
      return;
    }
    this.backendPid = rows[0].pid;
    this.client = client;
    for (const feed of this.feeds) feed.readAll();
  }

  private lose(client: pg.Client, error: unknown): void {
    if (this.client !== client || this.stopped) return;
    this.client = null;
    this.backendPid = null;
    this.reportError(error, 'listener lost; reconnecting');
    client.end().catch(() => undefined);
    this.scheduleReconnect(this.reconnectDelayMs);
  }

  private scheduleReconnect(delayMs: number): void {
    if (this.stopped || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(async () => {
      this.reconnectTimer = null;
      try {
        await this.connect();
      } catch (error) {
        this.reportError(error, 'reconnect failed');
        this.scheduleReconnect(Math.max(delayMs, Math.min(delayMs * 2, 2000)));
      }
    }, delayMs);
  }

  /** Once, through the first feed's `onError`: the feeds of a process log to the same place. */
  private reportError(error: unknown, context: string): void {
    this.feeds.values().next().value?.reportError(error, context);
  }
}
