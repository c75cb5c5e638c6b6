import { portalsHandler } from '../../src/portals.js';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { IDENTITY_HEADER, signIdentity, type Identity } from '@rv/schema';
import { createDatabase, dropDatabase } from '../../src/postgres.js';
import { startPlatform, type Platform } from '../../src/platform.js';
import { SUBGRAPHS } from '../../src/subgraphs.js';
import { DEMO_PASSWORD, seedDemo, type DemoOptions } from '../../src/demo.js';
import { freshTotpCode } from '../../src/authenticator.js';

export const TEST_SECRETS = { internalSecret: 'test-internal-secret-0123456789abcdef', tokenSecret: 'test-token-secret-0123456789abcdef' };

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestPlatform {
  platform: Platform;
  databaseUrl: string;
  /** A direct connection, for checking what was (not) written. */
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** Retries an assertion until it passes or the time is up (event delivery is asynchronous). */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: any = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: response.status, ...body };
}

/**
 * A query sent straight to one subgraph, signed as the gateway signs it: for this subgraph and this
 * body, once. `headers` come back so a test can replay or alter them.
 */
export function signedForSubgraph(subgraph: string, identity: Identity, query: string, variables?: Record<string, unknown>) {
  const body = JSON.stringify({ query, variables });
  return {
    body,
    headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(identity, TEST_SECRETS.internalSecret, { audience: subgraph, body }) },
  };
}

/** Posts a prepared body with prepared headers (a replay, or a body altered after signing). */
export async function postRaw<T = any>(url: string, body: string, headers: Record<string, string>): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  let parsed: any = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { errors: [{ message: text }] };
  }
  return { status: response.status, ...parsed };
}

/** One subgraph called directly with a freshly signed identity. */
export function postToSubgraph<T = any>(
  t: TestPlatform,
  subgraph: string,
  identity: Identity,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const { body, headers } = signedForSubgraph(subgraph, identity, query, variables);
  return postRaw<T>(t.platform.subgraphs[subgraph].url, body, headers);
}

/**
 * A whole platform (four subgraphs and the gateway) on free loopback ports, on a fresh copy of
 * the migrated template database, optionally with the demo province loaded (smaller).
 */
export async function givenPlatform(options: { demo?: DemoOptions | false; reconnectDelayMs?: number; gatewayHost?: string } = {}): Promise<TestPlatform> {
  const adminUrl = inject('adminUrl');
  const name = `t_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await createDatabase(adminUrl, name, inject('templateDatabase'));
  const databaseUrl = adminUrl.replace(/\/postgres$/, `/${name}`);
  const platform = await startPlatform({
    databaseUrl,
    ...TEST_SECRETS,
    reconnectDelayMs: options.reconnectDelayMs,
    gatewayHost: options.gatewayHost,
    fallback: portalsHandler(),
    trustedProxyHops: 1,
  });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  // A test that cuts the database's connections (an outage) must not crash the run through this idle pool.
  pool.on('error', () => undefined);
  const sql = async (text: string, params?: unknown[]) => (await pool.query(text, params)).rows;
  if (options.demo !== false) {
    const demo = { inmatesPerPrison: 20, detainees: 5, ...(options.demo ?? {}) };
    await seedDemo(platform, demo);
    const expected = demo.inmatesPerPrison * 2 + demo.detainees;
    await eventually(async () => {
      // The subject directory is filled from registration events by the judicial consumer.
      const [{ count }] = await sql('select count(*)::int as count from judicial.subject_ref');
      if (count !== expected) throw new Error(`subject directory has ${count} of ${expected}`);
    }, 30_000);
  }
  const gql = <T>(query: string, variables?: Record<string, unknown>, token?: string) => postGraphQL<T>(platform.gateway.url, query, variables, token);
  const signedIn = new Map<string, string>();
  return {
    platform,
    databaseUrl,
    sql,
    gql,
    async login(username, password = DEMO_PASSWORD) {
      // A code signs in once (issue 15): a token of this file's earlier sign-in is reused while it still works.
      const cached = signedIn.get(`${username}\n${password}`);
      if (cached && !(await gql('{ me { id } }', {}, cached)).errors) return cached;
      // Demo administrators and supervisors give their authenticator code (issue 15); others ignore it.
      const result = await gql<{ login: { token: string; step: string } }>(
        'mutation($u: String!, $p: String!, $c: String) { login(username: $u, password: $p, totpCode: $c) { token step } }',
        { u: username, p: password, c: await freshTotpCode(username) },
      );
      if (!result.data) throw new Error(`login ${username} failed: ${JSON.stringify(result.errors)}`);
      if (result.data.login.step !== 'DONE') throw new Error(`login ${username} stopped at ${result.data.login.step}`);
      signedIn.set(`${username}\n${password}`, result.data.login.token);
      return result.data.login.token;
    },
    async close() {
      await platform.close();
      await pool.end();
      await dropDatabase(adminUrl, name);
    },
  };
}

/** Events some consumer has not passed yet: (consumer, source, events) for every cursor that lags
 * (nothing lagging: every event written so far has been consumed, e.g. the audit trail is complete). */
export async function outboxLag(sql: TestPlatform['sql']): Promise<{ consumer: string; source: string; events: number }[]> {
  const lagging: { consumer: string; source: string; events: number }[] = [];
  for (const {
    definition: { schema: consumer },
  } of SUBGRAPHS) {
    for (const { source } of await sql<{ source: string }>(`select source from "${consumer}"."event_cursor"`)) {
      const [{ events }] = await sql<{ events: number }>(
        `select count(*)::int as events from "${source}"."outbox" o
        where o.xid >= (select horizon from "${consumer}"."event_cursor" where source = $1)`,
        [source],
      );
      if (events) lagging.push({ consumer, source, events });
    }
  }
  return lagging;
}
