import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { announceDeadlines } from '@rv/kit';
import { INMATE_REVIEWS } from '@rv/prison';
import { OutboxFeed, clock } from '@rv/schema';
import { DEMO_TENANTS } from '../src/demo.js';
import { eventually, givenPlatform, type TestPlatform } from './support/harness.js';
import { givenInmate, givenProxies, givenServiceDay, givenStaff, submit, subscribe, type Subscription } from './support/scenario.js';

let t: TestPlatform;
const open: Subscription[] = [];
beforeAll(async () => {
  t = await givenPlatform({ reconnectDelayMs: 1500 });
});
afterAll(async () => {
  for (const subscription of open) await subscription.close();
  await t?.close();
});

const WATCH = `subscription Watch($id: ID) { changed: applicationChanged(id: $id) {
  id status serviceDay { date } subject { ... on Inmate { name prison { name } } } } }`;

async function watch(username: string, variables: Record<string, unknown> = {}, query = WATCH) {
  return watchWith(await t.login(username), query, variables);
}

async function watchWith(token: string, query: string, variables: Record<string, unknown> = {}) {
  const subscription = await subscribe(t.platform.gateway.wsUrl, token, query, variables);
  open.push(subscription);
  return subscription;
}

async function approve(applicationId: string) {
  const reviewer = await t.login('prison1.reviewer');
  const decide = 'mutation($id: ID!) { decideInmateReview(applicationId: $id, approve: true) { status } }';
  return eventually(async () => {
    const result = await t.gql(decide, { id: applicationId }, reviewer);
    if (result.errors?.[0].extensions?.code === 'NOT_FOUND') throw new Error('review case not open yet');
    expect(result.errors).toBeUndefined();
  });
}

describe('subscriptions through the gateway (graphql-ws)', () => {
  it('the bureau clerk receives the approval live, with fields from the judicial and prison subgraphs', async () => {
    const clerk = await watch('bureau1.clerk');
    const proxy = await t.login('proxy');
    const subjectId = await givenInmate(t, 'prison1', 0);
    const day = await givenServiceDay(t, 'prison1', 0);
    const { data } = await submit(t, proxy, { subjectId, serviceDayId: day.id, idempotencyKey: 'live-approval' });
    const id = data.submitApplication.id;

    const submitted = await clerk.result(0);
    expect(submitted.data.changed).toMatchObject({
      id,
      status: 'SUBMITTED',
      serviceDay: { date: day.date },
      subject: { prison: { name: DEMO_TENANTS.prison1.name } },
    });
    expect(submitted.extensions.event).toMatchObject({ source: 'judicial', topic: 'application.changed' });

    await approve(id);
    const approved = await clerk.result(1);
    expect(approved.data.changed).toMatchObject({ id, status: 'APPROVED', subject: { name: expect.any(String) } });
  });

  it('subscribers only hear of what their tenant may see', async () => {
    const otherBureau = await watch('bureau2.clerk');
    const otherPrison = await watch('prison2.reviewer');
    const auditor = await watch('province.auditor');
    const province = await watch('province.supervisor');
    const proxy = await t.login('proxy');
    await submit(t, proxy, {
      subjectId: await givenInmate(t, 'prison1', 1),
      serviceDayId: (await givenServiceDay(t, 'prison1', 1)).id,
      idempotencyKey: 'live-isolation',
    });
    await province.result(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(otherBureau.results).toEqual([]);
    expect(otherPrison.results).toEqual([]);
    expect(auditor.results).toEqual([]);
  });

  it('issue 16: staff accounts of one unit with the same roles share one execution per event; another role, unit or a public account has its own, and another unit hears nothing', async () => {
    const bridge = t.platform.gateway.bridge;
    // A document of its own, so the other tests' subscribers are not in its groups.
    const SHARED = 'subscription { shared: applicationChanged { id status venue { name } } }';
    const { bureau1, bureau2 } = DEMO_TENANTS;
    const shared = () => bridge.groups('application.changed').filter((group) => group.query.includes('shared: application('));
    const clerkA = await watchWith(await givenStaff(t, bureau1.kind, bureau1.id, 'INTAKE_CLERK'), SHARED);
    const clerkB = await watchWith(await givenStaff(t, bureau1.kind, bureau1.id, 'INTAKE_CLERK'), SHARED);
    const reviewer = await watchWith(await givenStaff(t, bureau1.kind, bureau1.id, 'REVIEWER'), SHARED);
    const otherBureau = await watchWith(await givenStaff(t, bureau2.kind, bureau2.id, 'INTAKE_CLERK'), SHARED);
    const [proxyA, proxyB] = await givenProxies(t, 2);
    await watchWith(proxyA, SHARED);
    await watchWith(proxyB, SHARED);
    // clerks A and B: one group; the reviewer, the other bureau and each proxy: one each.
    expect(
      shared()
        .map((group) => group.subscribers)
        .sort(),
    ).toEqual([1, 1, 1, 1, 2]);
    const proxy = await t.login('proxy');
    const submitted = await submit(t, proxy, {
      subjectId: await givenInmate(t, 'prison1', 9),
      serviceDayId: (await givenServiceDay(t, 'prison1', 9)).id,
      idempotencyKey: 'live-shared',
    });
    const id = submitted.data.submitApplication.id;
    const a = await clerkA.result(0);
    const b = await clerkB.result(0);
    expect(a.data.shared).toEqual({ id, status: 'SUBMITTED', venue: { name: bureau1.name } });
    expect(b).toEqual(a);
    expect((await reviewer.result(0)).data.shared).toEqual({ id, status: 'SUBMITTED', venue: { name: bureau1.name } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Told: bureau1's two groups (the event's audience is the venue, the institution and the proxy,
    // none of the fresh proxies, so their groups are not run); bureau2's group is not told at all.
    expect(
      shared()
        .map((group) => [group.subscribers, group.executions])
        .sort(),
    ).toEqual([
      [1, 0],
      [1, 0],
      [1, 0],
      [1, 1],
      [2, 1],
    ]);
    expect(otherBureau.results).toEqual([]);
  });

  it('a subscription to one application ignores the others', async () => {
    const proxy = await t.login('proxy');
    const first = await submit(t, proxy, {
      subjectId: await givenInmate(t, 'prison1', 2),
      serviceDayId: (await givenServiceDay(t, 'prison1', 2)).id,
      idempotencyKey: 'live-one-a',
    });
    const family = await watch('proxy', { id: first.data.submitApplication.id });
    await submit(t, proxy, {
      subjectId: await givenInmate(t, 'prison1', 3),
      serviceDayId: (await givenServiceDay(t, 'prison1', 3)).id,
      idempotencyKey: 'live-one-b',
    });
    await approve(first.data.submitApplication.id);
    const only = await family.result(0);
    expect(only.data.changed).toMatchObject({ id: first.data.submitApplication.id, status: 'APPROVED' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(family.results).toHaveLength(1);
  });

  it('meetingChanged: an approved application gets its meeting, announced by the media subgraph', async () => {
    const monitor = await watch('prison1.monitor', {}, 'subscription { meetingChanged { state date application { id status } } }');
    const proxy = await t.login('proxy');
    const submitted = await submit(t, proxy, {
      subjectId: await givenInmate(t, 'prison1', 4),
      serviceDayId: (await givenServiceDay(t, 'prison1', 4)).id,
      idempotencyKey: 'live-meeting',
    });
    await approve(submitted.data.submitApplication.id);
    const meeting = await monitor.result(0);
    expect(meeting.data.meetingChanged).toMatchObject({ state: 'SCHEDULED', application: { id: submitted.data.submitApplication.id, status: 'APPROVED' } });
  });

  it('a delivery the subgraph answers with nothing is counted, not pushed (rv_gateway_subscription_dropped_total)', async () => {
    // One subscriber, told by its account alone: one execution, one delivery to count.
    const token = await givenStaff(t, 'PRISON', DEMO_TENANTS.prison1.id, 'MONITOR');
    const accountId = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).sub as string;
    const monitor = await watchWith(token, 'subscription { meetingChanged { id state } }');
    const dropped = async () => {
      const text = await (await fetch(new URL('/metrics', t.platform.gateway.url))).text();
      return text
        .split('\n')
        .filter(
          (line) => line.startsWith('rv_gateway_subscription_dropped_total{') && line.includes('topic="meeting.changed"') && line.includes('reason="empty"'),
        )
        .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
    };
    const before = await dropped();
    const missing = randomUUID(); // a meeting that does not exist: media answers nothing for it
    await t.sql(
      `insert into media.outbox (topic, aggregate_type, aggregate_id, audience, payload) values ('meeting.changed', 'Meeting', $1, $2::jsonb, '{}'::jsonb)`,
      [missing, JSON.stringify([`account:${accountId}`])],
    );
    await eventually(async () => expect(await dropped()).toBe(before + 1));
    expect(monitor.results.filter((result) => result.data?.meetingChanged?.id === missing)).toEqual([]);
  });

  it('no event is lost while the gateway’s listener is down: it reconnects and catches up from the outbox', async () => {
    const clerk = await watch('bureau1.clerk');
    const feed = t.platform.gateway.feed;
    const before = feed.backendPid;
    await t.sql('select pg_terminate_backend($1)', [before]);
    await eventually(() => expect(feed.backendPid).toBeNull());

    // While the listener is down (it waits 1.5 s before reconnecting), two changes commit.
    const proxy = await t.login('proxy');
    const a = await submit(t, proxy, {
      subjectId: await givenInmate(t, 'prison1', 5),
      serviceDayId: (await givenServiceDay(t, 'prison1', 5)).id,
      idempotencyKey: 'catch-up-a',
    });
    const b = await submit(t, proxy, {
      subjectId: await givenInmate(t, 'prison1', 6),
      serviceDayId: (await givenServiceDay(t, 'prison1', 6)).id,
      idempotencyKey: 'catch-up-b',
    });
    expect(feed.backendPid).toBeNull();
    expect(clerk.results).toEqual([]);

    await clerk.result(1, 10_000);
    expect(feed.backendPid).not.toBeNull();
    expect(feed.backendPid).not.toBe(before);
    expect(clerk.results.map((r) => r.data.changed.id).sort()).toEqual([a.data.submitApplication.id, b.data.submitApplication.id].sort());
  });

  it('idle, the event consumers store nothing: an unchanged cursor is not written again (issue 16)', async () => {
    // Each write is a transaction that moves every other feed's horizon: the consumers once kept each
    // other rewriting their cursors on every poll, ~200 transactions a second with nothing happening.
    const cursors = async () => {
      const tables = await t.sql(`select table_schema from information_schema.tables where table_name = 'event_cursor' order by 1`);
      expect(tables.length).toBeGreaterThanOrEqual(4);
      const rows = await Promise.all(
        tables.map(({ table_schema }) => t.sql(`select '${table_schema}' as consumer, source, xmin::text as version from "${table_schema}"."event_cursor"`)),
      );
      return rows.flat().sort((a, b) => `${a.consumer}.${a.source}`.localeCompare(`${b.consumer}.${b.source}`));
    };
    await eventually(async () => {
      const before = await cursors();
      await new Promise((resolve) => setTimeout(resolve, 3000)); // three polls of every feed
      expect(await cursors()).toEqual(before);
    }, 20_000);
  });

  it('the event feeds of the process listen on one connection per setting, not one each (issue 16)', async () => {
    // Six feeds: the gateway's and five consumers'. This file's gateway waits 1.5 s before reconnecting
    // (the catch-up test), so it has a listener of its own; the consumers share the other.
    const listeners = await t.sql(
      `select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = 'rv-outbox-listener'`,
    );
    expect(listeners).toEqual([{ n: 2 }]);
  });

  it('a feed stopped while its listener is still connecting leaves no connection behind', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const feed = new OutboxFeed({
      connectionString: t.databaseUrl,
      sources: ['judicial'],
      applicationName: 'rv-test-stopped-feed',
      startAt: async (_source, horizon) => {
        await held; // the connection is open and listening; the feed has not taken it yet
        return horizon;
      },
      onEvents: async () => undefined,
    });
    const listeners = () => t.sql(`select count(*)::int as n from pg_stat_activity where application_name = 'rv-test-stopped-feed'`);
    const starting = feed.start();
    await eventually(async () => expect(await listeners()).toEqual([{ n: 1 }]));
    await feed.stop();
    release();
    await starting;
    await eventually(async () => expect(await listeners()).toEqual([{ n: 0 }]));
  });

  it('GD-21 / GD-22: a reviewer’s queue updates live: a case opens with its due day, then is decided', async () => {
    const reviewer = await watch('prison1.reviewer', {}, 'subscription { reviewChanged { status dueOn overdue application { id } inmate { name } } }');
    const otherPrison = await watch('prison2.reviewer', {}, 'subscription { reviewChanged { status } }');
    const detoxReviewer = await watch('detox1.reviewer', {}, 'subscription { detoxReviewChanged { status } }');
    const proxy = await t.login('proxy');
    const submitted = await submit(t, proxy, {
      subjectId: await givenInmate(t, 'prison1', 7),
      serviceDayId: (await givenServiceDay(t, 'prison1', 7)).id,
      idempotencyKey: 'live-review-queue',
    });
    const opened = await reviewer.result(0);
    expect(opened.data.reviewChanged).toMatchObject({
      status: 'PENDING',
      overdue: false,
      dueOn: expect.any(String),
      application: { id: submitted.data.submitApplication.id },
    });
    await approve(submitted.data.submitApplication.id);
    expect((await reviewer.result(1)).data.reviewChanged.status).toBe('APPROVED');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(otherPrison.results).toEqual([]);
    expect(detoxReviewer.results).toEqual([]);
  });

  it('GD-22: when the day turns, a case falling due (or overdue) is pushed to the reviewer with its new flags', async () => {
    const proxy = await t.login('proxy');
    const submitted = await submit(t, proxy, {
      subjectId: await givenInmate(t, 'prison1', 8),
      serviceDayId: (await givenServiceDay(t, 'prison1', 8)).id,
      idempotencyKey: 'day-turns',
    });
    const id = submitted.data.submitApplication.id;
    const reviewer = await watch('prison1.reviewer', {}, 'subscription { reviewChanged { dueToday overdue application { id } } }');
    const [{ due }] = await eventually(async () => {
      const rows = await t.sql('select due_on::text as due from prison.review_case where application_id = $1', [id]);
      if (!rows.length) throw new Error('review case not open yet');
      return rows;
    });
    const realNow = clock.now;
    try {
      clock.now = () => new Date(`${due}T00:01:00+08:00`);
      const em = t.platform.subgraphs.prison.orm.em.fork();
      expect(await em.transactional((tx) => announceDeadlines(tx, INMATE_REVIEWS, due))).toBeGreaterThanOrEqual(1);
      await eventually(async () =>
        expect(reviewer.results.map((r) => r.data.reviewChanged)).toContainEqual({ dueToday: true, overdue: false, application: { id } }),
      );
    } finally {
      clock.now = realNow;
    }
  });

  it('a socket without a valid token is refused; an invalid subscription gets a validation error', async () => {
    await expect(subscribe(t.platform.gateway.wsUrl, undefined, WATCH)).rejects.toMatchObject({ code: 4403 });
    await expect(subscribe(t.platform.gateway.wsUrl, 'not-a-token', WATCH)).rejects.toMatchObject({ code: 4403 });
    const bad = await watch('bureau1.clerk', {}, 'subscription { applicationChanged { noSuchField } }');
    await eventually(() => expect(bad.errors.length).toBe(1));
  });

  it('a subscription document too long or unreadable is that subscription’s error, with the HTTP path’s codes; the socket and its other subscriptions stay', async () => {
    const token = await t.login('bureau1.clerk');
    let closed: unknown;
    const client = createClient({
      url: t.platform.gateway.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authToken: token },
      on: {
        closed: (event) => {
          closed = event;
        },
      },
    });
    const errorsOf = (query: string) =>
      new Promise<any[]>((resolve) =>
        client.subscribe({ query }, { next: () => undefined, error: (errors) => resolve(errors as any[]), complete: () => resolve([]) }),
      );
    const long = `subscription { applicationChanged { ${Array.from({ length: 4000 }, () => 'id').join(' ')} } }`;
    expect((await errorsOf(long)).map((error) => error.extensions)).toEqual([
      { code: 'QUERY_TOO_LARGE', messageKey: 'platform.queryTooLarge', params: { tokens: 3000 } },
    ]);
    expect((await errorsOf('subscription { applicationChanged { id }')).map((error) => [error.extensions.code, error.message])).toEqual([
      ['BAD_USER_INPUT', '查询语句有误，无法解析'],
    ]);
    expect(closed).toBeUndefined();
    // The same socket still carries a valid subscription.
    const live: unknown[] = [];
    client.subscribe({ query: WATCH }, { next: (value) => live.push(value), error: (error) => live.push(error), complete: () => undefined });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const subjectId = await givenInmate(t, 'prison1', 10);
    const day = await givenServiceDay(t, 'prison1', 10);
    const submitted = await submit(t, await t.login('proxy'), { subjectId, serviceDayId: day.id, idempotencyKey: 'same-socket-after-errors' });
    expect(submitted.errors).toBeUndefined();
    await eventually(() =>
      expect(live).toEqual([expect.objectContaining({ data: expect.objectContaining({ changed: expect.objectContaining({ status: 'SUBMITTED' }) }) })]),
    );
    expect(closed).toBeUndefined();
    await client.dispose();
  });
});
