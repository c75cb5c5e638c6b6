import { signToken, totpCodeNow } from '@rv/judicial';
import { freshTotpCode } from '../src/authenticator.js';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEMO_PASSWORD, DEMO_TENANTS } from '../src/demo.js';
import { TEST_SECRETS, eventually, givenPlatform, type TestPlatform } from './support/harness.js';

/**
 * Issue 15 (staff accounts) and issue 19 (revocable tokens), through the gateway on real PostgreSQL:
 * administrators per unit, temporary passwords, the second factor for administrators and supervisors,
 * and tokens (and open sockets) that end at once when the account is deactivated, reset or re-roled.
 */
let t: TestPlatform;
const sockets: Client[] = [];
beforeAll(async () => {
  t = await givenPlatform({ demo: { inmatesPerPrison: 2, detainees: 1 } });
});
afterAll(async () => {
  for (const socket of sockets) await socket.dispose();
  await t?.close();
});

type Result = { data?: any; errors?: { message?: string; extensions?: Record<string, any> }[] };
const code = (result: Result) => result.errors?.[0].extensions?.code;
const messageKey = (result: Result) => result.errors?.[0].extensions?.messageKey;

const CREATE = `mutation($i: NewStaffAccountInput!) { createStaffAccount(input: $i) {
  temporaryPassword account { id username tenantKind tenantId roles active mustChangePassword totpEnrolled } } }`;
const LOGIN = 'mutation($u: String!, $p: String!, $c: String) { login(username: $u, password: $p, totpCode: $c) { token step account { id } } }';
const CHANGE = 'mutation($o: String!, $n: String!) { changePassword(currentPassword: $o, newPassword: $n) { token step } }';
const BEGIN = 'mutation { beginTotpEnrolment { secret uri qrDataUrl } }';
const CONFIRM = 'mutation($c: String!) { confirmTotpEnrolment(code: $c) { token step } }';
const VERIFY = 'mutation($c: String!) { verifyTotp(code: $c) { token step } }';
const RESET =
  'mutation($id: ID!, $f: Boolean) { resetStaffPassword(id: $id, resetSecondFactor: $f) { temporaryPassword account { mustChangePassword totpEnrolled } } }';
const ACTIVE = 'mutation($id: ID!, $a: Boolean!) { setStaffAccountActive(id: $id, active: $a) { id active } }';
const ROLES = 'mutation($id: ID!, $r: [String!]!) { setStaffAccountRoles(id: $id, roles: $r) { id roles } }';
const LIST = 'query($u: ID) { staffAccounts(tenantId: $u, limit: 100) { total items { username tenantId roles } } }';
const ME = '{ me { id username } }';
const WATCH = 'subscription { applicationChanged { id } }';

let sequence = 0;
/** A new account through the API as `admin` would open it; its temporary password is returned once. */
async function givenAccount(admin: string, tenant: keyof typeof DEMO_TENANTS, roles: string[]) {
  const username = `acct${Date.now() % 100000}${sequence++}`;
  const created = await t.gql(
    CREATE,
    { i: { username, displayName: '测试账户', tenantKind: DEMO_TENANTS[tenant].kind, tenantId: DEMO_TENANTS[tenant].id, roles } },
    await t.login(admin),
  );
  expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
  return {
    username,
    id: created.data.createStaffAccount.account.id as string,
    temporary: created.data.createStaffAccount.temporaryPassword as string,
    created: created.data.createStaffAccount,
  };
}

/** Signs in with a temporary password and sets `password`; answers the next step and its token. */
async function firstSignIn(account: { username: string; temporary: string }, password = 'NewPass2026') {
  const login = await t.gql(LOGIN, { u: account.username, p: account.temporary });
  expect(login.data.login.step).toBe('CHANGE_PASSWORD');
  const changed = await t.gql(CHANGE, { o: account.temporary, n: password }, login.data.login.token);
  expect(changed.errors, JSON.stringify(changed.errors)).toBeUndefined();
  return changed.data.changePassword as { token: string; step: string };
}

/** A graphql-ws connection with one subscription; `closed` resolves with the close code the server sent. */
async function openSocket(token: string) {
  let closedWith: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => {
    closedWith = resolve;
  });
  const client = await new Promise<Client>((resolve, reject) => {
    const candidate = createClient({
      url: t.platform.gateway.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined, // the close reaches `closed`; graphql-ws would also print it
      connectionParams: { authToken: token },
      on: {
        connected: () => resolve(candidate),
        closed: (event) => {
          closedWith((event as { code: number }).code);
          reject(event);
        },
      },
    });
  });
  sockets.push(client);
  client.subscribe({ query: WATCH }, { next: () => undefined, error: () => undefined, complete: () => undefined });
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { closed };
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);

describe('issue 15: staff accounts per unit', () => {
  it('a unit admin opens a clerk with a temporary password; the first sign-in must change it and the token allows nothing else', async () => {
    const clerk = await givenAccount('prison1.admin', 'prison1', ['INTAKE_CLERK']);
    expect(clerk.created.account).toMatchObject({
      tenantKind: 'PRISON',
      tenantId: DEMO_TENANTS.prison1.id,
      roles: ['INTAKE_CLERK'],
      active: true,
      mustChangePassword: true,
      totpEnrolled: false,
    });
    expect(clerk.temporary).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);

    const login = await t.gql(LOGIN, { u: clerk.username, p: clerk.temporary });
    expect(login.data.login.step).toBe('CHANGE_PASSWORD');
    const stepToken = login.data.login.token;
    for (const query of [ME, LIST, 'query { prisons { id } }']) {
      const refused = await t.gql(query, {}, stepToken);
      expect([code(refused), messageKey(refused)]).toEqual(['PASSWORD_CHANGE_REQUIRED', 'admin.account.mustChangePassword']);
    }
    const weak = await t.gql(CHANGE, { o: clerk.temporary, n: 'short' }, stepToken);
    expect([code(weak), messageKey(weak)]).toEqual(['BAD_USER_INPUT', 'account.weakPassword']);
    const same = await t.gql(CHANGE, { o: clerk.temporary, n: clerk.temporary }, stepToken);
    expect(messageKey(same)).toBe('account.samePassword');

    const changed = await t.gql(CHANGE, { o: clerk.temporary, n: 'Clerk2026new' }, stepToken);
    expect(changed.data.changePassword.step).toBe('DONE');
    expect((await t.gql(ME, {}, changed.data.changePassword.token)).data.me).toEqual({ id: clerk.id, username: clerk.username });
    expect(code(await t.gql(LOGIN, { u: clerk.username, p: clerk.temporary }))).toBe('BAD_CREDENTIALS');
    expect((await t.gql(LOGIN, { u: clerk.username, p: 'Clerk2026new' })).data.login.step).toBe('DONE');
  });

  it('usernames are unique (whatever the case); roles must exist and fit the unit; the unit must exist', async () => {
    const admin = await t.login('bureau1.admin');
    const input = (over: Record<string, unknown>) => ({
      i: { username: 'bureau1.clerk', displayName: '重名', tenantKind: 'COUNTY_BUREAU', tenantId: DEMO_TENANTS.bureau1.id, roles: ['INTAKE_CLERK'], ...over },
    });
    const taken = await t.gql(CREATE, input({ username: 'BUREAU1.Clerk' }), admin);
    expect([code(taken), messageKey(taken), taken.errors?.[0].extensions?.field]).toEqual(['CONFLICT', 'admin.account.usernameTaken', 'username']);
    expect(messageKey(await t.gql(CREATE, input({ username: 'new.one', roles: ['JUDGE'] }), admin))).toBe('admin.account.role');
    expect(messageKey(await t.gql(CREATE, input({ username: 'new.one', roles: ['ROOM_TERMINAL'] }), admin))).toBe('admin.account.roleForKind');
    expect(messageKey(await t.gql(CREATE, input({ username: 'new.one', roles: [] }), admin))).toBe('admin.account.role');
    expect(messageKey(await t.gql(CREATE, input({ username: 'x' }), admin))).toBe('account.badUsername');
    const province = await t.login('province.admin');
    const nowhere = await t.gql(CREATE, input({ username: 'nowhere.admin', roles: ['ADMIN'], tenantId: '00000000-0000-4000-8000-0000000000ff' }), province);
    expect([code(nowhere), messageKey(nowhere)]).toEqual(['BAD_USER_INPUT', 'admin.account.unknownUnit']);
    const [{ count }] = await t.sql(`select count(*)::int as count from judicial.account where username in ('new.one', 'x', 'nowhere.admin')`);
    expect(count).toBe(0);
  });

  it('two administrators choosing one username at the same instant: exactly one account, the other CONFLICT', async () => {
    const [prison, province] = await Promise.all([t.login('prison2.admin'), t.login('province.admin')]);
    const input = (tenant: 'prison2', roles: string[]) => ({
      i: { username: 'Same.Name', displayName: '同名', tenantKind: 'PRISON', tenantId: DEMO_TENANTS[tenant].id, roles },
    });
    const answers = await Promise.all([
      ...Array.from({ length: 4 }, () => t.gql(CREATE, input('prison2', ['MONITOR']), prison)),
      ...Array.from({ length: 4 }, () => t.gql(CREATE, { i: { ...input('prison2', ['ADMIN']).i, username: 'same.name' } }, province)),
    ]);
    expect(answers.filter((answer) => answer.data?.createStaffAccount).length).toBe(1);
    expect(answers.filter((answer) => code(answer) === 'CONFLICT').length).toBe(7);
    const [{ count }] = await t.sql(`select count(*)::int as count from judicial.account where lower(username) = 'same.name'`);
    expect(count).toBe(1);
  });

  it('denials: another unit’s admin, a unit admin on admin accounts, the province admin on a unit’s clerks, a clerk, a family', async () => {
    const clerk = await givenAccount('prison1.admin', 'prison1', ['INTAKE_CLERK']);
    const [otherAdmin, ownClerk, proxy, province, prison1Admin] = await Promise.all(
      ['prison2.admin', 'prison1.clerk', 'proxy', 'province.admin', 'prison1.admin'].map((login) => t.login(login)),
    );
    for (const [query, variables] of [
      [RESET, { id: clerk.id }],
      [ACTIVE, { id: clerk.id, a: false }],
      [ROLES, { id: clerk.id, r: ['REVIEWER'] }],
    ] as const) {
      const refused = await t.gql(query, variables, otherAdmin);
      expect([code(refused), messageKey(refused)]).toEqual(['FORBIDDEN', 'admin.account.unitAdminsOnly']);
      expect(code(await t.gql(query, variables, ownClerk))).toBe('FORBIDDEN');
      expect(code(await t.gql(query, variables, proxy))).toBe('FORBIDDEN');
      // The province manages units' administrators, not their clerks.
      expect(messageKey(await t.gql(query, variables, province))).toBe('admin.account.unitAdminsOnly');
    }
    const newClerk = { i: { username: 'p2.sneaky', displayName: '越权', tenantKind: 'PRISON', tenantId: DEMO_TENANTS.prison1.id, roles: ['INTAKE_CLERK'] } };
    expect(messageKey(await t.gql(CREATE, newClerk, otherAdmin))).toBe('admin.account.unitAdminsOnly');
    expect(code(await t.gql(CREATE, newClerk, ownClerk))).toBe('FORBIDDEN');
    expect(code(await t.gql(CREATE, newClerk, proxy))).toBe('FORBIDDEN');
    expect(code(await t.gql(CREATE, newClerk, undefined))).toBe('FORBIDDEN');
    // A unit admin neither makes an administrator nor turns a clerk into one.
    expect(messageKey(await t.gql(CREATE, { i: { ...newClerk.i, username: 'p1.admin2', roles: ['ADMIN'] } }, prison1Admin))).toBe(
      'admin.account.unitAdminsOnly',
    );
    expect(messageKey(await t.gql(ROLES, { id: clerk.id, r: ['ADMIN'] }, prison1Admin))).toBe('admin.account.unitAdminsOnly');
    const [prison1AdminRow] = await t.sql(`select id from judicial.account where username = 'prison1.admin'`);
    expect(messageKey(await t.gql(ACTIVE, { id: prison1AdminRow.id, a: false }, prison1Admin))).toBe('admin.account.unitAdminsOnly');
    expect(code(await t.gql(LIST, {}, ownClerk))).toBe('FORBIDDEN');
    expect(code(await t.gql(LIST, {}, proxy))).toBe('FORBIDDEN');
    const [row] = await t.sql('select roles, active, token_version from judicial.account where id = $1', [clerk.id]);
    expect(row).toEqual({ roles: ['INTAKE_CLERK'], active: true, token_version: 0 });
  });

  it('a detention centre’s accounts name an existing, active detention centre like every other kind; a deactivated unit gets none', async () => {
    const province = await t.login('province.admin');
    const centreId = DEMO_TENANTS.detention1.id;
    const input = (tenantId: string, username: string) => ({
      i: { username, displayName: '看守所管理员', tenantKind: 'DETENTION_CENTRE', tenantId, roles: ['ADMIN'] },
    });
    const nowhere = await t.gql(CREATE, input('00000000-0000-4000-8000-0000000000fe', 'nowhere.detention'), province);
    expect([code(nowhere), messageKey(nowhere)]).toEqual(['BAD_USER_INPUT', 'admin.account.unknownUnit']);
    // A prison is no detention centre.
    expect(messageKey(await t.gql(CREATE, input(DEMO_TENANTS.prison1.id, 'wrongkind.detention'), province))).toBe('admin.account.unknownUnit');
    expect((await t.gql(CREATE, input(centreId, 'det1.second.admin'), province)).errors).toBeUndefined();

    const SET_ACTIVE = 'mutation($id: ID!, $a: Boolean!, $r: String) { setDetentionCentreActive(id: $id, active: $a, reason: $r) { active inactiveReason } }';
    // Only the province's administrator deactivates a centre.
    for (const login of ['detention1.admin', 'province.supervisor'])
      expect(code(await t.gql(SET_ACTIVE, { id: centreId, a: false, r: '越权' }, await t.login(login)))).toBe('FORBIDDEN');
    const off = await t.gql(SET_ACTIVE, { id: centreId, a: false, r: '看守所搬迁' }, province);
    expect(off.data.setDetentionCentreActive).toEqual({ active: false, inactiveReason: '看守所搬迁' });
    try {
      await eventually(async () =>
        expect(await t.sql('select active from judicial.detention_centre_ref where id = $1', [centreId])).toEqual([{ active: false }]),
      );
      const refused = await t.gql(CREATE, input(centreId, 'det1.third.admin'), province);
      expect([code(refused), messageKey(refused)]).toEqual(['BAD_USER_INPUT', 'admin.account.inactiveUnit']);
      expect(await t.sql(`select id from judicial.account where username in ('nowhere.detention', 'wrongkind.detention', 'det1.third.admin')`)).toEqual([]);
    } finally {
      expect((await t.gql(SET_ACTIVE, { id: centreId, a: true }, province)).data.setDetentionCentreActive.active).toBe(true);
      await eventually(async () =>
        expect(await t.sql('select active from judicial.detention_centre_ref where id = $1', [centreId])).toEqual([{ active: true }]),
      );
    }
  });

  it('the province admin opens and manages a unit’s administrator; each admin lists what it manages', async () => {
    const unitAdmin = await givenAccount('province.admin', 'detox1', ['ADMIN']);
    expect(unitAdmin.created.account).toMatchObject({ tenantKind: 'DETOX_CENTRE', roles: ['ADMIN'], mustChangePassword: true });
    const province = await t.login('province.admin');
    expect((await t.gql(ROLES, { id: unitAdmin.id, r: ['ADMIN', 'REVIEWER'] }, province)).data.setStaffAccountRoles.roles).toEqual(['ADMIN', 'REVIEWER']);

    const own = (await t.gql(LIST, {}, await t.login('prison1.admin'))).data.staffAccounts;
    expect(new Set(own.items.map((item: { tenantId: string }) => item.tenantId))).toEqual(new Set([DEMO_TENANTS.prison1.id]));
    const all = (await t.gql(LIST, {}, province)).data.staffAccounts;
    for (const item of all.items) expect(item.tenantId === DEMO_TENANTS.province.id || item.roles.includes('ADMIN'), item.username).toBe(true);
    expect(all.items.map((item: { username: string }) => item.username)).toEqual(
      expect.arrayContaining(['province.clerk', 'prison1.admin', 'detox1.admin', unitAdmin.username]),
    );
    expect(all.items.map((item: { username: string }) => item.username)).not.toContain('prison1.clerk');
    expect(all.total).toBe(all.items.length);
  });
});

describe('issue 15: a second factor (TOTP) for administrators and supervisors', () => {
  it('enrolment at first sign-in (secret and QR shown once, sealed in the database); later sign-ins need the code; a wrong one is refused', async () => {
    const supervisor = await givenAccount('prison1.admin', 'prison1', ['SUPERVISOR']);
    const afterChange = await firstSignIn(supervisor);
    expect(afterChange.step).toBe('ENROL_TOTP');
    expect(code(await t.gql(ME, {}, afterChange.token))).toBe('TOTP_REQUIRED');

    const enrolment = (await t.gql(BEGIN, {}, afterChange.token)).data.beginTotpEnrolment;
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/.+secret=/);
    expect(enrolment.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const [stored] = await t.sql('select totp_secret, totp_enrolled_at from judicial.account where id = $1', [supervisor.id]);
    expect(stored.totp_secret).toMatch(/^v1:/);
    expect(stored.totp_secret).not.toContain(enrolment.secret);
    expect(stored.totp_enrolled_at).toBeNull();

    const wrong = await t.gql(CONFIRM, { c: '000000' === (await totpCodeNow(enrolment.secret)) ? '111111' : '000000' }, afterChange.token);
    expect([code(wrong), messageKey(wrong)]).toEqual(['BAD_CREDENTIALS', 'admin.account.totpWrong']);
    const confirmed = await t.gql(CONFIRM, { c: await freshTotpCode(supervisor.username, enrolment.secret) }, afterChange.token);
    expect(confirmed.data.confirmTotpEnrolment.step).toBe('DONE');
    expect((await t.gql(ME, {}, confirmed.data.confirmTotpEnrolment.token)).data.me.id).toBe(supervisor.id);
    // Enrolled once: the secret is never handed out again.
    expect(messageKey(await t.gql(BEGIN, {}, confirmed.data.confirmTotpEnrolment.token))).toBe('admin.account.totpAlreadyEnrolled');

    const login = await t.gql(LOGIN, { u: supervisor.username, p: 'NewPass2026' });
    expect(login.data.login.step).toBe('VERIFY_TOTP');
    expect(code(await t.gql(ME, {}, login.data.login.token))).toBe('TOTP_REQUIRED');
    expect(messageKey(await t.gql(VERIFY, { c: 'abcdef' }, login.data.login.token))).toBe('admin.account.totpWrong');
    const verified = await t.gql(VERIFY, { c: await freshTotpCode(supervisor.username, enrolment.secret) }, login.data.login.token);
    expect(verified.data.verifyTotp.step).toBe('DONE');
    // A step token opens no socket.
    await expect(openSocket(login.data.login.token)).rejects.toMatchObject({ code: 4403 });
  });

  it('a code signs in once: four sign-ins with the same code at the same instant → exactly one passes; the code replayed later is refused', async () => {
    const admin = await givenAccount('province.admin', 'bureau3', ['ADMIN']);
    const enrolToken = (await firstSignIn(admin)).token;
    const { secret } = (await t.gql(BEGIN, {}, enrolToken)).data.beginTotpEnrolment;
    // The enrolment's own code does not sign in a second time.
    const enrolCode = await freshTotpCode(admin.username, secret);
    expect((await t.gql(CONFIRM, { c: enrolCode }, enrolToken)).data.confirmTotpEnrolment.step).toBe('DONE');
    expect(messageKey(await t.gql(LOGIN, { u: admin.username, p: 'NewPass2026', c: enrolCode }))).toBe('admin.account.totpUsed');

    // The code may come with the password; of four sign-ins racing with one code, one gets in.
    const shared = await freshTotpCode(admin.username, secret);
    const answers = await Promise.all(Array.from({ length: 4 }, () => t.gql(LOGIN, { u: admin.username, p: 'NewPass2026', c: shared })));
    expect(answers.filter((answer) => answer.data?.login.step === 'DONE')).toHaveLength(1);
    expect(answers.filter((answer) => !answer.data).map((answer) => [code(answer), messageKey(answer)])).toEqual(
      Array.from({ length: 3 }, () => ['BAD_CREDENTIALS', 'admin.account.totpUsed']),
    );
    // The same code on the second step of a later sign-in: refused too.
    const later = await t.gql(LOGIN, { u: admin.username, p: 'NewPass2026' });
    expect(later.data.login.step).toBe('VERIFY_TOTP');
    const replayed = await t.gql(VERIFY, { c: shared }, later.data.login.token);
    expect([code(replayed), messageKey(replayed)]).toEqual(['BAD_CREDENTIALS', 'admin.account.totpUsed']);
  });

  it('wrong codes are throttled per account (judicial.rate_limit): the sixth try within 15 minutes waits', async () => {
    const admin = await givenAccount('province.admin', 'bureau2', ['ADMIN']);
    const enrolToken = (await firstSignIn(admin)).token;
    const { secret } = (await t.gql(BEGIN, {}, enrolToken)).data.beginTotpEnrolment;
    const confirmed = await t.gql(CONFIRM, { c: await totpCodeNow(secret) }, enrolToken);
    expect(confirmed.data.confirmTotpEnrolment.step).toBe('DONE');
    const step = (await t.gql(LOGIN, { u: admin.username, p: 'NewPass2026' })).data.login.token;
    const right = await totpCodeNow(secret);
    const wrongCode = right === '123456' ? '654321' : '123456';
    for (let attempt = 0; attempt < 5; attempt++) expect(messageKey(await t.gql(VERIFY, { c: wrongCode }, step))).toBe('admin.account.totpWrong');
    const blocked = await t.gql(VERIFY, { c: right }, step);
    expect([code(blocked), messageKey(blocked)]).toEqual(['TOO_MANY_REQUESTS', 'admin.account.totpTooMany']);
  });

  it('demo administrators and supervisors are enrolled too: without the code their sign-in stops at VERIFY_TOTP', async () => {
    for (const username of ['province.admin', 'prison1.supervisor']) {
      expect((await t.gql(LOGIN, { u: username, p: DEMO_PASSWORD })).data.login.step).toBe('VERIFY_TOTP');
    }
    expect((await t.gql(LOGIN, { u: 'prison1.reviewer', p: DEMO_PASSWORD })).data.login.step).toBe('DONE');
  });
});

describe('issue 15 / 19: revocation — reset, role change and deactivation end the account’s tokens and sockets at once', () => {
  it('deactivation closes an open graphql-ws subscription with 4403 within a second; the token and the password no longer work', async () => {
    const clerk = await givenAccount('bureau1.admin', 'bureau1', ['INTAKE_CLERK']);
    const { token } = await firstSignIn(clerk);
    const socket = await openSocket(token);
    const admin = await t.login('bureau1.admin');
    const started = Date.now();
    const deactivated = await t.gql(ACTIVE, { id: clerk.id, a: false }, admin);
    expect(deactivated.data.setStaffAccountActive).toEqual({ id: clerk.id, active: false });
    expect(await within(socket.closed, 1000)).toBe(4403);
    expect(Date.now() - started).toBeLessThan(1000);
    const refused = await t.gql(ME, {}, token);
    expect([refused.status, code(refused), messageKey(refused)]).toEqual([401, 'UNAUTHENTICATED', 'admin.account.signInAgain']);
    const login = await t.gql(LOGIN, { u: clerk.username, p: 'NewPass2026' });
    expect([code(login), messageKey(login)]).toEqual(['FORBIDDEN', 'admin.account.inactive']);
    await expect(openSocket(token)).rejects.toMatchObject({ code: 4403 });
    expect(messageKey(await t.gql(ACTIVE, { id: clerk.id, a: false }, admin))).toBe('admin.account.alreadyInactive');
    // Reactivated, it signs in again; the old token stays void.
    expect((await t.gql(ACTIVE, { id: clerk.id, a: true }, admin)).data.setStaffAccountActive.active).toBe(true);
    expect((await t.gql(LOGIN, { u: clerk.username, p: 'NewPass2026' })).data.login.step).toBe('DONE');
    expect(code(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('an admin’s password reset: a new temporary password shown once, the old token and socket end, first sign-in changes it again', async () => {
    const clerk = await givenAccount('prison1.admin', 'prison1', ['REVIEWER']);
    const { token } = await firstSignIn(clerk);
    const socket = await openSocket(token);
    const reset = await t.gql(RESET, { id: clerk.id }, await t.login('prison1.admin'));
    expect(reset.data.resetStaffPassword.account).toEqual({ mustChangePassword: true, totpEnrolled: false });
    const temporary = reset.data.resetStaffPassword.temporaryPassword;
    expect(temporary).not.toBe(clerk.temporary);
    expect(await within(socket.closed, 1000)).toBe(4403);
    expect(code(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(LOGIN, { u: clerk.username, p: 'NewPass2026' }))).toBe('BAD_CREDENTIALS');
    expect((await firstSignIn({ username: clerk.username, temporary }, 'Later2026pass')).step).toBe('DONE');
  });

  it('a role change ends the sessions signed with the old roles', async () => {
    const clerk = await givenAccount('bureau2.admin', 'bureau2', ['INTAKE_CLERK']);
    const { token } = await firstSignIn(clerk);
    const socket = await openSocket(token);
    const changed = await t.gql(ROLES, { id: clerk.id, r: ['REVIEWER', 'MONITOR'] }, await t.login('bureau2.admin'));
    expect(changed.data.setStaffAccountRoles.roles).toEqual(['REVIEWER', 'MONITOR']);
    expect(await within(socket.closed, 1000)).toBe(4403);
    expect(code(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('a token that expires on an open socket closes it with 4401 (checked every second)', async () => {
    const [row] = await t.sql(`select id from judicial.account where username = 'bureau3.clerk'`);
    const token = await signToken(
      { accountId: row.id, tenantKind: 'COUNTY_BUREAU', tenantId: DEMO_TENANTS.bureau3.id, roles: ['INTAKE_CLERK'] },
      TEST_SECRETS.tokenSecret,
      { ttlSeconds: 2 },
    );
    const socket = await openSocket(token);
    expect(await within(socket.closed, 5000)).toBe(4401);
  });

  it('a gateway started after a revocation still refuses the revoked token (read back from the outbox)', async () => {
    const clerk = await givenAccount('bureau3.admin', 'bureau3', ['MONITOR']);
    const { token } = await firstSignIn(clerk);
    await t.gql(ACTIVE, { id: clerk.id, a: false }, await t.login('bureau3.admin'));
    const { Revocations } = await import('../../gateway/src/revocation.js');
    const fresh = new Revocations();
    await fresh.load(t.databaseUrl);
    expect(fresh.isRevoked({ identity: { accountId: clerk.id, tenantKind: null, tenantId: null, roles: [] }, version: 1, step: null, expiresAt: 0 })).toBe(
      true,
    );
    expect(
      fresh.isRevoked({
        identity: { accountId: '00000000-0000-4000-8000-000000000099', tenantKind: null, tenantId: null, roles: [] },
        version: 0,
        step: null,
        expiresAt: 0,
      }),
    ).toBe(false);
    expect(token).toBeTruthy();
  });
});

describe('issue 15: every account change is on the audit trail', () => {
  it('creation, role change, reset and deactivation are recorded with who, unit, role and action; secrets redacted', async () => {
    const clerk = await givenAccount('detox1.admin', 'detox1', ['INTAKE_CLERK']);
    const admin = await t.login('detox1.admin');
    await t.gql(ROLES, { id: clerk.id, r: ['REVIEWER'] }, admin);
    await t.gql(RESET, { id: clerk.id }, admin);
    await t.gql(ACTIVE, { id: clerk.id, a: false }, admin);
    const records = await eventually(async () => {
      const rows = await t.sql(
        `select action, operation, tenant_kind, roles, before, after from judicial.audit_record
        where entity_type = 'judicial.account' and entity_id = $1 order by seq`,
        [clerk.id],
      );
      expect(rows.map((row) => row.action)).toEqual(['createStaffAccount', 'setStaffAccountRoles', 'resetStaffPassword', 'setStaffAccountActive']);
      return rows;
    });
    expect(records[0]).toMatchObject({
      operation: 'INSERT',
      tenant_kind: 'DETOX_CENTRE',
      roles: ['ADMIN'],
      after: { password_hash: '[redacted]', active: true, roles: ['INTAKE_CLERK'] },
    });
    expect(records[1]).toMatchObject({ before: { roles: ['INTAKE_CLERK'] }, after: { roles: ['REVIEWER'] } });
    expect(records[2].after).toMatchObject({ password_hash: '[redacted]' });
    expect(records[3]).toMatchObject({ before: { active: true }, after: { active: false } });
    // Secrets and the token version are redacted by the trail's mask (kit/src/audit.ts); what changed is named by the action.
    expect(JSON.stringify(records)).not.toMatch(/scrypt\$/);
  });

  it('the account’s own password change and second-factor enrolment are recorded as the account itself', async () => {
    const supervisor = await givenAccount('bureau1.admin', 'bureau1', ['SUPERVISOR']);
    const { token } = await firstSignIn(supervisor);
    const { secret } = (await t.gql(BEGIN, {}, token)).data.beginTotpEnrolment;
    await t.gql(CONFIRM, { c: await totpCodeNow(secret) }, token);
    await eventually(async () => {
      const rows = await t.sql(
        `select action, account_id, tenant_id, after from judicial.audit_record
        where entity_type = 'judicial.account' and entity_id = $1 and account_id::text = $1 order by seq`,
        [supervisor.id],
      );
      expect(rows.map((row) => [row.action, row.tenant_id])).toEqual([
        ['changePassword', DEMO_TENANTS.bureau1.id],
        ['beginTotpEnrolment', DEMO_TENANTS.bureau1.id],
        ['confirmTotpEnrolment', DEMO_TENANTS.bureau1.id],
      ]);
      expect(rows[1].after.totp_secret).toBe('[redacted]');
    });
  });
});

describe('issue 19: a portal’s session is an HttpOnly cookie the gateway sets and clears; Bearer tokens stay for API clients', () => {
  const PORTAL = { 'content-type': 'application/json', 'x-rv-session': 'cookie' };
  /** A portal's request (fetch from the page): JSON, the session header, the cookie the browser holds. */
  async function portalPost(query: string, variables: Record<string, unknown> = {}, cookie?: string, headers: Record<string, string> = PORTAL) {
    const response = await fetch(t.platform.gateway.url, {
      method: 'POST',
      headers: { ...headers, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: Result = {};
    try {
      body = JSON.parse(text);
    } catch {
      body = {};
    }
    return { status: response.status, body, setCookie: response.headers.get('set-cookie') };
  }
  const cookieOf = (setCookie: string | null) => setCookie!.split(';')[0];

  /** A graphql-ws socket opened as a browser opens it: the cookie and an Origin, no token in the connection params. */
  async function openCookieSocket(cookie: string, origin = new URL(t.platform.gateway.url).origin) {
    class BrowserLike extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie, origin } });
      }
    }
    let closedWith: (code: number) => void = () => undefined;
    const closed = new Promise<number>((resolve) => {
      closedWith = resolve;
    });
    const client = await new Promise<Client>((resolve, reject) => {
      const candidate = createClient({
        url: t.platform.gateway.wsUrl,
        webSocketImpl: BrowserLike,
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined, // the close reaches `closed`; graphql-ws would also print it
        on: {
          connected: () => resolve(candidate),
          closed: (event) => {
            closedWith((event as { code: number }).code);
            reject(event);
          },
        },
      });
    });
    sockets.push(client);
    client.subscribe({ query: WATCH }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { closed };
  }

  it('sign-in through its steps sets the cookie (HttpOnly, SameSite=Strict, Path=/; Secure over HTTPS) and answers no token; the cookie then authenticates; logout clears it', async () => {
    const clerk = await givenAccount('bureau1.admin', 'bureau1', ['INTAKE_CLERK']);
    const login = await portalPost(LOGIN, { u: clerk.username, p: clerk.temporary });
    expect(login.body.data.login).toMatchObject({ token: '', step: 'CHANGE_PASSWORD' });
    expect(login.setCookie).toMatch(/^rv_session=[\w-]+\.[\w-]+\.[\w-]+; Path=\/; HttpOnly; SameSite=Strict$/);
    // The step's token, in the cookie, allows that step only.
    expect(code((await portalPost(ME, {}, cookieOf(login.setCookie))).body)).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await portalPost(CHANGE, { o: clerk.temporary, n: 'NewPass2026' }, cookieOf(login.setCookie));
    expect(changed.body.data.changePassword).toEqual({ token: '', step: 'DONE' });
    const session = cookieOf(changed.setCookie);
    expect((await portalPost(ME, {}, session)).body.data.me).toEqual({ id: clerk.id, username: clerk.username });
    // Without the portal's header the cookie is not read (a page of another site cannot add the header).
    expect(code((await portalPost(ME, {}, session, { 'content-type': 'application/json' })).body)).toBe('UNAUTHENTICATED');
    // Behind the trusted proxy, over HTTPS: Secure.
    const overTls = await portalPost(LOGIN, { u: clerk.username, p: 'NewPass2026' }, undefined, { ...PORTAL, 'x-forwarded-proto': 'https' });
    expect(overTls.setCookie).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
    // API clients keep the Bearer token in the answer, and no cookie is set for them.
    const api = await fetch(t.platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { u: clerk.username, p: 'NewPass2026' } }),
    });
    expect(api.headers.get('set-cookie')).toBeNull();
    expect((await api.json()).data.login.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const out = await fetch(t.platform.gateway.url.replace('/graphql', '/logout'), { method: 'POST', headers: { 'x-rv-session': 'cookie', cookie: session } });
    expect([out.status, out.headers.get('set-cookie')]).toEqual([204, 'rv_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0']);
  });

  it('CSRF: a cross-site simple form POST carrying the cookie is refused and changes nothing; a revoked cookie is refused and cleared', async () => {
    const clerk = await givenAccount('bureau2.admin', 'bureau2', ['INTAKE_CLERK']);
    await firstSignIn(clerk);
    const clerkSession = cookieOf((await portalPost(LOGIN, { u: clerk.username, p: 'NewPass2026' })).setCookie);
    const admin = cookieOf((await portalPost(LOGIN, { u: 'bureau2.admin', p: DEMO_PASSWORD, c: await freshTotpCode('bureau2.admin') })).setCookie);
    const forged = JSON.stringify({ query: ACTIVE, variables: { id: clerk.id, a: false } });
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const response = await fetch(t.platform.gateway.url, {
        method: 'POST',
        headers: { 'content-type': type, cookie: admin, origin: 'https://evil.example' },
        body: forged,
      });
      expect(response.status, type).toBe(415);
    }
    // A GET (an <img> or a link) carrying the cookie executes nothing either.
    const viaGet = await fetch(`${t.platform.gateway.url}?query=${encodeURIComponent(ME)}`, { headers: { cookie: admin } });
    expect(viaGet.status).toBe(400);
    const [row] = await t.sql('select active from judicial.account where id = $1', [clerk.id]);
    expect(row.active).toBe(true);
    // The same mutation from the portal itself (JSON, its header) works.
    expect((await portalPost(ACTIVE, { id: clerk.id, a: false }, admin)).body.data.setStaffAccountActive).toEqual({ id: clerk.id, active: false });
    // The account's own cookie is void now (once the revocation reached the gateway through judicial's
    // outbox, as it reaches every replica): refused and cleared in the same answer.
    await eventually(async () => {
      const revoked = await portalPost(ME, {}, clerkSession);
      expect([revoked.status, code(revoked.body), revoked.setCookie]).toEqual([
        401,
        'UNAUTHENTICATED',
        'rv_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0',
      ]);
    }, 2000);
  });

  it('WebSocket: the cookie authenticates the upgrade from the gateway’s own origin only; revocation still closes with 4403 and expiry with 4401', async () => {
    const clerk = await givenAccount('prison2.admin', 'prison2', ['REVIEWER']);
    const login = await portalPost(LOGIN, { u: clerk.username, p: clerk.temporary });
    const session = cookieOf((await portalPost(CHANGE, { o: clerk.temporary, n: 'NewPass2026' }, cookieOf(login.setCookie))).setCookie);
    await expect(openCookieSocket(session, 'https://evil.example')).rejects.toMatchObject({ code: 4403 });
    const socket = await openCookieSocket(session);
    await t.gql(ACTIVE, { id: clerk.id, a: false }, await t.login('prison2.admin'));
    expect(await within(socket.closed, 1000)).toBe(4403);

    const [row] = await t.sql(`select id from judicial.account where username = 'bureau3.clerk'`);
    const shortLived = await signToken(
      { accountId: row.id, tenantKind: 'COUNTY_BUREAU', tenantId: DEMO_TENANTS.bureau3.id, roles: ['INTAKE_CLERK'] },
      TEST_SECRETS.tokenSecret,
      { ttlSeconds: 2 },
    );
    const expiring = await openCookieSocket(`rv_session=${shortLived}`);
    expect(await within(expiring.closed, 5000)).toBe(4401);
  });
});
