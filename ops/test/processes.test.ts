import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemo, DEMO_PASSWORD } from '../src/demo.js';
import { startPlatform } from '../src/platform.js';
import { createDatabase, dropDatabase } from '../src/postgres.js';
import { SUBGRAPHS } from '../src/subgraphs.js';
import { startComponent, type Component } from './support/components.js';
import { TEST_SECRETS, eventually, postGraphQL, type TestPlatform } from './support/harness.js';
import { DEMO_TENANTS } from '../src/demo.js';
import { SUBMIT, VISITOR, givenInmate, givenRelatives, givenServiceDay, submit, subscribe, type Subscription } from './support/scenario.js';

/**
 * Issue 19, more than one machine: every subgraph and two gateway replicas as separate processes
 * (`node ops/dist/serve.js <name>`, as a deployment runs them) on one database.
 */
const adminUrl = inject('adminUrl');
const name = `p_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const databaseUrl = adminUrl.replace(/\/postgres$/, `/${name}`);
const children: Component[] = [];
let pool: pg.Pool;
let gateways: string[] = [];
let judicialUrl = '';

/** Starts one component (on `port`, or a free one) on this test's database and waits until its /healthz answers. */
async function serve(role: string, env: Record<string, string>, port?: number): Promise<string> {
  const component = await startComponent(
    role,
    { ...env, DATABASE_URL: databaseUrl, INTERNAL_SECRET: TEST_SECRETS.internalSecret, TOKEN_SECRET: TEST_SECRETS.tokenSecret },
    port,
  );
  children.push(component);
  return component.url;
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
    serve('prison', {}),
    serve('detox', {}),
    serve('judicial', {}),
    serve('judicial', {}),
    serve('media', {}),
    serve('detention', {}),
  ]);
  judicialUrl = judicial;
  const urls = { PRISON_URL: prison, DETOX_URL: detox, JUDICIAL_URL: judicial, MEDIA_URL: media, DETENTION_URL: detention };
  gateways = await Promise.all([serve('gateway', urls), serve('gateway', urls)]);
}, 300_000);

afterAll(async () => {
  await Promise.all(children.map((component) => component.stop())); // one already gone (the fault test kills it) is left

  await pool?.end();
  await dropDatabase(adminUrl, name);
});

/** The scenario helpers, pointed at one gateway replica. */
function through(gatewayUrl: string): TestPlatform {
  const gql = <T>(query: string, variables?: Record<string, unknown>, token?: string) => postGraphQL<T>(gatewayUrl, query, variables, token);
  return {
    platform: undefined as never,
    databaseUrl,
    sql: async (text, params) => (await pool.query(text, params)).rows,
    gql,
    async login(username, password = DEMO_PASSWORD) {
      const result = await gql<{ login: { token: string } }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
        u: username,
        p: password,
      });
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
      const filed = await submit(a, proxy, {
        subjectId: await givenInmate(a, 'prison1', 3),
        serviceDayId: (await givenServiceDay(a, 'prison1', 3)).id,
        idempotencyKey: 'two-gateways',
      });
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
    const jobs = SUBGRAPHS.flatMap(({ definition }) => (definition.jobs ?? []).map((_, index) => `job ${definition.name}.job${index}`)).sort();
    expect(jobs.length).toBeGreaterThanOrEqual(5);
    expect(holders.rows).toEqual(jobs.map((job) => ({ job, holders: 1 })));
    const judicialJobs = await pool.query(`select count(*)::int as n from pg_stat_activity where application_name = 'job judicial.job0'`);
    expect(judicialJobs.rows[0].n).toBe(2); // both judicial replicas stand ready; one holds the lock
  }, 120_000);

  it('faults: kill -9 of the judicial process under a booking load loses and duplicates nothing; the same idempotency keys finish the job after its restart', async () => {
    const a = through(gateways[0]);
    const proxy = await a.login('proxy');
    const bookings = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const subjectId = await givenInmate(a, 'prison2', i);
        await givenRelatives(a, subjectId, [VISITOR]);
        return {
          key: `fault-key-${i}`,
          input: {
            subjectId,
            serviceDayId: (await givenServiceDay(a, 'prison2', i)).id,
            venueId: DEMO_TENANTS.bureau1.id,
            visitors: [VISITOR],
            idempotencyKey: `fault-key-${i}`,
          },
        };
      }),
    );
    const file = async ({ input }: (typeof bookings)[number]) =>
      a.gql<{ submitApplication: { id: string } }>(SUBMIT, { input }, proxy).catch(() => ({ status: 0 }) as const);

    // The load starts; the judicial process (the one the gateways use) dies mid-way, without a word.
    const judicial = children.find(({ port, process }) => port === Number(new URL(judicialUrl).port) && process.exitCode === null)!;
    const first = Promise.all(bookings.map(file));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const killedAt = Date.now();
    judicial.process.kill('SIGKILL');
    const during = await first;
    // A supervisor (Kubernetes, here the test) starts it again on its address.
    await serve('judicial', {}, Number(new URL(judicialUrl).port));
    const recoveredAfter = (Date.now() - killedAt) / 1000;

    // Whatever was not answered with an application is sent again, with the same key.
    const answered = new Map<string, string>();
    during.forEach((result, i) => {
      if ('data' in result && result.data?.submitApplication) answered.set(bookings[i].key, result.data.submitApplication.id);
    });
    for (const booking of bookings.filter(({ key }) => !answered.has(key))) {
      const again = await eventually(async () => {
        const result = await file(booking);
        expect('data' in result && result.data?.submitApplication, JSON.stringify(result)).toBeTruthy();
        return result as { data: { submitApplication: { id: string } } };
      }, 30_000);
      answered.set(booking.key, again.data.submitApplication.id);
    }
    const rows = await a.sql<{ idempotency_key: string; id: string }>(
      `select idempotency_key, id from judicial.application where idempotency_key like 'fault-key-%' order by idempotency_key`,
    );
    expect(rows).toHaveLength(12); // none lost, none twice
    expect(Object.fromEntries(rows.map((row) => [row.idempotency_key, row.id]))).toEqual(Object.fromEntries(answered));
    const slots = await a.sql<{ taken: number; filed: number }>(
      `select d.taken, (select count(*)::int from judicial.application x where x.service_day_id = d.id and x.status <> 'WITHDRAWN') as filed
      from judicial.service_day d where d.id = any($1::uuid[])`,
      [bookings.map(({ input }) => input.serviceDayId)],
    );
    expect(slots.filter(({ taken, filed }) => taken !== filed)).toEqual([]); // no slot taken without its application, or given twice
    console.log(
      `faults: judicial killed under ${bookings.length} submissions; ${bookings.length - during.filter((result) => 'data' in result && result.data?.submitApplication).length} unanswered, resubmitted with their keys; back after ${recoveredAfter.toFixed(1)} s; 0 lost, 0 duplicated`,
    );
  }, 180_000);
});
