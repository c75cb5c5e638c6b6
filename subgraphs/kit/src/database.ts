import 'reflect-metadata';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import type { Migration } from '@mikro-orm/migrations';
import { attachAuditCapture } from './audit.js';
import pg from 'pg';
import type { Logger } from './logger.js';

export type { EntityManager };
export type Orm = MikroORM;

export interface DatabaseOptions {
  /** The subgraph's own Postgres schema; it never writes any other. */
  schema: string;
  entities: (abstract new (...args: any[]) => object)[];
  /** Checked-in migrations, in order. Applied at start. */
  migrations: { name: string; class: new (...args: any[]) => Migration }[];
  clientUrl: string;
  poolSize?: number;
  logger?: Logger;
}

/**
 * Opens the subgraph's MikroORM and brings its schema up to date with its own migrations.
 * snapshotOnMigrate stays false: otherwise up() snapshots every schema in the database and the
 * next generated migration drops the other subgraphs' schemas (STACK.md).
 */
export async function openDatabase(options: DatabaseOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(
    defineConfig({
      clientUrl: options.clientUrl,
      schema: options.schema,
      entities: options.entities,
      metadataProvider: ReflectMetadataProvider,
      extensions: [Migrator],
      // The connections stay open once opened (min = max): a slot release is a burst after a quiet
      // hour, and a pool that had let its idle connections go opened them again inside the burst, each
      // a backend start, and V8 threw away its optimized code for the closed connections' objects
      // (`--trace-deopt`: "embedded weak objects cleared"); issue 16.
      pool: { min: options.poolSize ?? 10, max: options.poolSize ?? 10 },
      debug: false,
      // No entity has a relation with two sides, so there is nothing to propagate; on the prototype, the first write
      // of each property of each new entity defined an accessor on that object (EntityHelper.defineProperties):
      // 7 % of the platform's CPU in a storm of bookings (perf), and objects V8 keeps slow (issue 16).
      propagationOnPrototype: false,
      allowGlobalContext: false,
      migrations: {
        tableName: 'mikro_orm_migrations',
        migrationsList: options.migrations,
        snapshot: false,
        snapshotOnMigrate: false,
        transactional: true,
        silent: true,
      },
    }),
  );
  const applied = await oneMigratorAtATime(options.clientUrl, async () => {
    await orm.em.getConnection().execute(`create schema if not exists "${options.schema}"`);
    return orm.migrator.up();
  });
  if (applied.length) options.logger?.info({ schema: options.schema, migrations: applied.map((m) => m.name) }, 'migrated');
  await attachAuditCapture(orm, options.schema);
  return orm;
}

/** Advisory-lock key of migrations (another namespace than the jobs' locks). */
const MIGRATION_LOCK = [20_261_204, 0];

/**
 * Replicas starting together migrate one after another: each waits for a session advisory lock on
 * its own connection, so two never race on `create schema` or apply a migration twice.
 */
async function oneMigratorAtATime<T>(connectionString: string, migrate: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, application_name: 'migrations' });
  client.on('error', () => undefined); // a lost session drops its lock; the migration itself reports
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1, $2)', MIGRATION_LOCK);
    return await migrate();
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A user's words inside a LIKE pattern: their %, _ and backslash match themselves. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
