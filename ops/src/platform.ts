import { startGateway, type RunningGateway } from '@rv/gateway';
import { runSubgraph, type RunningSubgraph } from '@rv/kit';
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
      await gateway.close();
      for (const running of Object.values(subgraphs).reverse()) await running.close();
    },
  };
}
