import { OutboxFeed, OutboxListener, type OutboxEvent, type OutboxFeedOptions } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, inject } from 'vitest';
import { createDatabase, dropDatabase } from '../src/postgres.js';
import { eventually } from './support/harness.js';

/**
 * Outbox feeds of one process on one listener (schema/src/outbox-feed.ts, issue 16): one LISTEN
 * connection, and one read of a source for the feeds that ask together. Events are written straight into
 * judicial's outbox (its trigger sends the NOTIFY).
 */
const name = `t_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
let databaseUrl: string;
let pool: pg.Pool;
const sql = async (text: string, params?: unknown[]) => (await pool.query(text, params)).rows;

beforeAll(async () => {
  await createDatabase(inject('adminUrl'), name, inject('templateDatabase'));
  databaseUrl = inject('adminUrl').replace(/\/postgres$/, `/${name}`);
  pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
});
afterAll(async () => {
  await pool?.end();
  await dropDatabase(inject('adminUrl'), name);
});

const horizonNow = async (): Promise<string> => (await sql('select pg_snapshot_xmin(pg_current_snapshot())::text as h'))[0].h;
const emit = async (topic: string) =>
  sql(`insert into judicial.outbox (topic, aggregate_type, aggregate_id, audience, payload) values ($1, 'Test', $2, '[]'::jsonb, '{}'::jsonb)`, [
    topic,
    randomUUID(),
  ]);
const connections = async (applicationName: string) =>
  (await sql('select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = $1', [applicationName]))[0].n;

/** A feed of judicial's outbox that keeps the topics it was given; `refuse` makes its handler fail for a topic once. */
function testFeed(applicationName: string, startAt: string, extra: Partial<OutboxFeedOptions> = {}) {
  const topics: string[] = [];
  const refuse = new Set<string>();
  const feed = new OutboxFeed({
    connectionString: databaseUrl,
    sources: ['judicial'],
    applicationName,
    pollMs: 60_000, // no poll during a test: only notifications read
    startAt: () => startAt,
    onEvents: async (_source, events: OutboxEvent[]) => {
      const refused = events.find((event) => refuse.delete(event.topic));
      if (refused) throw new Error(`refused ${refused.topic}`);
      topics.push(...events.map((event) => event.topic));
    },
    onError: () => undefined,
    ...extra,
  });
  return { feed, topics, refuse };
}

describe('outbox feeds of one process share a listener (issue 16)', () => {
  const started: OutboxFeed[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((feed) => feed.stop()));
  });

  it('three feeds hold one LISTEN connection; when the last stops, no connection is left', async () => {
    const applicationName = 'rv-test-one-listener';
    const feeds = [0, 1, 2].map(async () => testFeed(applicationName, await horizonNow()).feed);
    for (const feed of await Promise.all(feeds)) {
      await feed.start();
      started.push(feed);
    }

    expect(await connections(applicationName)).toBe(1);
    expect(new Set(started.map((feed) => feed.backendPid)).size).toBe(1);

    await Promise.all(started.splice(0).map((feed) => feed.stop()));
    await eventually(async () => expect((await connections(applicationName)) + (await connections(`${applicationName}-reader`))).toBe(0));
  });

  it('feeds woken by one notification share one read; each gets only the rows at or above its own horizon', async () => {
    const applicationName = 'rv-test-shared-read';
    const before = await horizonNow();
    await emit('first');
    // A starts from before `first`, B from after it. A's handler fails on `first` once, so A stays behind B.
    const a = testFeed(applicationName, before, { settleMs: 50 });
    a.refuse.add('first');
    const b = testFeed(applicationName, await horizonNow(), { settleMs: 50 });
    for (const feed of [a.feed, b.feed]) {
      await feed.start();
      started.push(feed);
    }
    const listener = OutboxListener.shared({ connectionString: databaseUrl, applicationName, pollMs: 60_000 } as OutboxFeedOptions);
    await eventually(() => expect(a.refuse.size).toBe(0)); // A's first read came, and failed
    const readsBefore = listener.reads;

    await emit('second');

    await eventually(() => expect(b.topics).toEqual(['second']));
    await eventually(() => expect(a.topics).toEqual(['first', 'second']));
    expect(listener.reads - readsBefore).toBe(1);
  });
});
