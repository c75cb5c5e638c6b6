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
 * The parts in one statement (each a CTE, its rows returned as JSON: so a read's columns must be text,
 * numbers, booleans or jsonb; cast dates to text), then each part's `then`, in order: the first refusal
 * throws, and the caller's transaction undoes it all. A lone part is sent as it is; a null part (one a
 * caller does not need this time) is not sent, and has no rows.
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
  const [row] = (await em.execute(
    sql,
    parts.flatMap((part) => part.params),
  )) as Record<string, unknown[]>[];
  return parts.map((_, i) => row[`r${i}`]);
}
