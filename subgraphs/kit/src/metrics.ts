import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics of this process (issue 19): every subgraph and the gateway record into one
 * registry, labelled by service; each serves it at `/metrics`. Labels are bounded: the operation is
 * the first root field of the schema (never the client's operation name), the outcome an error code.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

const operationSeconds = new Histogram({
  name: 'rv_graphql_operation_seconds',
  help: 'GraphQL operations: time from receipt to response, by service, operation (first root field) and outcome (ok or the error code)',
  labelNames: ['service', 'type', 'operation', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

const operationErrors = new Counter({
  name: 'rv_graphql_errors_total',
  help: 'GraphQL errors answered, by service and error code',
  labelNames: ['service', 'code'] as const,
  registers: [metricsRegistry],
});

/** An Apollo plugin timing every operation of `service`. */
export function metricsPlugin(service: string): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, errors }) {
          const field = operation?.selectionSet.selections.find((selection) => selection.kind === 'Field');
          const outcome = errors?.length ? String(errors[0].extensions?.code ?? 'INTERNAL') : 'ok';
          for (const error of errors ?? []) operationErrors.inc({ service, code: String(error.extensions?.code ?? 'INTERNAL') });
          operationSeconds.observe(
            { service, type: operation?.operation ?? 'unparsed', operation: field?.kind === 'Field' ? field.name.value : 'none', outcome },
            Number(process.hrtime.bigint() - started) / 1e9,
          );
        },
      };
    },
  };
}

type Sample = { labels: Record<string, string>; value: number };
type Sampler = () => Promise<Sample[]>;

const samplers = new Map<string, Set<Sampler>>();

/**
 * Adds a sampler to the gauge `name` (created on first use), read when Prometheus scrapes; returns
 * its removal, for a subgraph that closes. A sampler that fails (its database gone) adds nothing.
 */
export function sampleGauge(name: string, help: string, labelNames: string[], sampler: Sampler): () => void {
  if (!samplers.has(name)) {
    const own = new Set<Sampler>();
    samplers.set(name, own);
    new Gauge({
      name,
      help,
      labelNames,
      registers: [metricsRegistry],
      async collect() {
        this.reset();
        for (const read of own) for (const { labels, value } of await read().catch(() => [] as Sample[])) this.set(labels, value);
      },
    });
  }
  const own = samplers.get(name)!;
  own.add(sampler);
  return () => own.delete(sampler);
}

/**
 * Outbox lag of a consuming subgraph: what its cursors have not passed in each source's outbox. One
 * query answers both gauges: a scrape collects them together, so the second joins the first's query
 * (an answer is reused for a second at most; scrapes come every few seconds or more).
 */
export function watchOutboxLag(orm: MikroORM, consumer: string, sources: string[]): () => void {
  type Lag = { source: string; events: number; seconds: number };
  const query = () =>
    orm.em
      .fork()
      .getConnection()
      .execute<Lag[]>(
        sources
          .map(
            (source) => `select '${source}' as source, count(o.*)::int as events,
        coalesce(extract(epoch from now() - min(o.created_at)), 0)::float as seconds
      from "${source}"."outbox" o
      where o.xid >= coalesce((select horizon from "${consumer}"."event_cursor" where source = '${source}'), '0'::xid8)`,
          )
          .join(' union all '),
      );
  let last: { at: number; rows: Promise<Lag[]> } | null = null;
  const lag = (): Promise<Lag[]> => {
    if (!last || Date.now() - last.at > 1000) {
      const rows = query();
      last = { at: Date.now(), rows };
      rows.catch(() => {
        if (last?.rows === rows) last = null;
      });
    }
    return last.rows;
  };
  const removals = [
    sampleGauge('rv_outbox_lag_events', 'Events in a source outbox that a consuming subgraph has not passed yet', ['consumer', 'source'], async () =>
      (await lag()).map(({ source, events }) => ({ labels: { consumer, source }, value: events })),
    ),
    sampleGauge('rv_outbox_lag_seconds', 'Age of the oldest event a consuming subgraph has not passed yet', ['consumer', 'source'], async () =>
      (await lag()).map(({ source, seconds }) => ({ labels: { consumer, source }, value: seconds })),
    ),
  ];
  return () => removals.forEach((remove) => remove());
}

/** `GET /metrics`: the registry in Prometheus's text format. */
export async function serveMetrics(res: ServerResponse): Promise<void> {
  const body = await metricsRegistry.metrics();
  res.writeHead(200, { 'content-type': metricsRegistry.contentType });
  res.end(body);
}

/**
 * Whether a request may read the metrics: a bearer METRICS_TOKEN when one is set, else only callers on
 * this machine that came through no proxy (a proxy on the loopback forwards the public's requests).
 */
export function mayReadMetrics(req: IncomingMessage, token = process.env.METRICS_TOKEN): boolean {
  if (token) return req.headers.authorization === `Bearer ${token}`;
  if (req.headers['x-forwarded-for'] !== undefined) return false;
  const remote = req.socket.remoteAddress ?? '';
  return remote === '127.0.0.1' || remote === '::1' || remote === '::ffff:127.0.0.1';
}

/** Children a supervisor restarted after they died (issue 19: npm start's PostgreSQL and Janus, a test's components). */
export const childRestarts = new Counter({
  name: 'rv_child_restarts_total',
  help: 'Child processes restarted by a supervisor after they died, by child',
  labelNames: ['child'] as const,
  registers: [metricsRegistry],
});

/** Issue 16: operations the gateway passed whole to the one subgraph that answers them (gateway/src/single-fetch.ts). */
export const singleFetchPassed = new Counter({
  name: 'rv_gateway_single_fetch_total',
  help: 'Operations the gateway sent whole to the one subgraph that answers them, by subgraph',
  labelNames: ['service'] as const,
  registers: [metricsRegistry],
});

/**
 * Subscription deliveries the gateway's bridge did not push: the subgraph answered nothing for the subscribers
 * (`empty`, labelled with its error code or `none`) or stayed unavailable through every retry (`unavailable`).
 * A screen that misses a live change shows here (issue 16: a browser test's missing update could not be told apart).
 */
export const subscriptionDropped = new Counter({
  name: 'rv_gateway_subscription_dropped_total',
  help: 'Subscription deliveries not pushed, by topic, why and error code',
  labelNames: ['topic', 'reason', 'code'] as const,
  registers: [metricsRegistry],
});
