import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  errorFormatter,
  createLogger,
  listening,
  mayReadMetrics,
  metricsPlugin,
  sampleGauge,
  sendJson,
  sendGraphQLError,
  serveGraphQL,
  serveMetrics,
  traceRequest,
  tracingPlugin,
  type LocalSubgraph,
  type Logger,
} from '@rv/kit';
import {
  ANONYMOUS,
  ErrorCode,
  keyed,
  OUTBOX_SCHEMAS,
  STEP_FIELDS,
  stepRequired,
  OutboxFeed,
  readSubscriptionsSdl,
  readSupergraph,
  translate,
  type MessageKey,
  type MessageParams,
} from '@rv/schema';
import { extendSchema, parse, specifiedRules, validate, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { createServer } from 'node:http';
import { proxy, type ProxyRoute } from './proxy.js';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { WebSocketServer, type WebSocket } from 'ws';
import { tokenFromHeader, verifyToken } from './auth.js';
import { Revocations } from './revocation.js';
import { clientAddress } from './client.js';
import { SignedDataSource, type GatewayContext } from './data-source.js';
import { SingleFetchGateway } from './single-fetch.js';
import { LIMITS, queryProtections } from './protections.js';
import { SharedDocuments, SubscriptionBridge } from './subscriptions.js';
import { SubscriptionWire } from './wire.js';
import { RequestLine, type RequestLineOptions } from './request-line.js';
import { isHttps, sameOriginUpgrade, sessionCookie, sessionCookiePlugin, sessionToken, wantsCookieSession } from './session-cookie.js';

export interface GatewayOptions {
  /** Subgraph name → URL; overrides the URLs in the supergraph (ports differ per run). */
  subgraphUrls: Record<string, string>;
  /** Subgraphs running in this process, called there rather than over HTTP (issue 16; kit's LocalSubgraph). */
  localSubgraphs?: Record<string, LocalSubgraph>;
  internalSecret: string;
  tokenSecret: string;
  /** Where the subgraphs' outboxes are, for subscriptions. */
  databaseUrl: string;
  port?: number;
  host?: string;
  supergraphSdl?: string;
  /** Schema introspection; off by default when NODE_ENV=production. */
  introspection?: boolean;
  /** How long a lost LISTEN connection waits before reconnecting (tests hold it down). */
  reconnectDelayMs?: number;
  /** Path prefixes passed through to a subgraph's own HTTP routes (recording playback). */
  proxies?: ProxyRoute[];
  /** Reverse proxies in front of the gateway whose X-Forwarded-For is believed (default TRUSTED_PROXY_HOPS or 0). */
  trustedProxyHops?: number;
  /** How often open sockets are checked for expired tokens (issue 19; default 1 s). */
  socketCheckMs?: number;
  /** Extra request handler (static portals), tried before 404. */
  fallback?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean;
  /** GraphQL requests worked on at a time, and how long one may wait for its turn (request-line.ts). */
  requestLine?: RequestLineOptions;
}

/** A socket operation's context: the socket's identity, and for a subscription its socket and id (wire.ts). */
interface SocketContext {
  identity: GatewayContext['identity'];
  socket: WebSocket;
  id: string;
}

export interface RunningGateway {
  url: string;
  wsUrl: string;
  port: number;
  bridge: SubscriptionBridge;
  feed: OutboxFeed;
  close(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const logger = createLogger('gateway');
  const trustedProxyHops = options.trustedProxyHops ?? Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 64 });
  const services = new Map<string, SignedDataSource>();
  const gateway = new SingleFetchGateway(
    {
      supergraphSdl: options.supergraphSdl ?? readSupergraph(),
      buildService: ({ name, url }) => {
        const service = new SignedDataSource(name, options.subgraphUrls[name] ?? url!, options.internalSecret, dispatcher, options.localSubgraphs?.[name]);
        services.set(name, service);
        return service;
      },
    },
    services,
  );

  // Registered before start(), or the first schema load is missed (STACK.md).
  let subscriptionSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    subscriptionSchema = extendSchema(apiSchema, parse(readSubscriptionsSdl()));
  });

  const protections = queryProtections();
  const formatError = gatewayErrorFormatter(logger);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // armor is typed against Apollo's CommonJS build; the plugins are the same at run time
    plugins: [
      ...(protections.plugins as ApolloServerPlugin<GatewayContext>[]),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of GraphQL answers here (every answer is per caller): not computed per request.
      ApolloServerPluginCacheControlDisabled(),
      subscriptionsOnlyOverWebSocket,
      unfinishedSignInOnlyItsStep,
      sessionCookiePlugin,
      metricsPlugin('gateway') as ApolloServerPlugin<GatewayContext>,
      tracingPlugin,
    ],
    validationRules: protections.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection ?? process.env.NODE_ENV !== 'production',
    parseOptions: { maxTokens: LIMITS.tokens },
    formatError,
  });
  await apollo.start();
  const bridge = new SubscriptionBridge(apollo);
  const unwatchSubscribers = sampleGauge('rv_subscriptions', 'graphql-ws subscriptions open on this gateway', [], async () => [
    { labels: {}, value: bridge.size },
  ]);
  const revocations = new Revocations();
  const line = new RequestLine(options.requestLine);
  const unwatchLine = sampleGauge('rv_gateway_requests_waiting', 'GraphQL requests over HTTP waiting for their turn on this gateway', [], async () => [
    { labels: {}, value: line.waiting },
  ]);

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/livez') return sendJson(res, 200, { status: 'ok' });
    if (path === '/metrics' && req.method === 'GET') {
      if (!mayReadMetrics(req)) return sendJson(res, 403, { error: 'forbidden' });
      serveMetrics(res).catch(() => res.end());
      return;
    }
    if (path === '/healthz') {
      gatewayReadiness(options.subgraphUrls, feed.backendPid !== null).then(({ status, subgraphs }) =>
        sendJson(res, status === 'unavailable' ? 503 : 200, { status, subscriptions: bridge.size, listening: feed.backendPid !== null, subgraphs }),
      );
      return;
    }
    if (path === '/graphql') {
      const client = clientAddress(req, trustedProxyHops);
      // Issue 19: a portal's session is the HttpOnly cookie (session-cookie.ts); an Authorization header wins.
      const cookieSession = wantsCookieSession(req) ? { secure: isHttps(req, trustedProxyHops) } : null;
      const cookie = cookieSession && !req.headers.authorization ? sessionToken(req.headers.cookie) : null;
      line
        .enter(res, () =>
          traceRequest('gateway', req.headers, () =>
            serveGraphQL(apollo, req, res, async () => {
              try {
                const token = await tokenFromHeader(req.headers.authorization ?? (cookie ? `Bearer ${cookie}` : undefined), options.tokenSecret, (verified) =>
                  revocations.isRevoked(verified),
                );
                return { identity: token?.identity ?? ANONYMOUS, client, step: token?.step ?? null, cookieSession };
              } catch (error) {
                // An expired or revoked cookie is cleared with the refusal: the next request is anonymous.
                if (cookie) res.setHeader('set-cookie', sessionCookie(null, cookieSession!.secure));
                throw error;
              }
            }),
          ),
        )
        .catch((error) => {
          logger.error({ err: error }, 'request failed');
          if (!res.headersSent) sendGraphQLError(res, 400, ErrorCode.BAD_USER_INPUT, 'error.malformedRequest');
          else res.end();
        });
      return;
    }
    if (path === '/logout' && req.method === 'POST') {
      req.resume();
      res.writeHead(204, { 'set-cookie': sessionCookie(null, isHttps(req, trustedProxyHops)), 'cache-control': 'no-store' }).end();
      return;
    }
    const proxied = options.proxies?.find((route) => path.startsWith(route.prefix));
    if (proxied) return proxy(proxied, req, res);
    if (options.fallback?.(req, res)) return;
    sendJson(res, 404, { error: 'not found' });
  });
  server.keepAliveTimeout = 65_000;

  const wsServer = new WebSocketServer({ server, path: '/graphql', maxPayload: 64 * 1024 });
  const wsIdentities = new WeakMap<object, GatewayContext['identity']>();
  const documents = new SharedDocuments();
  const wsHandle = useServer<Record<string, unknown> | undefined, { socket: WebSocket }>(
    {
      schema: () => subscriptionSchema!,
      // Thousands of sockets send the same few documents: one parsed and validated copy each (issue 16: memory per subscriber).
      parse: (source) => documents.parse(source),
      onSubscribe: (_ctx, _id, payload) => documents.parseErrors(payload.query),
      validate: (schema, document) => documents.validate(document, () => validate(schema, document, [...specifiedRules, ...protections.validationRules])),
      onConnect: async (ctx) => {
        // A portal's socket brings the session cookie (from its own origin only); API clients the token.
        const request = (ctx.extra as { request?: import('node:http').IncomingMessage }).request;
        const token = ctx.connectionParams?.authToken ?? (request && sameOriginUpgrade(request) ? sessionToken(request.headers.cookie) : null);
        const verified = typeof token === 'string' ? await verifyToken(token, options.tokenSecret) : null;
        // closes with 4403 Forbidden: no token, a bad one, a revoked one, or an unfinished sign-in's
        if (!verified || verified.step || revocations.isRevoked(verified)) return false;
        wsIdentities.set(ctx.extra.socket as object, verified.identity);
        revocations.track(ctx.extra.socket as Parameters<Revocations['track']>[0], verified);
        return true;
      },
      context: (ctx, id): SocketContext => ({ identity: wsIdentities.get(ctx.extra.socket)!, socket: ctx.extra.socket, id }),
      subscribe: (args) => {
        const { identity, socket, id } = args.contextValue as SocketContext;
        return bridge.subscribe(args, identity, new SubscriptionWire(socket, id));
      },
      // Queries and mutations over the socket take the normal gateway path.
      execute: async (args) => {
        const response = await apollo.executeOperation(
          { query: args.document, variables: args.variableValues ?? undefined, operationName: args.operationName ?? undefined },
          { contextValue: { identity: (args.contextValue as SocketContext).identity } },
        );
        return response.body.kind === 'single' ? (response.body.singleResult as any) : { errors: [] };
      },
      onError: (_ctx, _id, _payload, errors) => {
        logger.warn({ errors: errors.map((error) => error.message) }, 'subscription rejected');
      },
    },
    wsServer,
  );

  const feed = new OutboxFeed({
    connectionString: options.databaseUrl,
    sources: OUTBOX_SCHEMAS,
    startAt: (_source, current) => current,
    onEvents: (_source, events) => {
      revocations.apply(events);
      return bridge.publish(events);
    },
    onError: (error, context) => logger.warn({ err: error }, context),
    reconnectDelayMs: options.reconnectDelayMs,
  });
  await feed.start();
  await revocations.load(options.databaseUrl);
  revocations.startExpirySweep(options.socketCheckMs ?? 1000);

  await listening(server, options.port ?? 0, options.host ?? '127.0.0.1');
  const port = (server.address() as AddressInfo).port;
  logger.info({ port }, 'gateway listening');
  // Listening on every address: callers on this machine use loopback.
  const host = !options.host || options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;

  return {
    url: `http://${host}:${port}/graphql`,
    wsUrl: `ws://${host}:${port}/graphql`,
    port,
    bridge,
    feed,
    async close() {
      // Drain: refuse new connections, end subscriptions, finish requests in flight.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      bridge.close();
      unwatchSubscribers();
      unwatchLine();
      revocations.stop();
      await wsHandle.dispose();
      wsServer.close();
      server.closeIdleConnections();
      await closed;
      await feed.stop();
      await apollo.stop();
      await dispatcher.close();
    },
  };
}

/** A subscription sent over HTTP is the caller's mistake (they live on the WebSocket), not a 500 (issue 19). */
const subscriptionsOnlyOverWebSocket: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription') throw keyed(ErrorCode.BAD_USER_INPUT, 'security.subscriptionOverHttp', {}, { http: { status: 400 } });
      },
    };
  },
};

/**
 * Issue 15: a token of an unfinished sign-in (temporary password, second factor) may call only its
 * step's mutations (STEP_FIELDS); anything else is PASSWORD_CHANGE_REQUIRED or TOTP_REQUIRED.
 */
const unfinishedSignInOnlyItsStep: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        const step = contextValue.step;
        if (!step) return;
        const fields = operation?.selectionSet.selections.map((selection) => (selection.kind === 'Field' ? selection.name.value : null)) ?? [null];
        const allowed =
          operation?.operation === 'mutation' && fields.every((field) => field === '__typename' || (field !== null && STEP_FIELDS[step].includes(field)));
        if (!allowed) throw stepRequired(step);
      },
    };
  },
};

type Status = 'ok' | 'degraded' | 'unavailable';

/**
 * Readiness of the gateway (issue 19): every subgraph ready (each checks PostgreSQL, media also Janus)
 * and the outbox listener connected. Any subgraph unavailable or unreachable → unavailable (503);
 * a subgraph degraded (Janus down) → degraded (200: the rest works). Liveness is /livez.
 */
async function gatewayReadiness(subgraphUrls: Record<string, string>, listening: boolean): Promise<{ status: Status; subgraphs: Record<string, unknown> }> {
  const entries = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => {
      try {
        const answer = await fetch(url.replace(/\/graphql$/, '/healthz'), { signal: AbortSignal.timeout(3000) });
        return [name, await answer.json()] as const;
      } catch {
        return [name, { status: 'unavailable', checks: {} }] as const;
      }
    }),
  );
  const statuses = entries.map(([, body]) => (body as { status?: Status }).status ?? 'unavailable');
  const status: Status = statuses.includes('unavailable') || !listening ? 'unavailable' : statuses.includes('degraded') ? 'degraded' : 'ok';
  return {
    status,
    subgraphs: Object.fromEntries(
      entries.map(([name, body]) => [name, { status: (body as { status?: Status }).status, checks: (body as { checks?: unknown }).checks }]),
    ),
  };
}

const keyedFormatted = (code: ErrorCode, key: MessageKey, params: MessageParams = {}): GraphQLFormattedError => ({
  message: translate(key, params),
  extensions: { code, messageKey: key, params },
});

/** Armor's own codes become stable ones; Apollo's token limit is QUERY_TOO_LARGE. */
function gatewayErrorFormatter(logger: Logger) {
  const format = errorFormatter(logger);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const armorCode = formatted.extensions?.armorCode as string | undefined;
    if (armorCode)
      return {
        message: formatted.message,
        extensions: { code: armorCode, messageKey: formatted.extensions?.messageKey, params: formatted.extensions?.params },
      };
    if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && /more tha[nt] \d+ tokens/i.test(formatted.message))
      return keyedFormatted(ErrorCode.QUERY_TOO_LARGE, 'platform.queryTooLarge', { tokens: LIMITS.tokens });
    return format(formatted, error);
  };
}
