import {
  ReferenceKind,
  type EntityClass,
  type EntityDictionary,
  type EntityMetadata,
  type EntityName,
  type FilterQuery,
  type QueryOrderMap,
} from '@mikro-orm/core';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { EntityManager } from './database.js';
import { read, together } from './trips.js';

export interface RowsOptions<T> {
  orderBy?: QueryOrderMap<T>;
  limit?: number;
  offset?: number;
  /** To-one relations joined and returned as nested plain objects (e.g. `['serviceDay', 'venue']`). */
  join?: string[];
  /**
   * The resolver's info: when every field the caller selected is a column of the entity (or of a joined
   * relation), only those columns are read. Any other field (a field resolver) may read any property: all are read.
   */
  info?: GraphQLResolveInfo;
}

/** A compiled list query: its SQL and parameters, and the query builder that maps its rows. */
interface Compiled {
  sql: string;
  params: readonly unknown[];
  map(rows: Record<string, unknown>[]): unknown[];
}

const CACHE_SIZE = 500;
const compiled = new Map<string, Compiled>();

/**
 * Rows of an entity as plain objects shaped like it (property names, to-one relations nested), for
 * lists that are only read and shown (issue 16: building entities was most of a list's time). The
 * same MikroORM filter as `em.find`, so the tenant scope is the one the rest of the subgraph uses;
 * no entity is built, registered in the identity map or tracked. The SQL of a filter, options and
 * projection is built once and kept (keyed by their JSON, values included: a different tenant is a
 * different key); filters holding anything but JSON values (raw fragments, dates) are built each time.
 * Never pass these rows to a service that writes.
 */
export async function findRows<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, options: RowsOptions<T> = {}): Promise<T[]> {
  const meta = em.getMetadata().get(entity);
  const fields = options.info ? projection(options.info, meta, options.join ?? []) : undefined;
  const key = jsonKey([meta.className, where, options.orderBy, options.limit, options.offset, options.join, fields]);
  let query = key === undefined ? undefined : compiled.get(key);
  if (!query) {
    query = compile(em, entity, where, options, fields);
    if (key !== undefined) {
      if (compiled.size >= CACHE_SIZE) compiled.delete(compiled.keys().next().value!);
      compiled.set(key, query);
    }
  }
  const rows = await em.getConnection().execute(query.sql, query.params as unknown[], 'all', em.getTransactionContext());
  return query.map(rows as Record<string, unknown>[]) as T[];
}

const byIdSql = new WeakMap<EntityMetadata, string>();

/**
 * The entity with this primary key, managed as `em.findOne(entity, { id })` gives it (the identity map
 * first, then tracked for the flush), read by one plain statement built once per entity: on the booking
 * path findOne's query building and result processing cost ~4× the CPU of the read itself (issue 16).
 * Loads no relation (to-one keys become references, as findOne leaves them).
 */
export async function findById<T extends object>(em: EntityManager, entity: EntityClass<T>, id: string): Promise<T | null> {
  const meta = em.getMetadata().get(entity);
  const known = em.getUnitOfWork().getById<T>(entity, id as never);
  if (known) return known;
  let sql = byIdSql.get(meta);
  if (!sql) {
    const query = em
      .createQueryBuilder(entity)
      .select('*' as never)
      .where({ [meta.primaryKeys[0]]: id } as never)
      .toQuery();
    sql = query.sql;
    byIdSql.set(meta, sql);
  }
  const [row] = (await em.getConnection().execute(sql, [id], 'all', em.getTransactionContext())) as EntityDictionary<T>[];
  return row ? em.map(entity, row) : null;
}

type Wanted = readonly [entity: EntityClass<object>, id: string | null];
type Found<W extends readonly Wanted[]> = { -readonly [K in keyof W]: (W[K][0] extends EntityClass<infer T> ? T : never) | null };

/** Column types JSON carries as the driver reads them (text, numbers, booleans, dates as text, jsonb). */
const JSON_SAFE_COLUMN = /^(uuid|text|varchar.*|character varying.*|int.*|smallint|boolean|bool|date|jsonb?)$/;
const jsonSafe = new WeakMap<EntityMetadata, boolean>();

/**
 * Several entities, each by its primary key, in one statement, each as findById gives it (the identity
 * map first, then managed); a null id asks for nothing. The booking path read its subject, day and venue
 * in three round trips (issue 16). The rows come back as JSON (kit's `together`), so only entities whose columns JSON
 * carries as the driver reads them may be asked for (no timestamps, no bigints): others are refused.
 */
export async function findEachById<const W extends readonly Wanted[]>(em: EntityManager, wanted: W): Promise<Found<W>> {
  const found: (object | null)[] = wanted.map(([entity, id]) => (id === null ? null : (em.getUnitOfWork().getById(entity, id as never) ?? null)));
  const asked = wanted.flatMap(([entity, id], i) => (id === null || found[i] ? [] : [{ i, meta: jsonReadable(em, entity), id }]));
  if (asked.length) {
    const rows = await together(
      em,
      asked.map(({ meta, id }) =>
        read<EntityDictionary<object>>(`select * from ${qualified(meta)} where "${meta.getPrimaryProps()[0].fieldNames[0]}" = ?`, [id]),
      ),
    );
    asked.forEach(({ i, meta }, n) => (found[i] = rows[n][0] ? em.map(meta.class as EntityClass<object>, rows[n][0] as never) : null));
  }
  return found as Found<W>;
}

function jsonReadable(em: EntityManager, entity: EntityClass<object>): EntityMetadata {
  const meta = em.getMetadata().get(entity);
  if (!jsonSafe.has(meta))
    jsonSafe.set(
      meta,
      meta.props.every((prop) => (prop.columnTypes ?? []).every((type) => JSON_SAFE_COLUMN.test(type))),
    );
  if (!jsonSafe.get(meta)) throw new Error(`findEachById: ${meta.className} has a column JSON does not carry as the driver reads it; use findById`);
  return meta;
}

const qualified = (meta: EntityMetadata) => (meta.schema ? `"${meta.schema}"."${meta.tableName}"` : `"${meta.tableName}"`);

function compile<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: RowsOptions<T>,
  fields: Fields | undefined,
): Compiled {
  const qb = em
    .createQueryBuilder(entity, 'e0')
    .select((fields?.root ?? '*') as never)
    .where(where as never);
  for (const [index, relation] of (options.join ?? []).entries()) {
    qb.leftJoinAndSelect(`e0.${relation}` as never, `j${index}`, {}, fields?.joined[relation] as never);
  }
  if (options.orderBy) qb.orderBy(options.orderBy as never);
  if (options.limit !== undefined) qb.limit(options.limit);
  if (options.offset) qb.offset(options.offset);
  const query = qb.toQuery();
  // The values are part of the cache key: the SQL is formatted with them once, not on every execution.
  const sql = em.getPlatform().formatQuery(query.sql, query.params as unknown[]);
  const params: unknown[] = [];
  const meta = em.getMetadata().get(entity);
  if (fields) return { sql, params, map: projectedRows(em, meta, fields, options.join ?? []) };
  const driver = em.getDriver();
  const populate = (qb as unknown as { state: { populate: never[] } }).state.populate;
  return {
    sql,
    params,
    // The driver's own row mapping (column names to properties, joined columns to nested objects, types).
    map: (rows) => {
      const map = {};
      return rows.map((row) => driver.mapResult(row as never, meta, populate, qb as never, map));
    },
  };
}

/**
 * The few selected columns to properties, as the driver's result mapper converts them (booleans, dates;
 * embedded objects are never projected), without its per-row walk over every property of every joined
 * entity. Joined columns come as `j<index>__<column>`; a relation whose key is null is null.
 */
function projectedRows(em: EntityManager, meta: EntityMetadata, fields: Fields, join: string[]): Compiled['map'] {
  const platform = em.getPlatform();
  const reader = (target: EntityMetadata, name: string, prefix: string) => {
    const property = target.properties[name as never];
    const column = prefix + property.fieldNames[0];
    if (property.runtimeType === 'boolean') return (row: Record<string, unknown>) => (row[column] == null ? row[column] : !!row[column]);
    if (property.runtimeType === 'Date') {
      return (row: Record<string, unknown>) => {
        const value = row[column];
        return value == null || value instanceof Date ? value : platform.parseDate(value as string);
      };
    }
    return (row: Record<string, unknown>) => row[column];
  };
  const own = fields.root.filter((name) => !(name in fields.joined)).map((name) => [name, reader(meta, name, '')] as const);
  const relations = Object.entries(fields.joined).map(([relation, names]) => {
    const target = meta.properties[relation as never].targetMeta!;
    const prefix = `j${join.indexOf(relation)}__`;
    const key = prefix + target.getPrimaryProps()[0].fieldNames[0];
    return { relation, key, readers: names.map((name) => [name, reader(target, name, prefix)] as const) };
  });
  return (rows) =>
    rows.map((row) => {
      const item: Record<string, unknown> = {};
      for (const [name, read] of own) item[name] = read(row);
      for (const { relation, key, readers } of relations) {
        if (row[key] == null) {
          item[relation] = null;
          continue;
        }
        const nested: Record<string, unknown> = {};
        for (const [name, read] of readers) nested[name] = read(row);
        item[relation] = nested;
      }
      return item;
    });
}

interface Fields {
  root: string[];
  joined: Record<string, string[]>;
}

/** The columns the selection needs, or undefined when it selects anything that is not a column. */
function projection(info: GraphQLResolveInfo, meta: EntityMetadata, join: string[]): Fields | undefined {
  const root = columnsOf(info, info.fieldNodes[0].selectionSet, meta, join);
  if (!root) return undefined;
  const fields: Fields = { root: root.columns, joined: {} };
  for (const [relation, selection] of Object.entries(root.joined)) {
    const target = meta.properties[relation as never].targetMeta!;
    const nested = columnsOf(info, selection, target, []);
    if (!nested || Object.keys(nested.joined).length) return undefined;
    fields.joined[relation] = nested.columns;
  }
  return fields;
}

function columnsOf(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined, meta: EntityMetadata, join: string[]) {
  const columns = new Set<string>(meta.primaryKeys as string[]);
  const joined: Record<string, SelectionSetNode> = {};
  const visit = (set: SelectionSetNode | undefined): boolean => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!visit(selection.selectionSet)) return false;
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        if (!visit(info.fragments[selection.name.value]?.selectionSet)) return false;
        continue;
      }
      const name = selection.name.value;
      if (name === '__typename') continue;
      const property = meta.properties[name as never];
      if (!property || property.persist === false || resolvedFields(meta).has(name)) return false;
      if (property.kind === ReferenceKind.SCALAR && property.fieldNames?.length === 1) columns.add(name);
      else if (property.kind === ReferenceKind.MANY_TO_ONE && join.includes(name) && selection.selectionSet) {
        if (joined[name]) return false; // selected twice (aliases): read everything
        columns.add(name);
        joined[name] = selection.selectionSet;
      } else return false;
    }
    return true;
  };
  return visit(selectionSet) ? { columns: [...columns], joined } : undefined;
}

const resolved = new WeakMap<EntityMetadata, Set<string>>();

/** The entity's fields that a type-graphql field resolver computes (it may read any property). */
function resolvedFields(meta: EntityMetadata): Set<string> {
  let names = resolved.get(meta);
  if (!names) {
    const types = new Set<unknown>([meta.class, ...(meta.root ? [meta.root.class] : [])]);
    names = new Set(
      getMetadataStorage()
        .fieldResolvers.filter((field) => types.has(field.getObjectType?.()))
        .map((field) => field.methodName),
    );
    resolved.set(meta, names);
  }
  return names;
}

/** JSON of plain values only (strings, numbers, booleans, null, arrays, plain objects), else undefined. */
function jsonKey(value: unknown): string | undefined {
  const plain = (item: unknown): boolean => {
    if (item === null || item === undefined || ['string', 'number', 'boolean'].includes(typeof item)) return true;
    if (Array.isArray(item)) return item.every(plain);
    if (typeof item !== 'object' || Object.getPrototypeOf(item) !== Object.prototype || Object.getOwnPropertySymbols(item).length) return false;
    return Object.values(item).every(plain);
  };
  return plain(value) ? JSON.stringify(value) : undefined;
}
