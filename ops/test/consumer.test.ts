import { createLogger, handlerFor, openDatabase, startEventConsumer, type EventConsumer, type EventHandler, type Orm } from '@rv/kit';
import { prisonSubgraph } from '@rv/prison';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createDatabase, dropDatabase } from '../src/postgres.js';
import { eventually } from './support/harness.js';

/**
 * The event consumer on its own (kit/consumer.ts): the prison schema's inbox and cursor, test topics
 * written straight into judicial's outbox, and handlers that note each effect with its transaction.
 */
const name = `t_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
let databaseUrl: string;
let pool: pg.Pool;
let orm: Orm;
const sql = async (text: string, params?: unknown[]) => (await pool.query(text, params)).rows;

beforeAll(async () => {
  await createDatabase(inject('adminUrl'), name, inject('templateDatabase'));
  databaseUrl = inject('adminUrl').replace(/\/postgres$/, `/${name}`);
  pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  orm = await openDatabase({ schema: 'prison', entities: prisonSubgraph.entities, migrations: prisonSubgraph.migrations, clientUrl: databaseUrl });
  await sql('create table public.effect (topic text not null, seq bigint not null, tx xid8 not null default pg_current_xact_id())');
  // Every write of the prison's cursors, counted.
  await sql('create table public.cursor_write (source text not null, horizon xid8 not null)');
  await sql(`create function public.note_cursor_write() returns trigger language plpgsql as $$
    begin insert into public.cursor_write values (new.source, new.horizon); return new; end $$`);
  await sql('create trigger noted after insert or update on prison.event_cursor for each row execute function public.note_cursor_write()');
});
afterAll(async () => {
  await orm?.close();
  await pool?.end();
  await dropDatabase(inject('adminUrl'), name);
});

/** Notes the event's effect in the handler's transaction; fails once for a topic in `failOnce`. */
const failOnce = new Set<string>();
const note: EventHandler = async (em, event) => {
  await em.execute('insert into public.effect (topic, seq) values (?, ?)', [event.topic, event.seq]);
  if (failOnce.delete(event.topic)) throw new Error(`handler of ${event.topic} failed`);
};

async function consume(topics: string[], handler: EventHandler = note): Promise<EventConsumer> {
  return startEventConsumer({
    orm,
    schema: 'prison',
    connectionString: databaseUrl,
    handlers: { judicial: Object.fromEntries(topics.map((topic) => [topic, handler])) },
    logger: createLogger('consumer-test'),
  });
}

/** Events written together, in one transaction (a booking writes two). */
async function publish(topics: string[]): Promise<void> {
  await sql(
    `insert into judicial.outbox (topic, aggregate_type, aggregate_id, audience, payload)
     select topic, 'test', gen_random_uuid()::text, '{}'::jsonb, '{}'::jsonb from unnest($1::text[]) with ordinality as t(topic, n) order by n`,
    [topics],
  );
}

const effects = (prefix: string) => sql(`select topic, seq::text, xid(tx)::text as tx from public.effect where topic like $1 order by seq`, [`${prefix}%`]);

describe('event consumer (issue 16: one transaction per read, not per event)', () => {
  it('the events of one read are handled in one transaction, with their inbox rows and the cursor; delivered again, they have no second effect', async () => {
    const feed = await consume(['a.first', 'a.second', 'a.third']);
    try {
      await publish(['a.first', 'a.second', 'a.third']);
      const handled = await eventually(async () => {
        const rows = await effects('a.');
        expect(rows.map((row) => row.topic)).toEqual(['a.first', 'a.second', 'a.third']);
        return rows;
      });
      expect(new Set(handled.map((row) => row.tx)).size).toBe(1);
      const [cursor] = await sql(`select xmin::text as tx from prison.event_cursor where source = 'judicial'`);
      expect(cursor.tx).toBe(handled[0].tx);
      const inbox = await sql(`select seq::text from prison.event_inbox where source = 'judicial' and seq = any($1::bigint[]) order by seq`, [
        handled.map((row) => row.seq),
      ]);
      expect(inbox.map((row) => row.seq)).toEqual(handled.map((row) => row.seq));
    } finally {
      await feed.stop();
    }
    // A restart from an older cursor (delivery is at least once) reads the same events again.
    await sql(`update prison.event_cursor set horizon = '1' where source = 'judicial'`);
    const again = await consume(['a.first', 'a.second', 'a.third']);
    try {
      await eventually(async () => {
        const [cursor] = await sql(`select horizon::text from prison.event_cursor where source = 'judicial'`);
        expect(cursor.horizon).not.toBe('1');
      });
      expect((await effects('a.')).length).toBe(3);
    } finally {
      await again.stop();
    }
  });

  it('events of other topics only: the horizon passing them is stored once about a second later, not once per read', async () => {
    const feed = await consume(['c.handled']);
    try {
      await eventually(async () => expect((await sql(`select 1 from prison.event_cursor where source = 'judicial'`)).length).toBe(1));
      await sql('truncate public.cursor_write');
      // Ten transactions of other subgraphs' topics, one at a time: each wakes the feed for a read of its own.
      let lastTx = '';
      for (let i = 0; i < 10; i++) {
        await publish(['c.other']);
        lastTx = (await sql(`select xid::text from judicial.outbox where topic = 'c.other' order by seq desc limit 1`))[0].xid;
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      const [cursor] = await eventually(async () => {
        const rows = await sql(`select horizon::text from prison.event_cursor where source = 'judicial' and horizon > $1::xid8`, [lastTx]);
        expect(rows).toHaveLength(1);
        return rows;
      }, 5000);
      const writes = await sql('select horizon::text from public.cursor_write');
      // Before (2026-12-04) every read stored its horizon: 10 writes here.
      expect(writes.length).toBeLessThanOrEqual(2);
      expect(writes.at(-1)!.horizon).toBe(cursor.horizon);
    } finally {
      await feed.stop();
    }
  });

  it('an event its handler does not apply to is passed without a transaction or an inbox row; the ones it applies to are handled', async () => {
    const feed = await consume(
      ['d.maybe'],
      handlerFor<{ wanted: boolean }>((event) => event.payload.wanted, note),
    );
    try {
      const published = await sql(
        `insert into judicial.outbox (topic, aggregate_type, aggregate_id, audience, payload)
         values ('d.maybe', 'test', 'x', '{}', '{"wanted": false}'), ('d.maybe', 'test', 'y', '{}', '{"wanted": true}'),
                ('d.maybe', 'test', 'z', '{}', '{"wanted": false}')
         returning seq::text`,
      );
      const [skipped, wanted] = published.map((row) => row.seq);
      await eventually(async () => expect((await effects('d.')).map((row) => row.seq)).toEqual([wanted]));
      const inbox = await sql(`select seq::text from prison.event_inbox where source = 'judicial' and seq = any($1::bigint[]) order by seq`, [
        published.map((row) => row.seq),
      ]);
      expect(inbox.map((row) => row.seq)).toEqual([wanted]);
      expect(skipped).not.toBe(wanted);

      // A read of events it applies to none of: no transaction at all (the cursor is stored later, as for other topics).
      await sql('truncate public.cursor_write');
      await sql(
        `insert into judicial.outbox (topic, aggregate_type, aggregate_id, audience, payload) values ('d.maybe', 'test', 'w', '{}', '{"wanted": false}')`,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await sql('select * from public.cursor_write')).toEqual([]);
      expect((await effects('d.')).length).toBe(1);
    } finally {
      await feed.stop();
    }
  });

  it('a burst of transactions, each with its own notification, is read once and handled in one transaction', async () => {
    const feed = await consume(['e.warm', 'e.burst']);
    try {
      // The feed's first read (its reader connecting) is over before the burst.
      await publish(['e.warm']);
      await eventually(async () => expect(await effects('e.warm')).toHaveLength(1));
      // Five commits 2 ms apart, as bookings commit in a storm. Before (2026-12-05) the first notification was read at
      // once, alone, and the consumer read and handled the burst in several transactions; now the read waits 20 ms.
      const one = `begin; insert into judicial.outbox (topic, aggregate_type, aggregate_id, audience, payload) values ('e.burst', 'test', 'x', '{}', '{}'); commit;`;
      await pool.query(Array.from({ length: 5 }, () => one).join(' select pg_sleep(0.002); '));
      const handled = await eventually(async () => {
        const rows = await effects('e.burst');
        expect(rows).toHaveLength(5);
        return rows;
      });
      expect(new Set(handled.map((row) => row.tx)).size).toBe(1);
    } finally {
      await feed.stop();
    }
  });

  it('a handler that fails leaves nothing of its read: no effect, inbox row or cursor; a later read handles every event once', async () => {
    const feed = await consume(['b.first', 'b.second']);
    try {
      const [before] = await sql(`select horizon::text from prison.event_cursor where source = 'judicial'`);
      failOnce.add('b.second');
      await publish(['b.first', 'b.second']);
      await eventually(async () => expect(failOnce.size).toBe(0)); // the first attempt ran and failed
      const handled = await eventually(async () => {
        const rows = await effects('b.');
        expect(rows.map((row) => row.topic)).toEqual(['b.first', 'b.second']);
        return rows;
      });
      expect(new Set(handled.map((row) => row.tx)).size).toBe(1);
      const [after] = await sql(`select horizon::text, xmin::text as tx from prison.event_cursor where source = 'judicial'`);
      expect(after.horizon).not.toBe(before.horizon);
      expect(after.tx).toBe(handled[0].tx);
    } finally {
      await feed.stop();
    }
  });
});
