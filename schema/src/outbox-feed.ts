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
  applicationName: string;
  /** Safety poll; also notices rows held back by a long transaction. */
  pollMs?: number;
  /** First wait before reconnecting a lost listener; doubles up to 2 s while it keeps failing. */
  reconnectDelayMs?: number;
  /**
   * How long a notification waits before its read, so that the notifications of a burst share one read
   * (0: read at once). For readers nobody waits on, such as the subgraphs' event consumers; the gateway's
   * feed, which delivers subscriptions, reads at once.
   */
  settleMs?: number;
}

/**
 * Reads subgraph outboxes forward, woken by NOTIFY and by a periodic poll.
 *
 * Rows are read by transaction id, not by sequence: a horizon H means every transaction
 * with xid < H has finished, so rows with xid in [previous H, current H) are final and none
 * is skipped when sequences commit out of order. After a lost connection the feed reconnects,
 * LISTENs again and reads forward from its horizon: that is the catch-up.
 */
export class OutboxFeed {
  private client: pg.Client | null = null;
  /** Reads go through a small pool; the LISTEN connection only listens and is pinged. */
  private readonly pool: pg.Pool;
  private readonly horizons = new Map<OutboxSchema, string>();
  private readonly reading = new Map<OutboxSchema, Promise<void>>();
  private readonly pending = new Set<OutboxSchema>();
  private readonly settling = new Map<OutboxSchema, NodeJS.Timeout>();
  private pollTimer: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Backend pid of the LISTEN connection (tests terminate it to prove the catch-up). */
  backendPid: number | null = null;

  constructor(private readonly options: OutboxFeedOptions) {
    this.pool = new pg.Pool({ connectionString: options.connectionString, max: 2, application_name: `${options.applicationName}-reader` });
    this.pool.on('error', (error) => options.onError?.(error, 'reader connection failed'));
  }

  async start(): Promise<void> {
    await this.connect();
    if (this.stopped) return;
    this.pollTimer = setInterval(() => this.poll(), this.options.pollMs ?? 1000);
    this.pollTimer.unref();
  }

  /** Reads forward, and pings the listener: a dead LISTEN connection is noticed within a poll. */
  private poll(): void {
    this.readAll();
    const client = this.client;
    client?.query('select 1').catch((error) => this.lose(client, error));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    for (const timer of this.settling.values()) clearTimeout(timer);
    await Promise.allSettled([...this.reading.values()]);
    await this.client?.end().catch(() => undefined);
    this.client = null;
    await this.pool.end();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: this.options.applicationName,
    });
    client.on('error', (error) => this.lose(client, error));
    client.on('end', () => this.lose(client, new Error('listener connection ended')));
    client.on('notification', (message) => {
      const source = message.payload as OutboxSchema;
      if (this.options.sources.includes(source)) this.wake(source);
    });
    await client.connect();
    await client.query(`listen ${OUTBOX_CHANNEL}`);
    const { rows } = await client.query('select pg_backend_pid() as pid, pg_snapshot_xmin(pg_current_snapshot())::text as h');
    this.backendPid = rows[0].pid;
    for (const source of this.options.sources) {
      if (!this.horizons.has(source)) this.horizons.set(source, await this.options.startAt(source, rows[0].h));
    }
    // Stopped while this (re)connect was under way: stop() found no listener to end, so end it here.
    if (this.stopped) {
      client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.readAll();
  }

  private lose(client: pg.Client, error: unknown): void {
    if (this.client !== client || this.stopped) return;
    this.client = null;
    this.backendPid = null;
    this.options.onError?.(error, 'listener lost; reconnecting');
    client.end().catch(() => undefined);
    this.scheduleReconnect(this.options.reconnectDelayMs ?? 100);
  }

  private scheduleReconnect(delayMs: number): void {
    if (this.stopped || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(async () => {
      this.reconnectTimer = null;
      try {
        await this.connect();
      } catch (error) {
        this.options.onError?.(error, 'reconnect failed');
        this.scheduleReconnect(Math.max(delayMs, Math.min(delayMs * 2, 2000)));
      }
    }, delayMs);
  }

  private readAll(): void {
    for (const source of this.options.sources) this.read(source);
  }

  /** A notification's read: at once, or after `settleMs` together with the notifications that came meanwhile. */
  private wake(source: OutboxSchema): void {
    const settleMs = this.options.settleMs ?? 0;
    if (!settleMs) return this.read(source);
    if (this.settling.has(source)) return;
    const timer = setTimeout(() => {
      this.settling.delete(source);
      this.read(source);
    }, settleMs);
    this.settling.set(source, timer);
  }

  /** One read at a time per source; a wake-up during a read triggers one more read after it. */
  private read(source: OutboxSchema): void {
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
    if (!this.client || this.stopped) return;
    const client = this.pool;
    const from = this.horizons.get(source)!;
    // One statement: the horizon and the rows below it come from the same snapshot. Named, so each
    // connection plans it once: a storm of bookings had the feeds read ~6 times a booking (issue 16).
    const { rows } = await client.query({
      name: `rv-outbox-${source}`,
      text: `with horizon as (select pg_snapshot_xmin(pg_current_snapshot()) as h)
       select horizon.h::text as h, o.seq::text, o.topic, o.aggregate_type, o.aggregate_id, o.audience, o.payload, o.created_at
         from horizon left join "${source}"."outbox" o on o.xid >= $1::xid8 and o.xid < horizon.h
        order by o.xid, o.seq`,
      values: [from],
    });
    const h: string = rows[0].h;
    if (h === from) return;
    const events: OutboxEvent[] = rows
      .filter((row) => row.seq !== null)
      .map((row) => ({
        source,
        seq: row.seq,
        topic: row.topic,
        aggregateType: row.aggregate_type,
        aggregateId: row.aggregate_id,
        audience: row.audience,
        payload: row.payload,
        createdAt: new Date(row.created_at).toISOString(),
      }));
    await this.options.onEvents(source, events, h);
    this.horizons.set(source, h);
  }
}
