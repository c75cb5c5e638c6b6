import 'reflect-metadata';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import type { Migration } from '@mikro-orm/migrations';
import { attachAuditCapture } from './audit.js';
import type { Logger } from './logger.js';

export type { EntityManager };
export type Orm = MikroORM;

export interface DatabaseOptions {
  /** The subgraph's own Postgres schema; it never writes any other. */
  schema: string;
  entities: Function[];
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
      pool: { min: 0, max: options.poolSize ?? 10 },
      debug: false,
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
  await orm.em.getConnection().execute(`create schema if not exists "${options.schema}"`);
  const applied = await orm.migrator.up();
  if (applied.length) options.logger?.info({ schema: options.schema, migrations: applied.map((m) => m.name) }, 'migrated');
  await attachAuditCapture(orm, options.schema);
  return orm;
}
