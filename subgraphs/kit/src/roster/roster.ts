import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, StaffRole, clock, forbidden, invalid, isUuid, keyed, translate, type Locale, type TenantKind } from '@rv/schema';
import { Directive, Field, ObjectType } from 'type-graphql';
import { AUDIT_SETTING } from '../audit.js';
import { recordEvents, type NewEvent } from '../outbox.js';
import { checkSheet, type RosterColumn, type RosterRecord, type RowError } from './roster-columns.js';
import { readRosterFile, writeRosterTemplate, type RosterSheet } from './roster-file.js';
import { RosterImportMode, RosterImportStatus, RosterSource, type RosterFormatType, type RosterImportBase } from './roster-import.entity.js';

/** Who keeps a roster in step: the institution's admin (in the portal, or as the account its own system signs in with). */
export const ROSTER_ROLES: StaffRole[] = [StaffRole.ADMIN];
/** Who records a custody change on a person: the institution's admin and supervisors. */
export const CUSTODY_CHANGE_ROLES: StaffRole[] = [StaffRole.ADMIN, StaffRole.SUPERVISOR];

export const ROSTER_LIMITS = { rows: 20_000, megabytes: 10, chunkRows: 1_000 };

export interface RosterStaff {
  accountId: string;
  tenantId: string;
  tenantKind: TenantKind;
}

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** What differs between a prison's roster and a detox centre's: the columns and how rows are checked and written. */
export interface RosterTable<J extends RosterImportBase = RosterImportBase> {
  schema: string;
  entity: new () => J;
  columns: RosterColumn[];
  /** The column that identifies a person (inmateNumber, detaineeNumber): the upsert key. */
  numberKey: string;
  /** Checks against the institution's own data (ward exists, number not held elsewhere); a value may be missing (its cell was bad). */
  check(em: EntityManager, institutionId: string, records: RosterRecord[]): Promise<RowError[]>;
  /** Inserts or updates one chunk of records by number in the caller's transaction, with their custody events. */
  write(em: EntityManager, staff: RosterStaff, records: RosterRecord[], source: RosterSource): Promise<WriteCounts>;
}

/** Writes events in statements of a thousand (PostgreSQL takes at most 65,535 parameters per statement). */
export async function recordManyEvents(em: EntityManager, schema: string, events: NewEvent[]): Promise<void> {
  for (let from = 0; from < events.length; from += 1_000) await recordEvents(em, schema, events.slice(from, from + 1_000));
}

/**
 * Bulk inserts of an import without one audit record per row: thousands of admissions would flood the
 * trail (and judicial's hash chain) while the import itself is on record: the job row (who, which
 * file, when, how many created, updated, rejected) is audited as it starts and ends, and every
 * admission is a custody_change row (append-only, recorded_by). Updates of existing people stay
 * audited row by row (their before and after). The setting is transaction-local and put back after.
 */
export async function withoutRowAudit<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  const [{ actor }] = await em.execute<{ actor: string | null }[]>(`select current_setting('${AUDIT_SETTING}', true) as actor`);
  await em.execute(`select set_config('${AUDIT_SETTING}', '', true)`);
  try {
    return await work();
  } finally {
    await em.execute(`select set_config('${AUDIT_SETTING}', ?, true)`, [actor ?? '']);
  }
}

/** A file import is opened first; its bytes follow in chunks (each request stays small), then it runs. */
export async function startRosterImport<J extends RosterImportBase>(
  em: EntityManager,
  table: RosterTable<J>,
  staff: RosterStaff,
  input: { format: RosterFormatType; mode: RosterImportMode; fileName?: string | null },
): Promise<J> {
  if ((input.fileName?.length ?? 0) > 255) throw invalid('roster.row.tooLong', { max: 255 }, 'fileName');
  const job = em.create(table.entity, {
    institutionId: staff.tenantId,
    source: RosterSource.FILE,
    format: input.format,
    mode: input.mode,
    status: RosterImportStatus.UPLOADING,
    fileName: input.fileName?.trim() || null,
    createdBy: staff.accountId,
    createdAt: clock.now(),
  } as any);
  await em.flush();
  return job;
}

async function ownJob<J extends RosterImportBase>(em: EntityManager, table: RosterTable<J>, staff: RosterStaff, id: string): Promise<J> {
  const job = isUuid(id) ? await em.findOne(table.entity, { id } as any) : null;
  if (!job) throw keyed(ErrorCode.NOT_FOUND, 'roster.file.notFound');
  if (job.institutionId !== staff.tenantId) throw forbidden();
  return job as J;
}

/** Appends a chunk (base64) to an import still uploading; refuses files over the limit. */
export async function appendRosterImport<J extends RosterImportBase>(
  em: EntityManager,
  table: RosterTable<J>,
  staff: RosterStaff,
  id: string,
  chunkBase64: string,
): Promise<J> {
  const job = await ownJob(em, table, staff, id);
  const chunk = Buffer.from(chunkBase64, 'base64');
  const max = ROSTER_LIMITS.megabytes * 1024 * 1024;
  const [appended] = await em.execute<{ received_bytes: number }[]>(
    `update "${table.schema}"."roster_import" set content = coalesce(content, ''::bytea) || ?, received_bytes = received_bytes + ?
      where id = ? and status = 'UPLOADING' and received_bytes + ? <= ? returning received_bytes`,
    [chunk, chunk.length, job.id, chunk.length, max],
  );
  if (!appended) {
    if (job.status !== RosterImportStatus.UPLOADING) throw keyed(ErrorCode.CONFLICT, 'roster.file.alreadyRun');
    throw invalid('roster.file.tooLarge', { max: ROSTER_LIMITS.megabytes }, 'chunk');
  }
  job.receivedBytes = appended.received_bytes;
  return job;
}

/** Reads the uploaded file and imports it (see importRows); the job ends DONE, PARTIAL, REFUSED or FAILED. */
export async function runRosterImport<J extends RosterImportBase>(em: EntityManager, table: RosterTable<J>, staff: RosterStaff, id: string): Promise<J> {
  const job = await ownJob(em, table, staff, id);
  const [claimed] = await em.execute<{ content: Buffer | null }[]>(
    `update "${table.schema}"."roster_import" set status = 'RUNNING' where id = ? and status = 'UPLOADING' returning content`,
    [job.id],
  );
  if (!claimed) throw keyed(ErrorCode.CONFLICT, 'roster.file.alreadyRun');
  if (!claimed.content?.length)
    return finish(em, table, job, {
      status: RosterImportStatus.REFUSED,
      errors: [{ row: 1, column: null, messageKey: 'roster.file.nothingUploaded', params: {} }],
    });
  let sheet: RosterSheet;
  try {
    sheet = await readRosterFile(job.format!, claimed.content);
  } catch {
    return finish(em, table, job, {
      status: RosterImportStatus.REFUSED,
      errors: [{ row: 1, column: null, messageKey: 'roster.file.unreadable', params: { format: job.format! } }],
    });
  }
  return importRows(em, table, staff, job, sheet);
}

/** The sync API: a batch of records from the institution's system, read as the same cells a file holds. */
export async function syncRoster<J extends RosterImportBase>(
  em: EntityManager,
  table: RosterTable<J>,
  staff: RosterStaff,
  records: Record<string, unknown>[],
  mode: RosterImportMode,
): Promise<J> {
  const job = em.create(table.entity, {
    institutionId: staff.tenantId,
    source: RosterSource.SYNC,
    mode,
    status: RosterImportStatus.RUNNING,
    createdBy: staff.accountId,
    createdAt: clock.now(),
  } as any);
  await em.flush();
  const header = table.columns.map((column) => column.key);
  const sheet: RosterSheet = {
    header,
    rows: records.map((record, i) => ({
      row: i + 1,
      cells: header.map((key) => (record[key] === null || record[key] === undefined ? '' : String(record[key]))),
    })),
  };
  return importRows(em, table, staff, job, sheet);
}

/**
 * Checks every row first; with any bad row and mode ALL nothing is written and every bad row and
 * column comes back; with GOOD_ROWS the good rows are written and the bad ones come back (a row is
 * written whole or not at all). The writing is one transaction, in chunks whose progress is
 * committed separately so the portal's bar moves while the transaction runs.
 */
async function importRows<J extends RosterImportBase>(em: EntityManager, table: RosterTable<J>, staff: RosterStaff, job: J, sheet: RosterSheet): Promise<J> {
  if (!sheet.rows.length)
    return finish(em, table, job, { status: RosterImportStatus.REFUSED, errors: [{ row: 1, column: null, messageKey: 'roster.file.empty', params: {} }] });
  if (sheet.rows.length > ROSTER_LIMITS.rows) {
    return finish(em, table, job, {
      status: RosterImportStatus.REFUSED,
      total: sheet.rows.length,
      errors: [{ row: 1, column: null, messageKey: 'roster.file.tooManyRows', params: { max: ROSTER_LIMITS.rows } }],
    });
  }
  const checked = checkSheet(table.columns, table.numberKey, sheet);
  const institutionErrors = await table.check(em, staff.tenantId, checked.records);
  const errors = [...checked.errors, ...institutionErrors].sort((a, b) => a.row - b.row);
  const badRows = new Set(errors.map((error) => error.row));
  const good = checked.records.filter((record) => !badRows.has(record.row));
  const total = sheet.rows.length;
  if (errors.length && (job.mode === RosterImportMode.ALL || !good.length)) {
    return finish(em, table, job, { status: RosterImportStatus.REFUSED, total, rejected: badRows.size, errors });
  }
  const progress = em.fork();
  await progress.nativeUpdate(table.entity, { id: job.id } as any, { totalRows: total } as any);
  try {
    const counts = await em.transactional(async (tx) => {
      const sum: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
      for (let from = 0; from < good.length; from += ROSTER_LIMITS.chunkRows) {
        const chunk = good.slice(from, from + ROSTER_LIMITS.chunkRows);
        const written = await table.write(tx, staff, chunk, job.source);
        sum.created += written.created;
        sum.updated += written.updated;
        sum.unchanged += written.unchanged;
        await progress.nativeUpdate(table.entity, { id: job.id } as any, { processedRows: from + chunk.length } as any);
      }
      return sum;
    });
    return finish(em, table, job, {
      status: errors.length ? RosterImportStatus.PARTIAL : RosterImportStatus.DONE,
      total,
      rejected: badRows.size,
      errors,
      counts,
      processed: good.length,
    });
  } catch (error) {
    await finish(em.fork(), table, job, { status: RosterImportStatus.FAILED, total, rejected: badRows.size, errors });
    throw error;
  }
}

async function finish<J extends RosterImportBase>(
  em: EntityManager,
  table: RosterTable<J>,
  job: J,
  end: {
    status: RosterImportStatus;
    errors: RowError[];
    total?: number;
    rejected?: number;
    counts?: WriteCounts;
    processed?: number;
  },
): Promise<J> {
  const values = {
    status: end.status,
    errors: end.errors,
    totalRows: end.total ?? 0,
    rejectedCount: end.rejected ?? 0,
    processedRows: end.processed ?? 0,
    createdCount: end.counts?.created ?? 0,
    updatedCount: end.counts?.updated ?? 0,
    unchangedCount: end.counts?.unchanged ?? 0,
    finishedAt: clock.now(),
    content: null,
  };
  await em.nativeUpdate(table.entity, { id: job.id } as any, values as any);
  return Object.assign(job, values);
}

/** The institution's own imports and sync batches, newest first (the sync status screen). */
export async function listRosterImports<J extends RosterImportBase>(em: EntityManager, table: RosterTable<J>, staff: RosterStaff, limit: number): Promise<J[]> {
  return em.find(table.entity, { institutionId: staff.tenantId } as any, {
    orderBy: { createdAt: 'desc' } as any,
    limit: Math.min(Math.max(limit, 1), 100),
  }) as Promise<J[]>;
}

export async function findRosterImport<J extends RosterImportBase>(em: EntityManager, table: RosterTable<J>, staff: RosterStaff, id: string): Promise<J> {
  return ownJob(em, table, staff, id);
}

/** A template to download: the columns' words in the caller's language and an example row. */
export async function rosterTemplate(table: RosterTable, format: RosterFormatType, locale: Locale, baseName: string): Promise<RosterFile> {
  const header = table.columns.map((column) => translate(`roster.column.${column.key}`, {}, locale));
  const bytes = await writeRosterTemplate(
    format,
    header,
    table.columns.map((column) => column.example),
  );
  return Object.assign(new RosterFile(), {
    fileName: `${baseName}.${format.toLowerCase()}`,
    mimeType: format === 'CSV' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: bytes.toString('base64'),
  });
}

@Directive('@shareable')
@ObjectType('RosterFile', { description: 'A file to download (a roster template)' })
export class RosterFile {
  @Field()
  fileName!: string;

  @Field()
  mimeType!: string;

  @Field()
  contentBase64!: string;
}
