import { Utils, type EntityClass, type EntityData, type RequiredEntityData } from '@mikro-orm/core';
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { createHash } from 'node:crypto';
import type { EntityManager } from './database.js';

/**
 * Several statements of one transaction sent as one, so they cost one round trip (issue 16: a
 * statement cost the booking path ~0.15 ms of the platform's CPU, besides the database's own work).
 * The parts must not depend on each other's results (one statement sees one snapshot, and PostgreSQL
 * leaves open the order its data-modifying parts run in); each keeps its meaning and its verdict where
 * it was written.
 */
export interface Part<Row = unknown> {
  /** A select, or an insert / update / upsert with a `returning` clause. */
  sql: string;
  params: unknown[];
  /** What the rows mean, run after the statement in the parts' order: throws to refuse (e.g. a guard in a change's `where` stopped it). */
  then?(rows: Row[], em: EntityManager): void | Promise<void>;
}

type RowsOfPart<T> = T extends Part<infer Row> ? Row[] : never[];
type RowsOf<P extends readonly (Part<never> | null)[]> = { -readonly [K in keyof P]: RowsOfPart<P[K]> };

/** A read of rows shaped as `Row` (its SQL names its columns as Row's keys). */
export const read = <Row>(sql: string, params: unknown[]): Part<Row> => ({ sql, params });

/**
 * A new entity's insert as a part, sent with the transaction's other changes instead of in a flush of its
 * own (issue 16: one round trip fewer a booking). The values are the entity's snapshot, as a flush sends
 * them (relations as keys, jsonb as JSON text); MikroORM's query builder writes the statement once per
 * entity class and set of columns. Once it ran, the entity is registered as stored, with that snapshot, as
 * MikroORM registers an entity it loaded (its unit of work's `register`, marked internal: trips.test fails
 * if an upgrade changes it): managed and clean, so the transaction's closing flush does not insert it again,
 * and a later change to it is an update.
 */
export function inserting<T extends object>(em: EntityManager, entity: T): Part<unknown> {
  const entityClass = entity.constructor as EntityClass<T>;
  const data = em.getComparator().prepareEntity(entity) as Record<string, unknown>;
  const columns = Object.keys(data);
  const key = `${em.getMetadata(entityClass).className}:${columns.join(',')}`;
  let sql = insertStatements.get(key);
  if (!sql) {
    const byName = Object.fromEntries(columns.map((column) => [column, null])) as RequiredEntityData<T>;
    insertStatements.set(key, (sql = em.createQueryBuilder(entityClass).insert(byName).getQuery()));
  }
  return {
    sql,
    params: columns.map((column) => data[column]),
    then: () => void em.getUnitOfWork().register(entity, data as EntityData<T>),
  };
}

/** Insert statements written so far, by entity class and columns (a class's new entities have the same few). */
const insertStatements = new Map<string, string>();

/**
 * The parts in one statement (each a CTE, its rows returned as JSON: so a read's columns must be text,
 * numbers, booleans or jsonb; cast dates to text), then each part's `then`, in order: the first refusal
 * throws, and the caller's transaction undoes it all. Several parts are sent as a prepared statement
 * (executePrepared): whatever the parts select, its result is one jsonb column per part, so a migration
 * that adds a column leaves its type as it was. A lone part is sent as it is (its rows as they come, not
 * as JSON) and is not prepared. A null part (one a caller does not need this time) is not sent, and has
 * no rows.
 */
export async function together<const P extends readonly (Part<never> | null)[]>(em: EntityManager, parts: P): Promise<RowsOf<P>> {
  const all = parts as readonly (Part<unknown> | null)[];
  const sent = all.filter((part) => part !== null);
  const rowsOfSent = sent.length ? await send(em, sent) : [];
  for (const [i, part] of sent.entries()) await part.then?.(rowsOfSent[i], em);
  let next = 0;
  return all.map((part) => (part ? rowsOfSent[next++] : [])) as RowsOf<P>;
}

async function send(em: EntityManager, parts: readonly Part<unknown>[]): Promise<unknown[][]> {
  if (parts.length === 1) return [(await em.execute(parts[0].sql, parts[0].params)) as unknown[]];
  const sql = `with ${parts.map((part, i) => `p${i} as (${part.sql})`).join(', ')}
    select ${parts.map((_, i) => `(select coalesce(jsonb_agg(p${i}), '[]') from p${i}) as r${i}`).join(', ')}`;
  const [row] = await executePrepared<Record<string, unknown[]>>(
    em,
    sql,
    parts.flatMap((part) => part.params),
  );
  return parts.map((_, i) => row[`r${i}`]);
}

/** Statement texts named so far: one prepared statement each on every connection that ran it. */
const names = new Map<string, string>();
/** Past this many texts a new one is sent unnamed: a part that put values into its text would otherwise fill the server. */
const MAX_NAMED = 200;

/**
 * Runs a statement as a named prepared statement, in the caller's transaction if there is one:
 * PostgreSQL parses and plans it once per connection instead of every time. MikroORM puts the values
 * into the text, so every trip was new to PostgreSQL: planning the booking's trips and the filings'
 * check was 240 ms of PostgreSQL's CPU in a storm of 2,000 filings (`pg_stat_statements`, issue 16).
 * Only for a statement whose result type is fixed (named columns, no `select *` at the top): PostgreSQL
 * refuses a prepared statement whose result type a migration changed ("cached plan must not change
 * result type") until the connection closes. The values are bound as MikroORM writes them in: a list
 * for an array (`in (?)`), JSON for a plain object. kysely hands `sql` to `pg`'s `client.query` as it
 * is, and `pg` takes a `{ name, text }` there (ops/test/trips.test.ts checks the statement is prepared).
 * Errors become MikroORM's, as from `em.execute`.
 */
export async function executePrepared<Row = unknown>(em: EntityManager, sql: string, params: unknown[]): Promise<Row[]> {
  const { text, values } = numbered(sql, params);
  let name = names.get(text);
  if (!name && names.size < MAX_NAMED) names.set(text, (name = `rv_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`));
  const statement = name ? { name, text, toString: () => text } : text;
  const executor = em.getTransactionContext<Transaction<unknown>>() ?? (em.getConnection().getClient() as Kysely<unknown>);
  try {
    const result = await executor.executeQuery({ ...CompiledQuery.raw(text, values), sql: statement as string });
    return result.rows as Row[];
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  }
}

/**
 * MikroORM's `?` placeholders as PostgreSQL's `$n`, an array's items each a value of its own; a `?`
 * escaped with a backslash is the jsonb operator, as in MikroORM.
 */
function numbered(sql: string, params: unknown[]): { text: string; values: unknown[] } {
  if (sql.includes('??')) throw new Error('executePrepared: identifier placeholders (??) are not supported');
  const values: unknown[] = [];
  const bind = (value: unknown) => `$${values.push(value)}`;
  let next = 0;
  const text = sql.replace(/\\?\?/g, (placeholder) => {
    if (placeholder !== '?') return '?';
    const value = params[next++];
    if (Array.isArray(value)) return value.map(bind).join(', ');
    return bind(Utils.isPlainObject(value) ? JSON.stringify(value) : value);
  });
  if (next !== params.length) throw new Error(`executePrepared: ${params.length} values for ${next} placeholders`);
  return { text, values };
}
