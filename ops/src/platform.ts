import { startGateway, type RunningGateway } from '@rv/gateway';
import { createLogger, runSubgraph, type RunningSubgraph } from '@rv/kit';
import { SUBGRAPHS } from './subgraphs.js';

export interface PlatformOptions {
  databaseUrl: string;
  internalSecret: string;
  tokenSecret: string;
  /** Fixed ports (npm start) or free ones (tests). */
  fixedPorts?: boolean;
  gatewayPort?: number;
  gatewayHost?: string;
  fallback?: Parameters<typeof startGateway>[0]['fallback'];
  reconnectDelayMs?: number;
  /** Reverse proxies in front of the gateway whose X-Forwarded-For is believed (tests: 1, to play several clients). */
  trustedProxyHops?: number;
  /** First subgraph port when ports are fixed (4001: prison, detox, judicial, media, detention). */
  subgraphPortBase?: number;
}

export interface Platform {
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  /** The login tokens' secret (the demo seals its accounts' TOTP secrets under it). */
  tokenSecret: string;
  close(): Promise<void>;
}

/**
 * Starts every subgraph (each migrating its own schema) and the gateway in front of them.
 * Subgraphs start one after another: concurrent migrations would race on `create schema`.
 */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const subgraphs: Record<string, RunningSubgraph> = {};
  for (const [index, { definition, port }] of SUBGRAPHS.entries()) {
    subgraphs[definition.name] = await runSubgraph(definition, {
      databaseUrl: options.databaseUrl,
      internalSecret: options.internalSecret,
      tokenSecret: definition.name === 'judicial' ? options.tokenSecret : undefined,
      port: options.fixedPorts ? (options.subgraphPortBase ? options.subgraphPortBase + index : port) : 0,
    });
  }
  const gateway = await startGateway({
    subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, running]) => [name, running.url])),
    // One process: the gateway calls its subgraphs in place (their ports still serve other callers).
    localSubgraphs: Object.fromEntries(Object.entries(subgraphs).map(([name, running]) => [name, running.local])),
    internalSecret: options.internalSecret,
    tokenSecret: options.tokenSecret,
    databaseUrl: options.databaseUrl,
    port: options.gatewayPort ?? (options.fixedPorts ? 4000 : 0),
    host: options.gatewayHost,
    proxies: SUBGRAPHS.flatMap(({ definition }) =>
      (definition.routes ?? []).map((route) => ({ prefix: route.prefix, target: new URL(subgraphs[definition.name].url).origin })),
    ),
    fallback: options.fallback,
    reconnectDelayMs: options.reconnectDelayMs,
    trustedProxyHops: options.trustedProxyHops,
  });
  return {
    gateway,
    subgraphs,
    tokenSecret: options.tokenSecret,
    async close() {
      await stopWithin('gateway', gateway.close());
      for (const [name, running] of Object.entries(subgraphs).reverse()) await stopWithin(name, running.close());
    },
  };
}

/** How long one part may take to drain before shutdown goes on without it (a supervisor would kill it then). */
const STOP_DEADLINE_MS = 15_000;

/**
 * A part that does not finish stopping (once, in CI, after a database outage: which part is not yet
 * known) must not hold the others' shutdown: it is named in the log and left behind.
 */
async function stopWithin(part: string, stopping: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), STOP_DEADLINE_MS);
  });
  try {
    if ((await Promise.race([stopping, late])) === 'late')
      createLogger('platform').error({ part, ms: STOP_DEADLINE_MS }, 'did not stop in time; shutting down without it');
  } finally {
    clearTimeout(timer);
  }
}
