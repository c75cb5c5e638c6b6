import { openDatabase } from '@rv/kit';
import { ReferenceKind, type EntityMetadata } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { SUBGRAPHS } from '../src/subgraphs.js';
import { createDatabase, dropDatabase } from '../src/postgres.js';

const name = `d_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const adminUrl = inject('adminUrl');
const url = adminUrl.replace(/\/postgres$/, `/${name}`);
afterAll(() => dropDatabase(adminUrl, name));

interface Column {
  table_name: string;
  column_name: string;
  is_nullable: 'YES' | 'NO';
  data_type: string;
}

/** The family of a column type, entity or PostgreSQL spelling: varchar(255) and character varying are one. */
function typeFamily(type: string): string {
  const t = type.toLowerCase();
  if (/\[\]|array/.test(t)) return 'array';
  if (/char|text|enum/.test(t)) return 'text';
  if (/int|numeric|decimal|float|double|real/.test(t)) return 'number';
  if (/timestamp|datetime/.test(t)) return 'timestamp';
  if (/bool/.test(t)) return 'boolean';
  if (/json/.test(t)) return 'json';
  return t;
}

/**
 * Where the entities and the migrated tables disagree: a mapped column that is missing, or whose
 * nullability or type family differs. (MikroORM's own schema diff is no use here: the migrations are
 * hand-written SQL with triggers, checks and partial indexes the entities do not describe.)
 */
function drift(schema: string, entities: EntityMetadata[], columns: Column[]): string[] {
  const byName = new Map(columns.map((column) => [`${column.table_name}.${column.column_name}`, column]));
  const found: string[] = [];
  for (const meta of entities) {
    if (meta.embeddable || meta.virtual || !meta.tableName) continue;
    for (const prop of meta.props) {
      if (prop.persist === false || prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY) continue;
      for (const field of prop.fieldNames ?? []) {
        const where = `${schema}.${meta.tableName}.${field}`;
        const column = byName.get(`${meta.tableName}.${field}`);
        if (!column) found.push(`${where}: no such column`);
        else if (!!prop.nullable !== (column.is_nullable === 'YES'))
          found.push(`${where}: nullable ${!!prop.nullable} in the entity, ${column.is_nullable === 'YES'} in the table`);
        else if (prop.columnTypes?.[0] && typeFamily(prop.columnTypes[0]) !== typeFamily(column.data_type))
          found.push(`${where}: ${prop.columnTypes[0]} in the entity, ${column.data_type} in the table`);
      }
    }
  }
  return found;
}

describe('the entities describe the migrated schema (issue 19: no drift)', () => {
  it('the comparison names a missing column, a nullability and a type that differ', () => {
    const meta = {
      tableName: 'thing',
      props: [
        { kind: ReferenceKind.SCALAR, fieldNames: ['gone'], columnTypes: ['varchar(255)'] },
        { kind: ReferenceKind.SCALAR, fieldNames: ['note'], columnTypes: ['varchar(255)'], nullable: false },
        { kind: ReferenceKind.SCALAR, fieldNames: ['months'], columnTypes: ['varchar(255)'], nullable: true },
        { kind: ReferenceKind.SCALAR, fieldNames: ['ok'], columnTypes: ['timestamptz'], nullable: true },
      ],
    } as unknown as EntityMetadata;
    const columns: Column[] = [
      { table_name: 'thing', column_name: 'note', is_nullable: 'YES', data_type: 'character varying' },
      { table_name: 'thing', column_name: 'months', is_nullable: 'YES', data_type: 'integer' },
      { table_name: 'thing', column_name: 'ok', is_nullable: 'YES', data_type: 'timestamp with time zone' },
    ];
    expect(drift('s', [meta], columns)).toEqual([
      's.thing.gone: no such column',
      's.thing.note: nullable false in the entity, true in the table',
      's.thing.months: varchar(255) in the entity, integer in the table',
    ]);
  });

  it('migrating an empty database gives every column each subgraph’s entities map, with their nullability and type', async () => {
    await createDatabase(adminUrl, name);
    const found: string[] = [];
    let checked = 0;
    for (const { definition } of SUBGRAPHS) {
      const orm = await openDatabase({ schema: definition.schema, entities: definition.entities, migrations: definition.migrations, clientUrl: url });
      try {
        const columns = await orm.em
          .getConnection()
          .execute<Column[]>(`select table_name, column_name, is_nullable, data_type from information_schema.columns where table_schema = ?`, [
            definition.schema,
          ]);
        const entities = [...orm.getMetadata().getAll().values()];
        checked += entities.length;
        found.push(...drift(definition.schema, entities, columns));
      } finally {
        await orm.close();
      }
    }
    expect(checked).toBeGreaterThan(50); // every subgraph's entities were looked at
    expect(found).toEqual([]);
  }, 120_000);
});
