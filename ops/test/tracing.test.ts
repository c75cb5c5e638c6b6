import { startTracing, tracingConfigured, withTraceHeaders } from '@rv/kit';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TENANTS, seedDemo } from '../src/demo.js';
import { startPlatform } from '../src/platform.js';
import { createDatabase, dropDatabase, freePort } from '../src/postgres.js';
import { TEST_SECRETS, eventually, postGraphQL } from './support/harness.js';

/**
 * Issue 19, observability: OpenTelemetry traces across processes. The gateway and two subgraphs run
 * as separate processes (`node ops/dist/serve.js <name>`) exporting OTLP/HTTP to a tiny receiver on
 * the loopback; one GraphQL request through the gateway must be one trace over all three.
 */
const SERVE = fileURLToPath(new URL('../dist/serve.js', import.meta.url));
const adminUrl = inject('adminUrl');
const name = `o_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const databaseUrl = adminUrl.replace(/\/postgres$/, `/${name}`);
const children: ChildProcess[] = [];

interface ExportedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  attributes: Record<string, unknown>;
}
const received: ExportedSpan[] = [];
let receiver: Server;
let gateway = '';
let inmateId = '';
let inmateName = '';

/** An OTLP/HTTP trace receiver (JSON, what @opentelemetry/exporter-trace-otlp-http sends). */
async function startReceiver(): Promise<string> {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const payload = JSON.parse(body) as { resourceSpans: { resource: { attributes: Attr[] }; scopeSpans: { spans: RawSpan[] }[] }[] };
      for (const { resource, scopeSpans } of payload.resourceSpans) {
        const service = String(value(resource.attributes.find((attribute) => attribute.key === 'service.name')!.value));
        for (const { spans } of scopeSpans)
          for (const span of spans) {
            received.push({
              service,
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId ?? '',
              name: span.name,
              attributes: Object.fromEntries((span.attributes ?? []).map((attribute) => [attribute.key, value(attribute.value)])),
            });
          }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
}
type Attr = { key: string; value: Record<string, unknown> };
type RawSpan = { traceId: string; spanId: string; parentSpanId?: string; name: string; attributes?: Attr[] };
const value = (any: Record<string, unknown>) => Object.values(any)[0];

async function serve(role: string, env: Record<string, string>): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVE, role], {
    env: {
      ...process.env,
      ...env,
      DATABASE_URL: databaseUrl,
      ...{ INTERNAL_SECRET: TEST_SECRETS.internalSecret, TOKEN_SECRET: TEST_SECRETS.tokenSecret },
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  children.push(child);
  const url = `http://127.0.0.1:${port}/graphql`;
  await eventually(async () => {
    if (child.exitCode !== null) throw new Error(`${role} exited: ${output}`);
    const live = await fetch(url.replace('/graphql', '/livez')).catch(() => null);
    expect(live?.status, `${role} not live:\n${output}`).toBe(200);
  }, 120_000);
  return url;
}

beforeAll(async () => {
  await createDatabase(adminUrl, name, inject('templateDatabase'));
  const seeding = await startPlatform({ databaseUrl, ...TEST_SECRETS });
  await seedDemo(seeding, { inmatesPerPrison: 3, detainees: 1 });
  await seeding.close();
  const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: await startReceiver(), OTEL_BSP_SCHEDULE_DELAY: '100' };
  const [prison, judicial] = await Promise.all([serve('prison', otel), serve('judicial', otel)]);
  // Only these two are asked by the request below; the others' URLs lead nowhere.
  const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
  gateway = await serve('gateway', { ...otel, PRISON_URL: prison, JUDICIAL_URL: judicial, DETOX_URL: nowhere, MEDIA_URL: nowhere, DETENTION_URL: nowhere });
  const pool = await import('pg').then(({ default: pg }) => new pg.Pool({ connectionString: databaseUrl, max: 1 }));
  ({ id: inmateId, name: inmateName } = (
    await pool.query('select id, name from prison.inmate where prison_id = $1 order by inmate_number limit 1', [DEMO_TENANTS.prison1.id])
  ).rows[0]);
  await pool.end();
}, 300_000);

afterAll(async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve(null);
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
  receiver?.close();
  await dropDatabase(adminUrl, name);
});

describe('issue 19: OpenTelemetry traces across the gateway and the subgraphs', () => {
  it('one request through the gateway is one trace over the gateway, the prison and the judicial processes, parent to child, with no personal data', async () => {
    const login = await postGraphQL<{ login: { token: string } }>(
      gateway,
      'mutation SignIn($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: 'prison1.reviewer', p: DEMO_PASSWORD },
    );
    expect(login.errors).toBeUndefined();
    const token = login.data!.login.token;
    // Inmate (prison) → its applications (judicial, through _entities): one plan, two subgraphs.
    const read = await postGraphQL(gateway, 'query LookUp($id: ID!) { inmate(id: $id) { name applications { id } } }', { id: inmateId }, token);
    expect(read.errors).toBeUndefined();
    expect(read.data.inmate.name).toBe(inmateName);

    const lookUp = await eventually(() => {
      const root = received.find((span) => span.service === 'gateway' && span.name === 'POST /graphql' && span.attributes['rv.graphql.field'] === 'inmate');
      expect(root).toBeDefined();
      const trace = received.filter((span) => span.traceId === root!.traceId);
      expect(new Set(trace.map((span) => span.service))).toEqual(new Set(['gateway', 'prison', 'judicial']));
      return { root: root!, trace };
    }, 30_000);

    // Parent links: the gateway's server span is the root; each subgraph's server span is a child of a
    // gateway.fetch span of the same trace, which descends from the root.
    const { root, trace } = lookUp;
    expect(root.parentSpanId).toBe('');
    const byId = new Map(trace.map((span) => [span.spanId, span]));
    const ancestry = (span: ExportedSpan): string[] =>
      span.parentSpanId ? [byId.get(span.parentSpanId)!.name, ...ancestry(byId.get(span.parentSpanId)!)] : [];
    for (const subgraph of ['prison', 'judicial']) {
      const served = trace.find((span) => span.service === subgraph && span.name === 'POST /graphql')!;
      expect(served.attributes['rv.service']).toBe(subgraph);
      expect(byId.get(served.parentSpanId)?.name).toBe('gateway.fetch');
      expect(byId.get(served.parentSpanId)?.service).toBe('gateway');
      expect(ancestry(served).at(-1)).toBe('POST /graphql');
    }
    expect(trace.find((span) => span.service === 'judicial')!.attributes['rv.graphql.field']).toBe('_entities');
    expect(trace.map((span) => span.name)).toEqual(expect.arrayContaining(['gateway.request', 'gateway.plan', 'gateway.execute', 'gateway.fetch']));

    // No variables, documents, names, passwords or tokens in any attribute of any span exported.
    const attributes = JSON.stringify(received.map((span) => span.attributes));
    for (const secret of [inmateId, inmateName, DEMO_PASSWORD, 'prison1.reviewer', token, 'applications { id }']) expect(attributes).not.toContain(secret);
    expect(received.some((span) => 'graphql.document' in span.attributes)).toBe(false);
  }, 120_000);

  it('off unless an OTLP endpoint is configured: nothing starts and no trace header is added', async () => {
    expect(tracingConfigured({})).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_SDK_DISABLED: 'true' })).toBe(false);
    expect(await startTracing('test', {})).toBe(false);
    expect(withTraceHeaders({ 'content-type': 'application/json' })).toEqual({ 'content-type': 'application/json' });
  });
});
