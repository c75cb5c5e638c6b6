import { startGateway } from '@rv/gateway';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenPlatform, postGraphQL, TEST_SECRETS, type TestPlatform } from './support/harness.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await givenPlatform();
});
afterAll(async () => {
  await t?.close();
});

async function raw(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(t.platform.gateway.url, { method: 'POST', headers, body });
  return { status: response.status, body: await response.json().catch(() => null) };
}

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;

describe('no input produces an HTTP 500', () => {
  it('malformed JSON and a missing query are 400s', async () => {
    expect((await raw('{"query": ')).status).toBe(400);
    expect((await raw('{}')).status).toBe(400);
    expect((await raw('{"query": "{ prisons { id }"}')).body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('a body over the size limit is refused with 413', async () => {
    const result = await raw(JSON.stringify({ query: '{ prisons { id } }', variables: { pad: 'x'.repeat(300 * 1024) } }));
    expect(result.status).toBe(413);
    expect(result.body.errors[0]).toEqual({
      message: '请求过大',
      extensions: { code: 'PAYLOAD_TOO_LARGE', messageKey: 'platform.payloadTooLarge', params: {} },
    });
  });

  it('too deep, too many aliases, too long: each with its own code', async () => {
    const token = await t.login('province.supervisor');
    let nested = 'id';
    for (let i = 0; i < 6; i++) nested = `id subject { ... on Inmate { applications { ${nested} } } }`;
    const deep = await t.gql(`{ applications { ${nested} } }`, {}, token);
    expect(deep.status).toBe(400);
    expect(deep.errors?.map((error) => error.extensions?.code)).toContain('QUERY_TOO_DEEP');
    const aliases = await t.gql(`{ ${Array.from({ length: 20 }, (_, i) => `a${i}: prisons { id }`).join(' ')} }`);
    expect(code(aliases)).toBe('TOO_MANY_ALIASES');
    // Each refusal carries its key and parameters for the portals; the message is Chinese only.
    expect(aliases.errors?.[0]).toMatchObject({ message: '别名过多（超过15个）', extensions: { messageKey: 'platform.tooManyAliases', params: { n: 15 } } });
    const long = await t.gql(`{ prisons { ${Array.from({ length: 4000 }, () => 'id').join(' ')} } }`);
    expect(long.status).toBe(400);
    expect(code(long)).toBe('QUERY_TOO_LARGE');
    expect(long.errors?.[0].extensions).toMatchObject({ messageKey: 'platform.queryTooLarge', params: { tokens: 3000 } });
  });

  it('unknown fields are refused without suggesting real ones', async () => {
    const result = await t.gql('{ prison { id } }');
    expect(result.status).toBe(400);
    expect(result.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('introspection is available in development and off in production', async () => {
    const introspect = '{ __schema { queryType { name } } }';
    expect((await t.gql(introspect)).data.__schema.queryType.name).toBe('Query');
    const subgraphUrls = Object.fromEntries(Object.entries(t.platform.subgraphs).map(([name, s]) => [name, s.url]));
    const production = await startGateway({ subgraphUrls, ...TEST_SECRETS, databaseUrl: t.databaseUrl, introspection: false });
    try {
      const result = await postGraphQL(production.url, introspect);
      expect(result.status).toBe(400);
      expect(result.data).toBeUndefined();
    } finally {
      await production.close();
    }
  });

  it('a subgraph that is down gives SERVICE_UNAVAILABLE for its fields, and the rest still answers', async () => {
    await t.platform.subgraphs.media.close();
    const token = await t.login('province.supervisor');
    const result = await t.gql('{ meetings(date: "2026-12-01") { id } }', {}, token);
    expect(result.status).toBe(200);
    expect(code(result)).toBe('SERVICE_UNAVAILABLE');
    expect(result.errors?.[0].message).toBe('media 服务暂不可用，请稍后再试');
    expect(result.errors?.[0].extensions).toMatchObject({ messageKey: 'platform.serviceUnavailable', params: { service: 'media' } });
    const rest = await t.gql('{ prisons { name } }', {}, token);
    expect(rest.data.prisons).toHaveLength(2);
  });
});

describe('the gateway works on a bounded number of requests at a time (issue 16)', () => {
  /** A gateway that works on one GraphQL request at a time, and a request to it that stays in progress until released. */
  async function oneAtATime(maxWaitMs: number) {
    const subgraphUrls = Object.fromEntries(Object.entries(t.platform.subgraphs).map(([name, s]) => [name, s.url]));
    const gateway = await startGateway({ subgraphUrls, ...TEST_SECRETS, databaseUrl: t.databaseUrl, requestLine: { maxRequests: 1, maxWaitMs } });
    // The prisons' table locked: a request reading it waits in PostgreSQL until the lock goes.
    const locker = new pg.Client({ connectionString: t.databaseUrl });
    await locker.connect();
    await locker.query('begin');
    await locker.query('lock table prison.prison in access exclusive mode');
    const held = postGraphQL(gateway.url, '{ prisons { name } }');
    while ((await locker.query(`select count(*)::int as n from pg_locks where relation = 'prison.prison'::regclass and not granted`)).rows[0].n === 0)
      await new Promise((resolve) => setTimeout(resolve, 20));
    let released = false;
    return {
      gateway,
      held,
      /** Ends the lock (once; also after a failed assertion, so the other tests are not held). */
      async release() {
        if (released) return;
        released = true;
        await locker.query('commit');
        await locker.end();
      },
    };
  }

  it('a request waits for its turn and is answered once the one before it ends', async () => {
    const { gateway, held, release } = await oneAtATime(30_000);
    try {
      // Judicial's county bureaus do not touch the locked table: only the line keeps this one waiting.
      const next = postGraphQL(gateway.url, '{ countyBureaus { id } }');
      const first = await Promise.race([next.then(() => 'answered'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 400))]);
      expect(first).toBe('waiting');
      await release();
      expect((await held).data.prisons).toHaveLength(2);
      expect((await next).data.countyBureaus.length).toBeGreaterThan(0);
    } finally {
      await release();
      await gateway.close();
    }
  });

  it('a request that waits longer than the limit is told the platform is busy (503), and the line goes on', async () => {
    const { gateway, held, release } = await oneAtATime(300);
    try {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ countyBureaus { id } }' }),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await response.json()).toEqual({
        errors: [{ message: '系统繁忙，请稍后再试', extensions: { code: 'SERVICE_UNAVAILABLE', messageKey: 'platform.busy', params: {} } }],
      });
      await release();
      expect((await held).data.prisons).toHaveLength(2);
      // The line is free again: the next request is answered at once.
      expect((await postGraphQL(gateway.url, '{ countyBureaus { id } }')).data.countyBureaus.length).toBeGreaterThan(0);
    } finally {
      await release();
      await gateway.close();
    }
  });
});
