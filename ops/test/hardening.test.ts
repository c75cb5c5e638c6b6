import { chinaDate, clock } from '@rv/schema';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo.js';
import { eventually, givenPlatform, postGraphQL, type GraphQLResponse, type TestPlatform } from './support/harness.js';
import { VISITOR, givenDayWithSlots, givenInmate, submit, tokenFor } from './support/scenario.js';
import { randomUUID } from 'node:crypto';

/** Issue 19: what the platform does to protect itself and its users, beyond the rules. */
let t: TestPlatform;
beforeAll(async () => {
  t = await givenPlatform();
});
afterAll(async () => {
  await t?.close();
});

const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const LOOKUP = 'query($n: String!, $id: String!) { applicationResult(number: $n, idNumber: $id) { number status } }';
/** A look-up from a given client address (the test gateway believes one X-Forwarded-For hop). */
const lookUpFrom = (client: string, n: string, id: string) => postGraphQL(t.platform.gateway.url, LOOKUP, { n, id }, undefined, { 'x-forwarded-for': client });

describe('GD-26 result look-up: application numbers cannot be walked', () => {
  const numbers: string[] = [];

  beforeAll(async () => {
    const proxy = await t.login('proxy');
    const day = await givenDayWithSlots(t, 5);
    for (let i = 0; i < 2; i++) {
      const submitted = await submit(t, proxy, { subjectId: await givenInmate(t, 'prison1', 10 + i), serviceDayId: day.id, idempotencyKey: `numbers-${i}` });
      numbers.push(submitted.data.submitApplication.number);
    }
  });

  it('GD-20 / GD-26: a number is the filing day (readable) and ten random digits, not a sequence', () => {
    const today = chinaDate(clock.now()).replaceAll('-', '');
    for (const number of numbers) expect(number).toMatch(new RegExp(`^${today}\\d{10}$`));
    const [first, second] = numbers.map((number) => Number(number.slice(8)));
    expect(Math.abs(second - first)).toBeGreaterThan(1);
  });

  it('GD-26: a number typed with spaces or hyphens is found', async () => {
    const spaced = `${numbers[0].slice(0, 8)}-${numbers[0].slice(8, 13)} ${numbers[0].slice(13)}`;
    const found = await lookUpFrom('198.51.100.20', spaced, VISITOR.idNumber);
    expect(found.data.applicationResult).toEqual({ number: numbers[0], status: 'SUBMITTED' });
  });

  it('GD-26: after 20 misses from one client its look-ups wait, even the right one; hits do not count; other clients go on', async () => {
    const walker = '203.0.113.40';
    const prefix = numbers[0].slice(0, 8);
    const misses = [];
    for (let i = 0; i < 20; i++) misses.push(code(await lookUpFrom(walker, `${prefix}${String(i).padStart(10, '0')}`, VISITOR.idNumber)));
    expect(misses).toEqual(Array(20).fill('NOT_FOUND'));
    const refused = await lookUpFrom(walker, numbers[0], VISITOR.idNumber);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', messageKey: 'error.tooManyLookups', params: { minutes: 10 } });
    // A family checking its own number again and again is never throttled.
    const family = '192.0.2.40';
    const hits = [];
    for (let i = 0; i < 25; i++) hits.push(code(await lookUpFrom(family, numbers[1], VISITOR.idNumber)) ?? 'OK');
    expect(hits).toEqual(Array(25).fill('OK'));
  });
});

describe('portals are served with security headers (issue 19)', () => {
  const origin = () => new URL(t.platform.gateway.url).origin;

  it.each(['/', '/prison/', '/bureau/menu', '/province/'])('%s: CSP (own scripts only, no framing), nosniff, no Referer', async (path) => {
    const response = await fetch(`${origin()}${path}`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp.split(';').map((directive) => directive.trim())).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        expect.stringMatching(/^connect-src 'self' ws:\/\/127\.0\.0\.1:\d+ wss:\/\/127\.0\.0\.1:\d+ ws:\/\/127\.0\.0\.1:8188$/),
      ]),
    );
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('a Host header cannot write into the policy', async () => {
    const { request } = await import('node:http');
    const url = new URL(origin());
    const csp = await new Promise<string>((resolve, reject) => {
      request({ host: url.hostname, port: url.port, path: '/', headers: { host: "evil; script-src 'unsafe-inline'" } }, (res) => {
        res.resume();
        resolve(String(res.headers['content-security-policy']));
      })
        .on('error', reject)
        .end();
    });
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('evil');
  });

  it('the family and staff portals render and sign in under the policy with no violation', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const violations: string[] = [];
      for (const [portal, username] of [
        ['sign-in', 'proxy'],
        ['prison/', 'prison1.reviewer'],
      ]) {
        // the family portal's home is public services; sign-in has its own page
        const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
        page.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
        });
        await page.goto(`${origin()}/${portal}`);
        await page.locator('input[name=username]').fill(username);
        await page.locator('input[name=password]').fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: '登录', exact: true }).click();
        await page.locator('input[name=username]').waitFor({ state: 'detached' });
        await page.waitForLoadState('networkidle');
      }
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

// The uncaught 57P01 that once made this test flaky came from the harness's own idle pool (no error listener).
describe('a database outage (issue 19)', () => {
  it('reaches clients as SERVICE_UNAVAILABLE (retryable), readiness says unavailable (503) while liveness stays 200, and both recover', async () => {
    const admin = new pg.Client({ connectionString: inject('adminUrl') });
    await admin.connect();
    const database = new URL(t.databaseUrl).pathname.slice(1);
    const health = async (path: string) => {
      const answer = await fetch(t.platform.gateway.url.replace('/graphql', path));
      return { status: answer.status, body: await answer.json() };
    };
    const proxy = await t.login('proxy');
    try {
      // The database goes away: no new connections, the open ones cut.
      await admin.query(`alter database "${database}" with allow_connections false`);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
      const during = await t.gql('{ me { username } }', {}, proxy);
      expect(during.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', messageKey: 'security.databaseUnavailable', retryable: true });
      const ready = await health('/healthz');
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ status: 'unavailable', subgraphs: { judicial: { status: 'unavailable', checks: { postgres: 'down' } } } });
      expect((await health('/livez')).status).toBe(200);
    } finally {
      await admin.query(`alter database "${database}" with allow_connections true`);
      await admin.end();
    }
    await eventually(async () => {
      expect((await t.gql('{ me { username } }', {}, proxy)).errors).toBeUndefined();
      expect((await health('/healthz')).body.subgraphs.judicial.status).toBe('ok');
    }, 30_000);
  }, 60_000);
});

describe('a token whose account does not exist (issue 19)', () => {
  it('filing through the one booking pipeline answers UNAUTHENTICATED, not INTERNAL, and writes nothing', async () => {
    const ghost = await tokenFor({ accountId: randomUUID(), tenantKind: null, tenantId: null, roles: ['PROXY'] });
    const day = await givenDayWithSlots(t, 2);
    const subjectId = await givenInmate(t, 'prison1', 14);
    const result = await submit(t, ghost, { subjectId, serviceDayId: day.id, idempotencyKey: 'ghost-account' });
    expect(code(result)).toBe('UNAUTHENTICATED');
    expect(await t.sql('select count(*)::int as n from judicial.application where idempotency_key = $1', ['ghost-account'])).toEqual([{ n: 0 }]);
    expect(await t.sql('select taken from judicial.service_day where id = $1', [day.id])).toEqual([{ taken: 0 }]);
  });
});
