import { openDatabase } from '@rv/kit';
import pg from 'pg';
import { randomUUID } from 'node:crypto';
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
