import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSupergraph, signIdentity, IDENTITY_HEADER } from '@rv/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, SUBGRAPH_SDL_DIR } from '../src/compose.js';
import { DEMO_TENANTS } from '../src/demo.js';
import { givenPlatform, postGraphQL, type TestPlatform } from './support/harness.js';
import { givenInmate, givenRelatives, givenServiceDay, submit } from './support/scenario.js';

let t: TestPlatform;
beforeAll(async () => { t = await givenPlatform(); });
afterAll(async () => { await t?.close(); });

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
    const result = await t.gql(`mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) {
        subject { __typename ... on Inmate { id inmateNumber ward { name } } } } }`,
      { input: { subjectId, serviceDayId: day.id, venueId: DEMO_TENANTS.bureau1.id, idempotencyKey: 'fed-judicial-prison', visitors: [{ name: '王芳', idNumber: '11010519491231002X', relation: 'PARENT' }] } }, proxy);
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
    const forged = await postGraphQL(t.platform.subgraphs.judicial.url, '{ applications { id } }', {}, undefined, { [IDENTITY_HEADER]: signIdentity(staff, 'not-the-secret') });
    expect(forged.status).toBe(401);
    const genuine = signIdentity({ ...staff, roles: ['MONITOR'] }, 'test-internal-secret-0123456789abcdef');
    const [body, mac] = genuine.split('.');
    const tampered = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), roles: ['ADMIN'] })).toString('base64url');
    const result = await postGraphQL(t.platform.subgraphs.judicial.url, '{ applications { id } }', {}, undefined, { [IDENTITY_HEADER]: `${tampered}.${mac}` });
    expect(result.status).toBe(401);
  });

  it('through the gateway the same public query works without signing in', async () => {
    const result = await t.gql(query);
    expect(result.errors).toBeUndefined();
    expect(result.data.prisons.map((p: any) => p.name)).toEqual(expect.arrayContaining([DEMO_TENANTS.prison1.name, DEMO_TENANTS.prison2.name]));
  });

  it('health endpoints answer', async () => {
    const gateway = await fetch(t.platform.gateway.url.replace('/graphql', '/healthz'));
    expect(await gateway.json()).toMatchObject({ status: 'ok', listening: true });
    const subgraph = await fetch(t.platform.subgraphs.media.url.replace('/graphql', '/healthz'));
    expect(subgraph.status).toBe(200);
  });
});
