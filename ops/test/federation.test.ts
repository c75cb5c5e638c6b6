import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSupergraph, signIdentity, IDENTITY_HEADER } from '@rv/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, SUBGRAPH_SDL_DIR } from '../src/compose.js';
import { DEMO_TENANTS } from '../src/demo.js';
import {
  TEST_SECRETS,
  givenPlatform,
  postGraphQL,
  postRaw,
  postToSubgraph,
  signedForSubgraph,
  type GraphQLResponse,
  type TestPlatform,
} from './support/harness.js';
import { givenInmate, givenRelatives, givenServiceDay, submit } from './support/scenario.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await givenPlatform();
});
afterAll(async () => {
  await t?.close();
});

describe('composition', () => {
  it('the checked-in supergraph and subgraph schemas are what the subgraphs produce now (run `npm run compose`)', async () => {
    const { supergraphSdl, subgraphSdl } = await composeSupergraph();
    expect(readSupergraph()).toBe(supergraphSdl);
    for (const [name, sdl] of Object.entries(subgraphSdl)) {
      expect(await readFile(join(SUBGRAPH_SDL_DIR, `${name}.graphql`), 'utf8')).toBe(sdl);
    }
  });
});

describe('federation across subgraphs', () => {
  it('judicial → prison: an application resolves its subject, an inmate owned by the prison subgraph', async () => {
    const proxy = await t.login('proxy');
    const subjectId = await givenInmate(t, 'prison1', 1);
    const day = await givenServiceDay(t, 'prison1', 1);
    await givenRelatives(t, subjectId, [{ name: '王芳', idNumber: '11010519491231002X', relation: 'PARENT' }]);
    const result = await t.gql(
      `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) {
        subject { __typename ... on Inmate { id inmateNumber ward { name } } } } }`,
      {
        input: {
          subjectId,
          serviceDayId: day.id,
          venueId: DEMO_TENANTS.bureau1.id,
          idempotencyKey: 'fed-judicial-prison',
          visitors: [{ name: '王芳', idNumber: '11010519491231002X', relation: 'PARENT' }],
        },
      },
      proxy,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.submitApplication.subject).toMatchObject({ __typename: 'Inmate', id: subjectId, ward: { name: expect.stringMatching(/监区$/) } });
  });

  it('prison → judicial: an inmate lists its applications, contributed by the judicial subgraph', async () => {
    const proxy = await t.login('proxy');
    const subjectId = await givenInmate(t, 'prison1', 2);
    const day = await givenServiceDay(t, 'prison1', 2);
    const submitted = await submit(t, proxy, { subjectId, serviceDayId: day.id, idempotencyKey: 'fed-prison-judicial' });
    const reviewer = await t.login('prison1.reviewer');
    const result = await t.gql('query($id: ID!) { inmate(id: $id) { name applications { id status serviceDay { date } } } }', { id: subjectId }, reviewer);
    expect(result.errors).toBeUndefined();
    expect(result.data.inmate.applications).toEqual([{ id: submitted.data.submitApplication.id, status: 'SUBMITTED', serviceDay: { date: day.date } }]);
  });

  it('a detox detainee is an entity of the detox subgraph, readable by its own centre', async () => {
    const staff = await t.login('detox1.reviewer');
    const result = await t.gql('{ detainees(limit: 2) { name detaineeNumber idNumberMasked centre { name } applications { id } } }', {}, staff);
    expect(result.errors).toBeUndefined();
    expect(result.data.detainees).toHaveLength(2);
    expect(result.data.detainees[0].centre.name).toBe(DEMO_TENANTS.detox1.name);
    expect(result.data.detainees[0].idNumberMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  });
});

describe('subgraphs accept only the gateway', () => {
  const query = '{ prisons { id name } }';

  it('an unsigned request straight to a subgraph port gets nothing', async () => {
    const direct = await postGraphQL(t.platform.subgraphs.prison.url, query);
    expect(direct.status).toBe(401);
    expect(direct.data).toBeUndefined();
    expect(direct.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a header signed with the wrong secret, or a tampered one, is refused', async () => {
    const staff = { accountId: 'x', tenantKind: 'PROVINCE' as const, tenantId: DEMO_TENANTS.province.id, roles: ['ADMIN' as const] };
    const body = JSON.stringify({ query: '{ applications { id } }' });
    const forged = await postRaw(t.platform.subgraphs.judicial.url, body, {
      'content-type': 'application/json',
      [IDENTITY_HEADER]: signIdentity(staff, 'not-the-secret', { audience: 'judicial', body }),
    });
    expect(forged.status).toBe(401);
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', messageKey: 'security.identity.forged' });
    const genuine = signedForSubgraph('judicial', { ...staff, roles: ['MONITOR'] }, '{ applications { id } }');
    const [payload, mac] = genuine.headers[IDENTITY_HEADER].split('.');
    const tampered = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), roles: ['ADMIN'] })).toString('base64url');
    const result = await postRaw(t.platform.subgraphs.judicial.url, genuine.body, { ...genuine.headers, [IDENTITY_HEADER]: `${tampered}.${mac}` });
    expect(result.status).toBe(401);
    expect(result.data).toBeUndefined();
  });
});

describe('a captured identity header is good for one request only (issue 19)', () => {
  const clerk = () => ({ accountId: 'x', tenantKind: 'PRISON' as const, tenantId: DEMO_TENANTS.prison1.id, roles: ['REVIEWER' as const] });
  const refusal = (result: GraphQLResponse) => ({
    status: result.status,
    code: result.errors?.[0].extensions?.code,
    key: result.errors?.[0].extensions?.messageKey,
    data: result.data,
  });

  it('sent once it works; replayed to the same subgraph it is refused', async () => {
    const signed = signedForSubgraph('prison', clerk(), '{ prisons { id } }');
    const first = await postRaw(t.platform.subgraphs.prison.url, signed.body, signed.headers);
    expect(first.errors).toBeUndefined();
    expect(first.data.prisons.length).toBeGreaterThan(1);
    const replay = await postRaw(t.platform.subgraphs.prison.url, signed.body, signed.headers);
    expect(refusal(replay)).toEqual({ status: 401, code: 'UNAUTHENTICATED', key: 'security.identity.replayed', data: undefined });
  });

  it('replayed to another subgraph it is refused', async () => {
    const signed = signedForSubgraph('prison', clerk(), '{ __typename }');
    const elsewhere = await postRaw(t.platform.subgraphs.judicial.url, signed.body, signed.headers);
    expect(refusal(elsewhere)).toEqual({ status: 401, code: 'UNAUTHENTICATED', key: 'security.identity.wrongAudience', data: undefined });
  });

  it('with another body (another query, other variables) it is refused', async () => {
    const signed = signedForSubgraph('prison', clerk(), '{ prisons { id } }');
    const altered = await postRaw(t.platform.subgraphs.prison.url, JSON.stringify({ query: '{ inmates(limit: 50) { id name idNumber } }' }), signed.headers);
    expect(refusal(altered)).toEqual({ status: 401, code: 'UNAUTHENTICATED', key: 'security.identity.bodyMismatch', data: undefined });
  });

  it('older than 30 seconds it is refused', async () => {
    const body = JSON.stringify({ query: '{ prisons { id } }' });
    const stale = signIdentity(clerk(), TEST_SECRETS.internalSecret, { audience: 'prison', body, now: Date.now() - 31_000 });
    const result = await postRaw(t.platform.subgraphs.prison.url, body, { 'content-type': 'application/json', [IDENTITY_HEADER]: stale });
    expect(refusal(result)).toEqual({ status: 401, code: 'UNAUTHENTICATED', key: 'security.identity.expired', data: undefined });
  });

  it('a GET, or a body too large, is refused with a code, never 500', async () => {
    const get = await fetch(`${t.platform.subgraphs.prison.url}?query=%7B__typename%7D`);
    expect(get.status).toBe(405);
    const huge = await postRaw(t.platform.subgraphs.prison.url, JSON.stringify({ query: `{ __typename } #${'x'.repeat(300_000)}` }), {
      'content-type': 'application/json',
    });
    expect({ status: huge.status, code: huge.errors?.[0].extensions?.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });
});

describe('through the gateway', () => {
  const query = '{ prisons { id name } }';

  it('through the gateway the same public query works without signing in', async () => {
    const result = await t.gql(query);
    expect(result.errors).toBeUndefined();
    expect(result.data.prisons.map((p: any) => p.name)).toEqual(expect.arrayContaining([DEMO_TENANTS.prison1.name, DEMO_TENANTS.prison2.name]));
  });

  it('a proxied path that climbs out of its prefix (/recordings/../healthz, encoded or not) is refused, never passed on', async () => {
    const { request } = await import('node:http');
    const origin = new URL(t.platform.gateway.url);
    const statusOf = (path: string) =>
      new Promise<number>((resolve, reject) => {
        request({ host: origin.hostname, port: origin.port, path, method: 'GET' }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        })
          .on('error', reject)
          .end();
      });
    expect(await statusOf('/recordings/../healthz')).toBe(400);
    expect(await statusOf('/recordings/%2e%2e/healthz')).toBe(400);
    expect(await statusOf('/recordings/..%2fhealthz')).toBe(400);
  });

  it('health endpoints answer', async () => {
    const gateway = await fetch(t.platform.gateway.url.replace('/graphql', '/healthz'));
    // No Janus in this test: ready, but degraded (meetings fail, the rest works).
    expect(gateway.status).toBe(200);
    expect(await gateway.json()).toMatchObject({
      status: 'degraded',
      listening: true,
      subgraphs: { prison: { status: 'ok', checks: { postgres: 'ok' } }, media: { status: 'degraded', checks: { postgres: 'ok', janus: 'down' } } },
    });
    expect((await fetch(t.platform.gateway.url.replace('/graphql', '/livez'))).status).toBe(200);
    const subgraph = await fetch(t.platform.subgraphs.media.url.replace('/graphql', '/healthz'));
    expect(subgraph.status).toBe(200);
  });
});

describe('issue 16: an operation one subgraph answers whole passes through the gateway', () => {
  const passedTo = async (service: string) => {
    const text = await (await fetch(new URL('/metrics', t.platform.gateway.url))).text();
    return Number(text.match(new RegExp(`^rv_gateway_single_fetch_total\\{service="${service}"\\} (\\d+)$`, 'm'))?.[1] ?? 0);
  };
  /** The first asking plans and runs the gateway's own way; the second passes through. */
  const twice = async (query: string, variables: Record<string, unknown>, token: string) => {
    const first = await t.gql(query, variables, token);
    const before = await passedTo('prison');
    const second = await t.gql(query, variables, token);
    return { first, second, passed: (await passedTo('prison')) - before };
  };

  it('answers exactly as the gateway’s own execution: aliases, fragments, variables; a refusal the same way', async () => {
    const reviewer = await t.login('prison1.reviewer');
    const query = `query Mine($s: String, $none: String) {
      mine: inmates(search: $s, limit: 3) { id ...Number }
      none: inmates(search: $none) { id }
    }
    fragment Number on Inmate { inmateNumber custodyStatus }`;
    const read = await twice(query, { s: null, none: '查无此人' }, reviewer);
    expect(read.passed).toBe(1);
    expect(read.second).toEqual(read.first);
    expect(read.first.data.mine).toHaveLength(3);
    expect(Object.keys(read.first.data.mine[0])).toEqual(['id', 'inmateNumber', 'custodyStatus']);
    expect(read.first.data.none).toEqual([]);
    // Another prison's inmate: refused by the prison subgraph, marked with its name, both ways.
    const refused = await twice('query($id: ID!) { inmate(id: $id) { name } }', { id: await givenInmate(t, 'prison2', 1) }, reviewer);
    expect(refused.passed).toBe(1);
    expect(refused.second).toEqual(refused.first);
    expect(refused.first.errors).toEqual([
      { message: '无权访问此数据', path: ['inmate'], extensions: { code: 'FORBIDDEN', messageKey: 'error.forbidden', params: {}, serviceName: 'prison' } },
    ]);
  });

  it('a refused mutation answers the same both ways; an operation needing two subgraphs never passes through', async () => {
    const reviewer = await t.login('prison1.reviewer');
    const refused = await twice('mutation($id: ID!) { cancelOfficialSession(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000999' }, reviewer);
    expect(refused.passed).toBe(1);
    expect(refused.second).toEqual(refused.first);
    expect(refused.first.errors?.[0].extensions?.serviceName).toBe('prison');
    const across = await twice('{ inmates(limit: 2) { id applications { id } } }', {}, reviewer);
    expect(across.passed).toBe(0);
    expect(across.second).toEqual(across.first);
  });

  it('a subgraph in the gateway’s process is called in place: no request reaches its port, and the answer is what its port gives the same caller', async () => {
    const reviewer = await t.login('prison1.reviewer');
    const claims = JSON.parse(Buffer.from(reviewer.split('.')[1], 'base64url').toString('utf8'));
    const identity = { accountId: claims.sub, tenantKind: claims.tk, tenantId: claims.tid, roles: claims.roles };
    const query = '{ inmates(limit: 3) { id name custodyStatus } }';
    const received: string[] = [];
    const count = (request: { url?: string }) => received.push(request.url ?? '');
    t.platform.subgraphs.prison.server.on('request', count);
    try {
      const inPlace = await t.gql(query, {}, reviewer);
      expect(received).toEqual([]);
      const overHttp = await postToSubgraph(t, 'prison', identity, query);
      expect(received).toEqual(['/graphql']);
      expect(inPlace.data.inmates).toHaveLength(3);
      expect(inPlace.data).toEqual(overHttp.data);
      expect(inPlace.errors).toBeUndefined();
    } finally {
      t.platform.subgraphs.prison.server.off('request', count);
    }
  });

  it('the same new operation asked many times at once takes the gateway’s full path once; the others wait for its route and pass through', async () => {
    const reviewer = await t.login('prison1.reviewer');
    const query = 'query AtOnce { inmates(limit: 2) { id inmateNumber } }';
    const before = await passedTo('prison');
    const answers = await Promise.all(Array.from({ length: 8 }, () => t.gql(query, {}, reviewer)));
    expect((await passedTo('prison')) - before).toBe(7);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0].data.inmates).toHaveLength(2);
  });

  it('a document the subgraph cannot read whole (another operation in it names another subgraph’s field) falls back to the gateway’s own execution', async () => {
    const reviewer = await t.login('prison1.reviewer');
    const document = 'query Mine { inmates(limit: 1) { id } } query Theirs { applications(limit: 1) { id } }';
    const ask = async () => {
      const response = await fetch(t.platform.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${reviewer}` },
        body: JSON.stringify({ query: document, operationName: 'Mine' }),
      });
      return { status: response.status, ...(await response.json()) };
    };
    const first = await ask();
    const before = await passedTo('prison');
    const second = await ask(); // sent whole, refused by the prison subgraph's validation (nothing ran), then planned
    const third = await ask(); // remembered: planned at once
    expect((await passedTo('prison')) - before).toBe(0);
    expect(first.errors).toBeUndefined();
    expect(first.data.inmates).toHaveLength(1);
    expect([second, third]).toEqual([first, first]);
  });
});
