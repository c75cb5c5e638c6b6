import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemo, DEMO_PASSWORD } from '../src/demo.js';
import { startPlatform } from '../src/platform.js';
import { createDatabase, dropDatabase, freePort } from '../src/postgres.js';
import { SUBGRAPHS } from '../src/subgraphs.js';
import { TEST_SECRETS, eventually, postGraphQL, type TestPlatform } from './support/harness.js';
import { givenInmate, givenServiceDay, submit, subscribe, type Subscription } from './support/scenario.js';

/**
 * Issue 19, more than one machine: every subgraph and two gateway replicas as separate processes
 * (`node ops/dist/serve.js <name>`, as a deployment runs them) on one database.
 */
const SERVE = fileURLToPath(new URL('../dist/serve.js', import.meta.url));
const adminUrl = inject('adminUrl');
const name = `p_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const databaseUrl = adminUrl.replace(/\/postgres$/, `/${name}`);
const children: { role: string; child: ChildProcess; output: () => string }[] = [];
let pool: pg.Pool;
let gateways: string[] = [];

/** Starts one component and waits until its /healthz answers. */
async function serve(role: string, env: Record<string, string>): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVE, role], {
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl, INTERNAL_SECRET: TEST_SECRETS.internalSecret, TOKEN_SECRET: TEST_SECRETS.tokenSecret, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => { output += chunk; });
  child.stderr!.on('data', (chunk) => { output += chunk; });
  children.push({ role, child, output: () => output });
  const url = `http://127.0.0.1:${port}/graphql`;
  await eventually(async () => {
    if (child.exitCode !== null) throw new Error(`${role} exited: ${output}`);
    const health = await fetch(url.replace('/graphql', '/healthz')).catch(() => null);
    expect(health?.status, `${role} not ready:\n${output}`).toBe(200);
  }, 120_000);
  return url;
}

beforeAll(async () => {
  await createDatabase(adminUrl, name, inject('templateDatabase'));
  // The demo province, written once by the in-process platform, which then stops.
  const seeding = await startPlatform({ databaseUrl, ...TEST_SECRETS });
  await seedDemo(seeding, { inmatesPerPrison: 20, detainees: 5 });
  pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  pool.on('error', () => undefined);
  await eventually(async () => expect((await pool.query('select count(*)::int as n from judicial.subject_ref')).rows[0].n).toBe(45), 30_000);
  await seeding.close();

  // Two replicas of the judicial subgraph start at once: their migrations take turns.
  const [prison, detox, judicial, , media, detention] = await Promise.all([
    serve('prison', {}), serve('detox', {}), serve('judicial', {}), serve('judicial', {}), serve('media', {}), serve('detention', {})]);
  const urls = { PRISON_URL: prison, DETOX_URL: detox, JUDICIAL_URL: judicial, MEDIA_URL: media, DETENTION_URL: detention };
  gateways = await Promise.all([serve('gateway', urls), serve('gateway', urls)]);
}, 300_000);

afterAll(async () => {
  await Promise.all(children.map(({ child }) => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(null);
    child.once('exit', resolve);
    child.kill('SIGTERM');
  })));
  await pool?.end();
  await dropDatabase(adminUrl, name);
});

/** The scenario helpers, pointed at one gateway replica. */
function through(gatewayUrl: string): TestPlatform {
  const gql = <T>(query: string, variables?: Record<string, unknown>, token?: string) => postGraphQL<T>(gatewayUrl, query, variables, token);
  return {
    platform: undefined as never, databaseUrl,
    sql: async (text, params) => (await pool.query(text, params)).rows,
    gql,
    async login(username, password = DEMO_PASSWORD) {
      const result = await gql<{ login: { token: string } }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password });
      if (!result.data) throw new Error(`login ${username} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    close: async () => undefined,
  };
}

describe('issue 19: the platform as separate processes, two gateway replicas', () => {
  it('an application filed through one gateway reaches a subscriber on the other once; each periodic job runs in one process only', async () => {
    const [a, b] = gateways.map(through);
    const opened: Subscription[] = [];
    try {
      const watch = 'subscription { changed: applicationChanged { id status subject { ... on Inmate { prison { name } } } } }';
      const onB = await subscribe(gateways[1].replace('http', 'ws'), await b.login('bureau1.clerk'), watch);
      const onA = await subscribe(gateways[0].replace('http', 'ws'), await a.login('bureau1.clerk'), watch);
      opened.push(onA, onB);
      const proxy = await a.login('proxy');
      const filed = await submit(a, proxy, { subjectId: await givenInmate(a, 'prison1', 3), serviceDayId: (await givenServiceDay(a, 'prison1', 3)).id, idempotencyKey: 'two-gateways' });
      expect(filed.errors).toBeUndefined();
      const id = filed.data.submitApplication.id;
      expect((await onB.result(0)).data.changed).toMatchObject({ id, status: 'SUBMITTED' });
      expect((await onA.result(0)).data.changed).toMatchObject({ id, status: 'SUBMITTED' });
      // The prison's subgraph, in its own process, opened the review case from the judicial event.
      await eventually(async () => expect((await a.sql('select count(*)::int as n from prison.review_case where application_id = $1', [id]))[0].n).toBe(1));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(onB.results.filter((result: { data?: { changed: { id: string } } }) => result.data?.changed.id === id)).toHaveLength(1); // once, not once per replica

      // The application reads the same through either replica.
      const read = 'query($id: ID!) { application(id: $id) { status subject { ... on Inmate { prison { name } } } } }';
      expect((await b.gql(read, { id }, proxy)).data).toEqual((await a.gql(read, { id }, proxy)).data);
    } finally {
      for (const subscription of opened) await subscription.close();
    }

    const holders = await pool.query(`select a.application_name as job, count(*)::int as holders from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where l.locktype = 'advisory' and l.granted and l.classid = 20261203 group by 1 order by 1`);
    expect(holders.rows).toEqual(SUBGRAPHS.map(({ definition }) => ({ job: `job ${definition.name}.job0`, holders: 1 })).sort((x, y) => x.job.localeCompare(y.job)));
    const judicialJobs = await pool.query(`select count(*)::int as n from pg_stat_activity where application_name = 'job judicial.job0'`);
    expect(judicialJobs.rows[0].n).toBe(2); // both judicial replicas stand ready; one holds the lock
  }, 120_000);
});
