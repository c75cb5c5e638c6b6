import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { FormattedExecutionResult, GraphQLSchema } from 'graphql';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode, IDENTITY_HEADER, NonceCache, verifyIdentity, type Identity } from '@rv/schema';
import { errorFormatter } from './errors.js';
import { PayloadTooLarge, parseJsonBody, readBody, sendGraphQLError, sendJson, serveGraphQL } from './http.js';
import type { Logger } from './logger.js';
import { mayReadMetrics, metricsPlugin, serveMetrics } from './metrics.js';
import { traceRequest, tracingPlugin } from './tracing.js';

/** What every resolver receives: the verified caller and a fresh EntityManager (STYLE 4). */
export interface SubgraphContext {
  identity: Identity;
  /** The caller's network address as the gateway saw it (throttling), or null. */
  client: string | null;
  em: EntityManager;
  logger: Logger;
  /** Signs login tokens; only the judicial subgraph (the account authority) is given it. */
  tokenSecret?: string;
  /** The secret shared with the gateway; also signs short-lived tickets the subgraph's own routes check. */
  internalSecret: string;
}

/**
 * A plain HTTP route of a subgraph (e.g. a recording's bytes), reached through the gateway's proxy.
 * It authorises the request itself (a signed ticket): browsers' media elements send no headers.
 */
export interface SubgraphRoute {
  prefix: string;
  handle(req: IncomingMessage, res: ServerResponse, context: { orm: MikroORM; internalSecret: string; logger: Logger }): Promise<void>;
}

export interface SubgraphServerOptions {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  /** Shared with the gateway; every request must carry an identity signed with it. */
  internalSecret: string;
  port?: number;
  host?: string;
  logger: Logger;
  tokenSecret?: string;
  routes?: SubgraphRoute[];
  /** Dependencies besides PostgreSQL that readiness reports (e.g. Janus); down makes it "degraded", not unready. */
  checks?: Record<string, () => Promise<boolean>>;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  /** The same GraphQL service for a gateway in this process (issue 16), see LocalSubgraph. */
  local: LocalSubgraph;
  close(): Promise<void>;
}

/**
 * A subgraph called by a gateway running in the same process (`npm start`): the operation goes to the
 * subgraph's Apollo Server as it would over HTTP (its plugins, error formatting, a fresh EntityManager),
 * with the caller the gateway verified, and its formatted result comes back as an object. No socket, no
 * JSON either way, no identity header to sign and check: that header protects a hop across the network,
 * which a call inside one process does not make. Separate processes (ops/src/serve.ts) still use HTTP.
 */
export type LocalSubgraph = (
  request: { query?: string; variables?: Record<string, unknown>; operationName?: string },
  caller: { identity: Identity; client: string | null; traceHeaders: Record<string, string> },
) => Promise<FormattedExecutionResult>;

export async function startSubgraphServer(options: SubgraphServerOptions): Promise<RunningServer> {
  const { schema, orm, logger, internalSecret } = options;
  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    formatError: errorFormatter(logger),
    introspection: process.env.NODE_ENV !== 'production',
    // No cache hints are used: the cache-control plugin would wrap every field's resolver (issue 16).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      metricsPlugin(options.name),
      tracingPlugin,
    ],
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  const server = createServer((req, res) => {
    if (req.url === '/livez') return sendJson(res, 200, { status: 'ok', subgraph: options.name });
    if (req.url === '/metrics' && req.method === 'GET') {
      if (!mayReadMetrics(req)) return sendJson(res, 403, { error: 'forbidden' });
      serveMetrics(res).catch(() => res.end());
      return;
    }
    if (req.url === '/healthz') {
      readiness(orm, options.checks ?? {}).then(({ status, checks }) =>
        sendJson(res, status === 'unavailable' ? 503 : 200, { status, subgraph: options.name, checks }),
      );
      return;
    }
    const route = options.routes?.find((candidate) => req.url?.startsWith(candidate.prefix));
    if (route) {
      route.handle(req, res, { orm, internalSecret, logger }).catch((error) => {
        logger.error({ err: error }, 'route failed');
        if (!res.headersSent) sendJson(res, 500, { error: 'failed' });
        else res.end();
      });
      return;
    }
    serveSigned(req, res).catch((error) => {
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) sendGraphQLError(res, 400, ErrorCode.BAD_USER_INPUT, 'error.malformedRequest');
      else res.end();
    });
  });

  /**
   * A request that did not come through the gateway gets nothing: the signed header must be fresh,
   * meant for this subgraph, match this body, and not have been used before.
   */
  const nonces = new NonceCache();
  async function serveSigned(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      req.resume();
      return sendGraphQLError(res, 405, ErrorCode.BAD_USER_INPUT, 'error.malformedRequest');
    }
    let raw: Buffer;
    try {
      raw = await readBody(req);
    } catch (error) {
      if (error instanceof PayloadTooLarge) return sendGraphQLError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, 'platform.payloadTooLarge');
      throw error;
    }
    const check = verifyIdentity(req.headers[IDENTITY_HEADER] as string | undefined, internalSecret, { audience: options.name, body: raw, nonces });
    if ('refused' in check) {
      logger.warn({ refused: check.refused, remote: req.socket.remoteAddress }, 'identity header refused');
      return sendGraphQLError(res, 401, ErrorCode.UNAUTHENTICATED, `security.identity.${check.refused}`);
    }
    const { identity, client } = check;
    await traceRequest(options.name, req.headers, () =>
      serveGraphQL(apollo, req, res, async () => context(identity, client), {
        body: parseJsonBody(raw),
      }),
    );
  }
  const context = (identity: Identity, client: string | null): SubgraphContext => ({
    identity,
    client,
    em: orm.em.fork(),
    logger,
    tokenSecret: options.tokenSecret,
    internalSecret,
  });
  const local: LocalSubgraph = (request, caller) =>
    traceRequest(options.name, caller.traceHeaders, async () => {
      const response = await apollo.executeOperation(request, { contextValue: context(caller.identity, caller.client) });
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not offered to the gateway');
      return response.body.singleResult;
    });
  server.keepAliveTimeout = 65_000;
  await listening(server, options.port ?? 0, options.host ?? '127.0.0.1');
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  logger.info({ url }, `${options.name} subgraph listening`);
  return {
    url,
    port,
    server,
    local,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}

/** Listens, or rejects (a port already taken: EADDRINUSE) instead of the unhandled 'error' event that ends the process. */
export function listening(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

export type Readiness = { status: 'ok' | 'degraded' | 'unavailable'; checks: Record<string, 'ok' | 'down'> };

/** Resolves to false after `ms` (a hung dependency must not hang the probe). */
async function within(ms: number, probe: () => Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([probe().catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Readiness (issue 19): PostgreSQL answers (else unavailable, 503: take this process out of service)
 * and each other dependency answers (else degraded: meetings fail, the rest works). Liveness is /livez.
 */
export async function readiness(orm: MikroORM, checks: Record<string, () => Promise<boolean>>): Promise<Readiness> {
  const names = ['postgres', ...Object.keys(checks)];
  const results = await Promise.all([
    within(2000, async () => {
      await orm.em.fork().getConnection().execute('select 1');
      return true;
    }),
    ...Object.values(checks).map((check) => within(2000, check)),
  ]);
  const state = Object.fromEntries(names.map((name, index) => [name, results[index] ? 'ok' : 'down'])) as Readiness['checks'];
  const status = state.postgres === 'down' ? 'unavailable' : Object.values(state).includes('down') ? 'degraded' : 'ok';
  return { status, checks: state };
}
