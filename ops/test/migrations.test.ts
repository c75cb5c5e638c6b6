import { openDatabase } from '@rv/kit';
import pg from 'pg';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { SUBGRAPHS } from '../src/subgraphs.js';
import { createDatabase, dropDatabase } from '../src/postgres.js';

const name = `m_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const adminUrl = inject('adminUrl');
const url = adminUrl.replace(/\/postgres$/, `/${name}`);
afterAll(() => dropDatabase(adminUrl, name));

describe('migrations: one schema per subgraph', () => {
  it('each subgraph migrates only its own schema; migrating another leaves its rows and tables alone', async () => {
    await createDatabase(adminUrl, name);
    const [prison, ...others] = SUBGRAPHS.map((s) => s.definition);
    const open = (definition: (typeof SUBGRAPHS)[number]['definition']) =>
      openDatabase({ schema: definition.schema, entities: definition.entities, migrations: definition.migrations, clientUrl: url });
    await (await open(prison)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`insert into prison.prison (id, name, region, rule_pack) values (gen_random_uuid(), 'kept', 'x', 'GD')`);
      const tablesBefore = await client.query(`select table_name from information_schema.tables where table_schema = 'prison' order by 1`);
      for (const definition of others) await (await open(definition)).close();
      // A second start applies nothing and changes nothing.
      for (const definition of SUBGRAPHS.map((s) => s.definition)) await (await open(definition)).close();
      expect((await client.query(`select name from prison.prison`)).rows).toEqual([{ name: 'kept' }]);
      expect((await client.query(`select table_name from information_schema.tables where table_schema = 'prison' order by 1`)).rows).toEqual(tablesBefore.rows);
      const schemas = await client.query(
        `select schema_name from information_schema.schemata where schema_name in ('prison','detox','judicial','media') order by 1`,
      );
      expect(schemas.rows.map((r) => r.schema_name)).toEqual(['detox', 'judicial', 'media', 'prison']);
      for (const definition of SUBGRAPHS.map((s) => s.definition)) {
        const applied = await client.query(`select name from "${definition.schema}".mikro_orm_migrations order by id`);
        expect(applied.rows.map((row) => row.name)).toEqual(definition.migrations.map((migration) => migration.name));
      }
    } finally {
      await client.end();
    }
  });
});

/** `ops/migrations.sha256`: one `sha256sum` line per released migration, appended when one is added. */
const ROOT = join(import.meta.dirname, '../..');
const LOCK = 'ops/migrations.sha256';

describe('released migrations are never edited', () => {
  it('every migration file matches its line in ops/migrations.sha256; a new one is added there, none edited or removed', () => {
    const locked = new Map(
      readFileSync(join(ROOT, LOCK), 'utf8')
        .trim()
        .split('\n')
        .map((line) => {
          const [sha, path] = line.split(/\s+/);
          return [path, sha] as const;
        }),
    );
    const onDisk = new Map<string, string>(
      SUBGRAPHS.flatMap(({ definition }) => {
        const folder = `subgraphs/${definition.schema}/src/migrations`;
        return readdirSync(join(ROOT, folder))
          .filter((file) => file.endsWith('.ts'))
          .map(
            (file) =>
              [
                `${folder}/${file}`,
                createHash('sha256')
                  .update(readFileSync(join(ROOT, folder, file)))
                  .digest('hex'),
              ] as const,
          );
      }),
    );
    const edited = [...locked].filter(([path, sha]) => onDisk.has(path) && onDisk.get(path) !== sha).map(([path]) => path);
    const removed = [...locked.keys()].filter((path) => !onDisk.has(path));
    const unlisted = [...onDisk].filter(([path]) => !locked.has(path)).map(([path, sha]) => `${sha}  ${path}`);
    expect({ edited, removed }, 'a released migration was changed: add a new migration instead').toEqual({ edited: [], removed: [] });
    expect(unlisted, `new migrations: append these lines to ${LOCK} (sha256sum <file> >> ${LOCK})`).toEqual([]);
    expect(locked.size).toBeGreaterThan(40);
  });
});

describe('issue 14: decisions stored as words before are read back into keys', () => {
  const keyedName = `m_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const keyedUrl = adminUrl.replace(/\/postgres$/, `/${keyedName}`);
  afterAll(() => dropDatabase(adminUrl, keyedName));

  /** A row with the given values, every other required column filled by its type (a migration test has no services to go through). */
  async function insertRow(client: pg.Client, table: string, values: Record<string, unknown>): Promise<void> {
    const required = await client.query(
      `select column_name, data_type from information_schema.columns
      where table_schema = 'judicial' and table_name = $1 and is_nullable = 'NO' and column_default is null`,
      [table],
    );
    const FILL: Record<string, unknown> = {
      uuid: randomUUID(),
      date: '2026-12-01',
      boolean: false,
      integer: 0,
      jsonb: '[]',
      'timestamp with time zone': new Date(),
    };
    const row: Record<string, unknown> = {};
    for (const { column_name: column, data_type: type } of required.rows)
      row[column] = type === 'uuid' ? randomUUID() : (FILL[type] ?? `x${randomUUID().slice(0, 8)}`);
    Object.assign(row, values);
    const columns = Object.keys(row);
    await client.query(
      `insert into "judicial"."${table}" (${columns.map((column) => `"${column}"`).join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      Object.values(row),
    );
  }

  it('rejections, check-in refusals and holiday notices: a pack’s reason by its key and the row’s own pack’s rule, a note kept as written, a key stays a key', async () => {
    await createDatabase(adminUrl, keyedName);
    const judicial = SUBGRAPHS.map((s) => s.definition).find((definition) => definition.schema === 'judicial')!;
    const at = judicial.migrations.findIndex((migration) => migration.name === 'Migration20261203160000');
    const open = (migrations: typeof judicial.migrations) => openDatabase({ schema: 'judicial', entities: judicial.entities, migrations, clientUrl: keyedUrl });
    await (await open(judicial.migrations.slice(0, at))).close();
    const client = new pg.Client({ connectionString: keyedUrl });
    await client.connect();
    try {
      const bureau = randomUUID();
      const day = randomUUID();
      await insertRow(client, 'county_bureau', { id: bureau, kind: 'COUNTY_BUREAU', rule_pack: 'GD' });
      await insertRow(client, 'service_day', { id: day, capacity: 5, taken: 0, institution_kind: 'PRISON' });
      const legacy = [
        ['SX', 'REJECTED', '禁闭', null],
        ['YN', 'REJECTED', '身份或关系虚假：户口簿与本人不符', null],
        ['GD', 'CANCELLED', 'booking.custody.pairStopped', null],
        ['GD', 'REFUSED_AT_VENUE', '醉酒', null],
        ['YN', 'FORFEITED', '逾期到达，本次会见视为放弃', 'YN-10'],
      ] as const;
      const ids: string[] = [];
      for (const [pack, status, words, outcomeRule] of legacy) {
        const id = randomUUID();
        ids.push(id);
        await insertRow(client, 'application', {
          id,
          rule_pack: pack,
          status,
          rejection_reason: words,
          outcome_rule: outcomeRule,
          subject_kind: 'INMATE',
          venue_id: bureau,
          service_day_id: day,
          visitors: '[]',
          proxy_account_id: null,
          filed_by_staff_id: null,
        });
      }
      await insertRow(client, 'attendance', { application_id: ids[0], visitor_index: 0, admitted: false, refusal: '身份证件已过期' });
      await insertRow(client, 'suspension_notice', {
        cause: 'HOLIDAY_SCHEDULE',
        message: '2027年节假日安排公布：2027-03-02至2027-03-05间的节假日暂停远程会见',
        from_date: '2027-03-02',
        to_date: '2027-03-05',
      });

      await (await open(judicial.migrations)).close();

      const byId = new Map(
        (await client.query('select id, rejection_key, rejection_params, rejection_rule from judicial.application')).rows.map((row) => [row.id, row]),
      );
      expect(
        ids.map((id) => {
          const { rejection_key, rejection_params, rejection_rule } = byId.get(id);
          return { rejection_key, rejection_params, rejection_rule };
        }),
      ).toEqual([
        { rejection_key: 'reason.inmate.CONFINEMENT', rejection_params: {}, rejection_rule: 'SX-9' },
        {
          rejection_key: 'decision.withNote',
          rejection_params: { reason: { key: 'reason.visitor.FALSE_IDENTITY' }, note: '户口簿与本人不符' },
          rejection_rule: 'YN-8',
        },
        { rejection_key: 'booking.custody.pairStopped', rejection_params: {}, rejection_rule: null },
        { rejection_key: 'decision.note', rejection_params: { note: '醉酒' }, rejection_rule: null },
        { rejection_key: 'meetingDay.forfeited', rejection_params: {}, rejection_rule: 'YN-10' },
      ]);
      expect(
        (
          await client.query(
            `select count(*)::int as n from information_schema.columns where table_schema = 'judicial' and column_name in ('rejection_reason', 'refusal')`,
          )
        ).rows,
      ).toEqual([{ n: 0 }]);
      expect((await client.query('select refusal_key, refusal_params from judicial.attendance')).rows).toEqual([
        { refusal_key: 'meetingDay.idExpired', refusal_params: {} },
      ]);
      expect((await client.query('select message, message_key, message_params from judicial.suspension_notice')).rows).toEqual([
        { message: '', message_key: 'calendar.holidayNotice', message_params: { year: 2027, from: '2027-03-02', to: '2027-03-05' } },
      ]);
    } finally {
      await client.end();
    }
  }, 120_000);
});
