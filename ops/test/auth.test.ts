import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TENANTS } from '../src/demo.js';
import { givenPlatform, postGraphQL, type GraphQLResponse, type TestPlatform } from './support/harness.js';
import { givenInmate, givenServiceDay, residentIdNumber, submit } from './support/scenario.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await givenPlatform();
});
afterAll(async () => {
  await t?.close();
});

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token account { username roles tenantKind } } }';

describe('login', () => {
  it('a correct password gives a token that the gateway accepts', async () => {
    const result = await t.gql(LOGIN, { u: 'prison1.reviewer', p: DEMO_PASSWORD });
    expect(result.data.login.account).toEqual({ username: 'prison1.reviewer', roles: ['REVIEWER'], tenantKind: 'PRISON' });
    const me = await t.gql('{ me { username } }', {}, result.data.login.token);
    expect(me.data.me.username).toBe('prison1.reviewer');
  });

  /** A sign-in from a given client address (the test gateway believes one X-Forwarded-For hop). */
  const loginFrom = (client: string, u: string, p: string) => postGraphQL(t.platform.gateway.url, LOGIN, { u, p }, undefined, { 'x-forwarded-for': client });
  const answer = (result: GraphQLResponse) => ({ message: result.errors?.[0].message, extensions: result.errors?.[0].extensions, data: result.data });

  it('an unknown user and a wrong password give the same answer: no attemptsLeft, nothing that tells an account exists', async () => {
    const unknown = await loginFrom('198.51.100.1', 'nobody', 'x');
    const wrong = await loginFrom('198.51.100.2', 'bureau3.clerk', 'x');
    expect(answer(unknown)).toEqual({
      message: '用户名或密码错误',
      extensions: { code: 'BAD_CREDENTIALS', messageKey: 'account.wrongCredentials', params: {}, serviceName: 'judicial' },
      data: null,
    });
    expect(answer(wrong)).toEqual(answer(unknown));
    // And after the free failures, both are slowed down alike.
    const laterUnknown: unknown[] = [];
    const laterWrong: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      laterUnknown.push(answer(await loginFrom('198.51.100.1', 'nobody', `x${i}`)).extensions?.code);
      laterWrong.push(answer(await loginFrom('198.51.100.2', 'bureau3.clerk', `x${i}`)).extensions?.code);
    }
    expect(laterUnknown).toEqual(['BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'TOO_MANY_REQUESTS']);
    expect(laterWrong).toEqual(laterUnknown);
    // The wait is one second at first; after it the right password works from the same client.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await loginFrom('198.51.100.2', 'bureau3.clerk', DEMO_PASSWORD)).errors).toBeUndefined();
  });

  it('wrong passwords slow the guesser (1 s, 2 s, 4 s …) instead of locking the account; the officer signs in from their own client meanwhile', async () => {
    const attacker = '203.0.113.66';
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await loginFrom(attacker, 'bureau2.clerk', `wrong-${i}`)).errors![0].extensions!.code as string);
    expect(codes).toEqual(['BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    const slowed = await loginFrom(attacker, 'bureau2.clerk', DEMO_PASSWORD);
    expect(slowed.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', messageKey: 'security.login.slowDown', retryAfterSeconds: 1 });
    expect(slowed.errors?.[0].message).toBe('登录失败次数较多，请1秒后再试');
    // Hammering on from the attacker's client changes nothing for the officer at their own desk.
    await Promise.all(Array.from({ length: 20 }, (_, i) => loginFrom(attacker, 'bureau2.clerk', `more-${i}`)));
    const officer = await loginFrom('192.0.2.10', 'bureau2.clerk', DEMO_PASSWORD);
    expect(officer.errors).toBeUndefined();
    expect(officer.data.login.account.username).toBe('bureau2.clerk');
    // The account itself is never locked (nothing written on it).
    expect(await t.sql(`select token_version, active from judicial.account where username = 'bureau2.clerk'`)).toEqual([{ token_version: 0, active: true }]);
    // Issue 19: there is no lock to keep (Migration20261203203000 dropped the unused failed_logins / locked_until).
    expect(
      await t.sql(
        `select column_name from information_schema.columns where table_schema = 'judicial' and table_name = 'account' and column_name in ('failed_logins', 'locked_until')`,
      ),
    ).toEqual([]);
  });

  it('300 sign-ins for different usernames from one client: the first 30 failures are answered, the rest refused without checking a password', async () => {
    const client = '203.0.113.99';
    const started = Date.now();
    const results = [];
    for (let i = 0; i < 300; i++) results.push(await loginFrom(client, `guess${i}`, 'Password1'));
    const codes = results.map((result) => result.errors?.[0].extensions?.code);
    expect(codes.filter((code) => code === 'BAD_CREDENTIALS')).toHaveLength(30);
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(270);
    expect(results[299].errors?.[0].extensions).toMatchObject({ messageKey: 'security.login.tooManyFromClient', params: { minutes: 10 } });
    console.log(`300 sign-ins from one client: ${Date.now() - started} ms`);
    // Another client is not affected; a real officer there signs in.
    expect((await loginFrom('192.0.2.11', 'bureau1.clerk', DEMO_PASSWORD)).errors).toBeUndefined();
  });

  it('concurrent wrong guesses from one client cannot slip past its limit', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => loginFrom('203.0.113.150', `storm${i}`, `guess-${i}`)));
    const codes = results.map((result) => result.errors?.[0].extensions?.code);
    expect(codes.filter((code) => code === 'BAD_CREDENTIALS')).toHaveLength(30);
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(20);
  });

  it('a forged or expired token is refused with UNAUTHENTICATED, not a 500', async () => {
    const result = await t.gql('{ me { username } }', {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad');
    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('real-name registration', () => {
  const REGISTER = `mutation($u: String!, $p: String!, $n: String!, $i: String!, $ph: String!) {
    registerProxy(username: $u, password: $p, name: $n, idNumber: $i, phone: $ph) { token account { username roles phoneMasked } } }`;
  const FAMILY = { u: 'zhou.family', p: 'Zhou2026family', n: '周建国', i: residentIdNumber('440103', '19720909', 81), ph: '13912345678' };

  it('GD-16 / GD-18: a family’s proxy opens a real-name account (valid ID number, mobile) and may apply at once', async () => {
    const code = (result: any) => result.errors?.[0].extensions?.code;
    expect(code(await t.gql(REGISTER, { ...FAMILY, i: '440103197209090810' }))).toBe('BAD_USER_INPUT'); // checksum
    expect(code(await t.gql(REGISTER, { ...FAMILY, ph: '1391234567' }))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(REGISTER, { ...FAMILY, p: 'password' }))).toBe('BAD_USER_INPUT');
    const registered = await t.gql(REGISTER, FAMILY);
    expect(registered.data.registerProxy.account).toEqual({ username: 'zhou.family', roles: ['PROXY'], phoneMasked: '139****5678' });
    // One account per person, one person per username.
    expect(code(await t.gql(REGISTER, { ...FAMILY, u: 'zhou.family2' }))).toBe('CONFLICT');
    expect(code(await t.gql(REGISTER, { ...FAMILY, i: residentIdNumber('440103', '19720909', 82) }))).toBe('CONFLICT');
    const [row] = await t.sql('select count(*)::int as n from judicial.account where username like $1', ['zhou.family%']);
    expect(row.n).toBe(1);
    const applied = await submit(t, registered.data.registerProxy.token, {
      subjectId: await givenInmate(t, 'prison1', 9),
      serviceDayId: (await givenServiceDay(t, 'prison1', 4)).id,
      idempotencyKey: 'registered-family',
    });
    expect(applied.errors).toBeUndefined();
  });
});

describe('tenant isolation', () => {
  it('a prison sees only its own inmates', async () => {
    const prison2 = await t.login('prison2.reviewer');
    const foreign = await givenInmate(t, 'prison1', 0);
    const denied = await t.gql('query($id: ID!) { inmate(id: $id) { name } }', { id: foreign }, prison2);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const list = await t.gql('{ inmates(limit: 200) { id } }', {}, prison2);
    const own = await t.sql('select id from prison.inmate where prison_id = $1', [DEMO_TENANTS.prison2.id]);
    expect(list.data.inmates.map((i: any) => i.id).sort()).toEqual(own.map((r) => r.id).sort());
  });

  it('the prison bureau sees the inmates of every prison; a county bureau sees none', async () => {
    const bureauOfPrisons = await t.login('prisonBureau.supervisor');
    expect((await t.gql('{ inmates(limit: 200) { id } }', {}, bureauOfPrisons)).data.inmates).toHaveLength(40);
    const county = await t.login('bureau1.clerk');
    expect((await t.gql('{ inmates { id } }', {}, county)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a bureau sees only the applications at its counter; the family only its own; the auditor none', async () => {
    const proxy = await t.login('proxy');
    const submitted = await submit(t, proxy, {
      subjectId: await givenInmate(t, 'prison2', 3),
      serviceDayId: (await givenServiceDay(t, 'prison2', 3)).id,
      idempotencyKey: 'isolation-1',
    });
    const id = submitted.data.submitApplication.id;
    const read = (token: string) => t.gql('query($id: ID!) { application(id: $id) { id } }', { id }, token);
    expect((await read(await t.login('bureau1.clerk'))).data.application.id).toBe(id);
    expect((await read(await t.login('bureau2.clerk'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await read(await t.login('prison2.reviewer'))).data.application.id).toBe(id);
    expect((await read(await t.login('prison1.reviewer'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await read(await t.login('detoxBureau.supervisor'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await read(await t.login('province.auditor'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await read(await t.login('province.supervisor'))).data.application.id).toBe(id);
    const anonymous = await t.gql('query($id: ID!) { application(id: $id) { id } }', { id });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const otherBureauList = await t.gql('{ applications { id } }', {}, await t.login('bureau3.clerk'));
    expect(otherBureauList.data.applications).toEqual([]);
  });

  it('a reviewer cannot decide for another prison, and only reviewers decide', async () => {
    const proxy = await t.login('proxy');
    const submitted = await submit(t, proxy, {
      subjectId: await givenInmate(t, 'prison1', 4),
      serviceDayId: (await givenServiceDay(t, 'prison1', 4)).id,
      idempotencyKey: 'isolation-2',
    });
    const id = submitted.data.submitApplication.id;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const decide = 'mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: true) { status } }';
    expect((await t.gql(decide, { id }, await t.login('prison2.reviewer'))).errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect((await t.gql(decide, { id }, await t.login('prison1.monitor'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(decide, { id }, proxy)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
