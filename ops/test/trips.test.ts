import { executePrepared, inserting, openDatabase, read, together, type Orm, type Part } from '@rv/kit';
import { Prison, prisonSubgraph } from '@rv/prison';
import { randomUUID } from 'node:crypto';
import { Kysely, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject, vi } from 'vitest';
import { createDatabase, dropDatabase } from '../src/postgres.js';

/**
 * kit's `together` (trips.ts) on its own: several parts of a transaction in one statement, each part's
 * rows, and each part's verdict in order (the booking sends its reads and its last changes this way).
 */
const name = `t_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
let pool: pg.Pool;
let orm: Orm;
const sql = async (text: string, params?: unknown[]) => (await pool.query(text, params)).rows;

beforeAll(async () => {
  await createDatabase(inject('adminUrl'), name, inject('templateDatabase'));
  const databaseUrl = inject('adminUrl').replace(/\/postgres$/, `/${name}`);
  pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  orm = await openDatabase({ schema: 'prison', entities: prisonSubgraph.entities, migrations: prisonSubgraph.migrations, clientUrl: databaseUrl });
  await sql(`create table public.counter (id text primary key, n int not null, cap int not null)`);
  await sql(`insert into public.counter values ('a', 0, 1), ('b', 0, 5)`);
});
afterAll(async () => {
  await orm?.close();
  await pool?.end();
  await dropDatabase(inject('adminUrl'), name);
});

/** Takes one of the counter's places while any is left; refuses (throws `full <id>`) when none is. */
const taking = (id: string): Part<{ n: number }> => ({
  sql: `update public.counter set n = n + 1 where id = ? and n < cap returning n`,
  params: [id],
  then: (rows) => {
    if (!rows.length) throw new Error(`full ${id}`);
  },
});

describe('together', () => {
  it('sends reads and changes as one statement and gives each part its rows; a null part is not sent and has none', async () => {
    const executeQuery = vi.spyOn(Kysely.prototype, 'executeQuery');
    const [counters, taken, nothing] = await orm.em
      .fork()
      .transactional((tx) => together(tx, [read<{ id: string; cap: number }>(`select id, cap from public.counter order by id`, []), taking('b'), null]));
    expect(executeQuery).toHaveBeenCalledTimes(1);
    executeQuery.mockRestore();
    expect(counters).toEqual([
      { id: 'a', cap: 1 },
      { id: 'b', cap: 5 },
    ]);
    expect(taken).toEqual([{ n: 1 }]);
    expect(nothing).toEqual([]);
    expect(await sql(`select n from public.counter where id = 'b'`)).toEqual([{ n: 1 }]);
  });

  it('sends the statement prepared, under one name for its text, so PostgreSQL plans it once per connection (issue 16)', async () => {
    const prepared = await orm.em.fork().transactional(async (tx) => {
      const trip = () => together(tx, [read(`select id from public.counter where id = ?`, ['a']), read(`select n from public.counter where id = ?`, ['b'])]);
      await trip();
      await trip();
      return tx.execute<{ name: string; statement: string; runs: number }[]>(
        `select name, statement, (generic_plans + custom_plans)::int as runs from pg_prepared_statements where statement like 'with p0 as (select id from public.counter%'`,
      );
    });
    expect(prepared).toHaveLength(1);
    expect(prepared[0].name).toMatch(/^rv_[0-9a-f]{24}$/);
    expect(prepared[0].statement).toContain('where id = $1), p1 as (select n from public.counter where id = $2)');
    expect(prepared[0].runs).toBe(2);
  });

  it('a prepared trip outlives a migration that adds a column to what it selects: its result is one jsonb column per part', async () => {
    await expect(
      orm.em.fork().transactional(async (tx) => {
        const trip = () => together(tx, [read<Record<string, unknown>>(`select * from public.counter where id = ?`, ['a']), read(`select 1 as one`, [])]);
        expect((await trip())[0][0]).not.toHaveProperty('extra');
        await tx.execute('alter table public.counter add column extra int');
        expect((await trip())[0][0]).toHaveProperty('extra', null);
        throw new Error('undo the column');
      }),
    ).rejects.toThrow('undo the column');
  });

  it('binds values as MikroORM writes them in: an array as a list, a plain object as JSON, an escaped ? as the operator', async () => {
    const [listed, json, operator] = await orm.em
      .fork()
      .transactional((tx) =>
        together(tx, [
          read<{ id: string }>(`select id from public.counter where id in (?) order by id`, [['a', 'b']]),
          read<{ k: string }>(`select (?::jsonb) ->> 'k' as k`, [{ k: '值' }]),
          read<{ has: boolean }>(`select (?::jsonb \\? 'k') as has`, [{ k: 1 }]),
        ]),
      );
    expect(listed).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(json).toEqual([{ k: '值' }]);
    expect(operator).toEqual([{ has: true }]);
  });

  it('runs the verdicts in the parts’ order: the first refusal throws and the transaction writes nothing', async () => {
    await sql(`update public.counter set n = cap where id = 'a'`);
    const verdicts: string[] = [];
    const noting = (part: Part<{ n: number }>, label: string): Part<{ n: number }> => ({
      ...part,
      then: (rows, em) => {
        verdicts.push(label);
        return part.then?.(rows, em);
      },
    });
    await expect(
      orm.em.fork().transactional((tx) => together(tx, [noting(taking('b'), 'b'), noting(taking('a'), 'a'), noting(taking('b'), 'b again')])),
    ).rejects.toThrow('full a');
    expect(verdicts).toEqual(['b', 'a']);
    // 'b' was taken (twice) inside the statement; the refusal of 'a' rolled it back.
    expect(await sql(`select id, n from public.counter order by id`)).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 1 },
    ]);
  });

  it('sends a lone part as it is, not prepared (its rows may be `select *`: a migration could change their type)', async () => {
    const execute = vi.spyOn(orm.em.getConnection(), 'execute');
    const [rows] = await together(orm.em.fork(), [read<{ n: number }>(`select n from public.counter where id = ?`, ['b'])]);
    expect(execute.mock.calls.map(([query]) => query)).toEqual(['select n from public.counter where id = ?']);
    execute.mockRestore();
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('executePrepared: a statement of named columns prepared on its own, outside a transaction too', async () => {
    const executeQuery = vi.spyOn(Kysely.prototype, 'executeQuery');
    const em = orm.em.fork();
    expect(await executePrepared(em, `select n from public.counter where id = ?`, ['b'])).toEqual([{ n: 1 }]);
    const sent = executeQuery.mock.calls.map(([query]) => (query as CompiledQuery).sql as unknown as { name: string; text: string });
    expect(sent.map(({ name, text }) => ({ name, text }))).toEqual([
      { name: expect.stringMatching(/^rv_[0-9a-f]{24}$/), text: 'select n from public.counter where id = $1' },
    ]);
    executeQuery.mockRestore();
  });
});

describe('inserting', () => {
  it('writes a new entity in the statement of the other parts, as a flush would (jsonb as JSON); the entity is then managed: the closing flush does not insert it again, and a change after is an update', async () => {
    const executeQuery = vi.spyOn(Kysely.prototype, 'executeQuery');
    const id = await orm.em.fork().transactional(async (tx) => {
      const prison = tx.create(Prison, { name: '甲监狱', region: '广州', rulePack: 'SX', wardDays: { 1: [3, 17], 2: [5] } }, { persist: false });
      const [inserted, [counter]] = await together(tx, [inserting(tx, prison), read<{ cap: number }>(`select cap from public.counter where id = ?`, ['a'])]);
      expect(inserted).toHaveLength(1);
      expect(counter).toEqual({ cap: 1 });
      expect(executeQuery).toHaveBeenCalledTimes(1);
      prison.region = '深圳';
      return prison.id;
    });
    executeQuery.mockRestore();
    expect(await sql(`select name, region, rule_pack, ward_days from prison.prison where id = $1`, [id])).toEqual([
      { name: '甲监狱', region: '深圳', rule_pack: 'SX', ward_days: { 1: [3, 17], 2: [5] } },
    ]);
  });
});
