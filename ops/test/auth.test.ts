import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_TENANTS } from '../src/demo.js';
import { givenPlatform, type TestPlatform } from './support/harness.js';
import { givenInmate, givenServiceDay, residentIdNumber, submit } from './support/scenario.js';

let t: TestPlatform;
beforeAll(async () => { t = await givenPlatform(); });
afterAll(async () => { await t?.close(); });

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token account { username roles tenantKind } } }';

describe('login', () => {
  it('a correct password gives a token that the gateway accepts', async () => {
    const result = await t.gql(LOGIN, { u: 'prison1.reviewer', p: DEMO_PASSWORD });
    expect(result.data.login.account).toEqual({ username: 'prison1.reviewer', roles: ['REVIEWER'], tenantKind: 'PRISON' });
    const me = await t.gql('{ me { username } }', {}, result.data.login.token);
    expect(me.data.me.username).toBe('prison1.reviewer');
  });

  it('an unknown user and a wrong password give the same answer', async () => {
    const unknown = await t.gql(LOGIN, { u: 'nobody', p: 'x' });
    const wrong = await t.gql(LOGIN, { u: 'bureau3.clerk', p: 'x' });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_CREDENTIALS');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('five failed logins lock the account for ten minutes, and the error says so', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await t.gql(LOGIN, { u: 'bureau2.clerk', p: `wrong-${i}` })).errors![0].extensions!.code as string);
    expect(codes).toEqual(['BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'ACCOUNT_LOCKED']);
    const locked = await t.gql(LOGIN, { u: 'bureau2.clerk', p: DEMO_PASSWORD });
    expect(locked.errors?.[0].extensions?.code).toBe('ACCOUNT_LOCKED');
    expect(locked.errors?.[0].message).toBe('连续5次密码错误，账户已锁定10分钟'); // Chinese only; the portal translates the key
    expect(locked.errors?.[0].extensions).toMatchObject({ messageKey: 'account.locked', params: { failures: 5, minutes: 10 } });
    const until = new Date(locked.errors![0].extensions!.lockedUntil as string).getTime();
    expect(until - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    // After the ten minutes the right password works again.
    await t.sql(`update judicial.account set locked_until = now() - interval '1 second' where username = 'bureau2.clerk'`);
    expect((await t.gql(LOGIN, { u: 'bureau2.clerk', p: DEMO_PASSWORD })).data.login.token).toBeTruthy();
  });

  it('concurrent wrong guesses cannot slip past the limit', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => t.gql(LOGIN, { u: 'bureau3.reviewer', p: `guess-${i}` })));
    const [{ failed_logins, locked }] = await t.sql(`select failed_logins, locked_until > now() as locked from judicial.account where username = 'bureau3.reviewer'`);
    expect(locked).toBe(true);
    expect(failed_logins).toBe(0);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'BAD_CREDENTIALS').length).toBeLessThanOrEqual(4);
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
    const applied = await submit(t, registered.data.registerProxy.token, { subjectId: await givenInmate(t, 'prison1', 9), serviceDayId: (await givenServiceDay(t, 'prison1', 4)).id, idempotencyKey: 'registered-family' });
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
    const submitted = await submit(t, proxy, { subjectId: await givenInmate(t, 'prison2', 3), serviceDayId: (await givenServiceDay(t, 'prison2', 3)).id, idempotencyKey: 'isolation-1' });
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
    const submitted = await submit(t, proxy, { subjectId: await givenInmate(t, 'prison1', 4), serviceDayId: (await givenServiceDay(t, 'prison1', 4)).id, idempotencyKey: 'isolation-2' });
    const id = submitted.data.submitApplication.id;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const decide = 'mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: true) { status } }';
    expect((await t.gql(decide, { id }, await t.login('prison2.reviewer'))).errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect((await t.gql(decide, { id }, await t.login('prison1.monitor'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(decide, { id }, proxy)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
