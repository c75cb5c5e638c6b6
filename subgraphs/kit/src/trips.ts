import type { EntityManager } from './database.js';

/**
 * Several statements of one transaction sent as one, so they cost one round trip (issue 16: each
 * statement cost the booking path ~0.08 ms of the platform's CPU, besides the database's own work).
 * The statements must not depend on each other's results; each keeps its meaning and its verdict
 * where it was written.
 */

/** A read: its rows come back as JSON, so its columns must be text, numbers, booleans or jsonb (cast dates to text). */
export interface Read<Row> {
  sql: string;
  params: unknown[];
  /** Phantom: the row type the read returns. */
  readonly row?: Row;
}

type RowsOf<R extends readonly Read<unknown>[]> = { -readonly [K in keyof R]: R[K] extends Read<infer Row> ? Row[] : never };

/** A read of rows shaped as `Row` (the SQL names its columns as Row's keys). */
export const read = <Row>(sql: string, params: unknown[]): Read<Row> => ({ sql, params });

/** The reads' rows, each read's in its order, in one statement. */
export async function readTogether<const R extends readonly Read<unknown>[]>(em: EntityManager, reads: R): Promise<RowsOf<R>> {
  const sql = `select ${reads.map((one, i) => `(select coalesce(jsonb_agg(q), '[]') from (${one.sql}) q) as r${i}`).join(', ')}`;
  const [row] = (await em.execute(
    sql,
    reads.flatMap((one) => one.params),
  )) as Record<string, unknown[]>[];
  return reads.map((_, i) => row[`r${i}`]) as RowsOf<R>;
}

/**
 * A change (insert, update, upsert) with a `returning` clause, and what the number of rows it
 * changed means: `then` refuses (throws) when a guard in its `where` stopped it.
 */
export interface Change {
  sql: string;
  params: unknown[];
  then?(changed: number, em: EntityManager): void | Promise<void>;
}

/**
 * The changes in one statement (data-modifying CTEs, each counted by the query in the order given;
 * PostgreSQL leaves the order they run in open, so they must not depend on each other), then each
 * change's `then`, in order: the first refusal throws, and the caller's transaction undoes them all.
 */
export async function changeTogether(em: EntityManager, changes: Change[]): Promise<void> {
  if (!changes.length) return;
  if (changes.length === 1) {
    const rows = (await em.execute(changes[0].sql, changes[0].params)) as unknown[];
    return changes[0].then?.(rows.length, em);
  }
  const sql = `with ${changes.map((change, i) => `c${i} as (${change.sql})`).join(', ')}
    select ${changes.map((_, i) => `(select count(*) from c${i})::int as n${i}`).join(', ')}`;
  const [row] = (await em.execute(
    sql,
    changes.flatMap((change) => change.params),
  )) as Record<string, number>[];
  for (const [i, change] of changes.entries()) await change.then?.(row[`n${i}`], em);
}
