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
      const schemas = await client.query(`select schema_name from information_schema.schemata where schema_name in ('prison','detox','judicial','media') order by 1`);
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
    const locked = new Map(readFileSync(join(ROOT, LOCK), 'utf8').trim().split('\n').map((line) => {
      const [sha, path] = line.split(/\s+/);
      return [path, sha] as const;
    }));
    const onDisk = new Map<string, string>(SUBGRAPHS.flatMap(({ definition }) => {
      const folder = `subgraphs/${definition.schema}/src/migrations`;
      return readdirSync(join(ROOT, folder)).filter((file) => file.endsWith('.ts'))
        .map((file) => [`${folder}/${file}`, createHash('sha256').update(readFileSync(join(ROOT, folder, file))).digest('hex')] as const);
    }));
    const edited = [...locked].filter(([path, sha]) => onDisk.has(path) && onDisk.get(path) !== sha).map(([path]) => path);
    const removed = [...locked.keys()].filter((path) => !onDisk.has(path));
    const unlisted = [...onDisk].filter(([path]) => !locked.has(path)).map(([path, sha]) => `${sha}  ${path}`);
    expect({ edited, removed }, 'a released migration was changed: add a new migration instead').toEqual({ edited: [], removed: [] });
    expect(unlisted, `new migrations: append these lines to ${LOCK} (sha256sum <file> >> ${LOCK})`).toEqual([]);
    expect(locked.size).toBeGreaterThan(40);
  });
});
