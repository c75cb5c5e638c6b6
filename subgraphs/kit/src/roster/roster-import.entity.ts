import { Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { translateKeyed } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { RowError } from './roster-columns.js';

export enum RosterFormatType {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(RosterFormatType, { name: 'RosterFormat', description: 'A roster file: CSV (UTF-8) or XLSX' });

/** ALL: a file with any bad row is refused as a whole; GOOD_ROWS: the good rows go in, the bad ones come back. */
export enum RosterImportMode {
  ALL = 'ALL',
  GOOD_ROWS = 'GOOD_ROWS',
}
registerEnumType(RosterImportMode, {
  name: 'RosterImportMode',
  description: 'ALL: refuse the whole file on any bad row; GOOD_ROWS: import the good rows, return the rest',
});

export enum RosterSource {
  FILE = 'FILE',
  SYNC = 'SYNC',
}
registerEnumType(RosterSource, { name: 'RosterSource', description: 'A spreadsheet uploaded in the portal, or a batch from the institution’s own system' });

export enum RosterImportStatus {
  UPLOADING = 'UPLOADING',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  /** GOOD_ROWS: some rows imported, the others returned with their errors. */
  PARTIAL = 'PARTIAL',
  /** Bad rows and mode ALL, or an unreadable file: nothing written. */
  REFUSED = 'REFUSED',
  FAILED = 'FAILED',
}
registerEnumType(RosterImportStatus, { name: 'RosterImportStatus' });

@Directive('@shareable')
@ObjectType('RosterRowError', { description: 'A bad cell of a roster: its row (1 is the header), its column, why' })
export class RosterRowError {
  @Field(() => Int, { description: 'Row in the file (the header is row 1), or position in a sync batch (from 1)' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'Column key (inmateNumber, name, idNumber, ward …); null: the whole row' })
  column!: string | null;

  @Field({ description: 'Catalogue key of the reason' })
  messageKey!: string;

  @Field({ description: 'Parameters of the key, as a JSON object; a parameter may itself be {key, params}, or a list of them (issue 14)' })
  params!: string;

  @Field({ description: 'The reason in zh-CN' })
  message!: string;

  static of(error: RowError): RosterRowError {
    return Object.assign(new RosterRowError(), {
      row: error.row,
      column: error.column,
      messageKey: error.messageKey,
      params: JSON.stringify(error.params),
      message: translateKeyed({ key: error.messageKey, params: error.params }),
    });
  }
}

/**
 * One roster import (a file, or a sync batch) of a prison or a detox centre: kept as the record of
 * what came in, when, from whom, and how it ended; also what the portal polls for progress.
 * Each subgraph maps it to its own schema (InmateRosterImport, DetaineeRosterImport).
 */
@Directive('@shareable')
@ObjectType('RosterImport', { description: 'A roster import (file or sync batch), its progress and its outcome' })
export abstract class RosterImportBase {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  institutionId!: string;

  @Field(() => RosterSource)
  @Enum({ items: () => RosterSource, type: 'text' })
  source!: RosterSource;

  @Field(() => RosterFormatType, { nullable: true })
  @Enum({ items: () => RosterFormatType, type: 'text', nullable: true })
  format: RosterFormatType | null = null;

  @Field(() => RosterImportMode)
  @Enum({ items: () => RosterImportMode, type: 'text' })
  mode!: RosterImportMode;

  @Field(() => RosterImportStatus)
  @Enum({ items: () => RosterImportStatus, type: 'text' })
  status!: RosterImportStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'varchar(255)', nullable: true })
  fileName: string | null = null;

  /** The uploaded bytes until the import runs (then cleared). */
  @Property({ type: 'blob', nullable: true, lazy: true })
  content: Buffer | null = null;

  @Field(() => Int)
  @Property()
  receivedBytes: number = 0;

  @Field(() => Int, { description: 'Data rows in the file or batch' })
  @Property()
  totalRows: number = 0;

  @Field(() => Int, { description: 'Rows written so far (progress)' })
  @Property()
  processedRows: number = 0;

  @Field(() => Int)
  @Property()
  createdCount: number = 0;

  @Field(() => Int)
  @Property()
  updatedCount: number = 0;

  @Field(() => Int)
  @Property()
  unchangedCount: number = 0;

  @Field(() => Int, { description: 'Rows not imported (bad)' })
  @Property()
  rejectedCount: number = 0;

  /** Every bad row and column (keys + params). */
  @Property({ type: 'jsonb' })
  errors: RowError[] = [];

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Field()
  @Property()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;

  @Field(() => Int)
  get errorCount(): number {
    return this.errors.length;
  }

  @Field(() => [RosterRowError], { name: 'errors', description: 'Every bad row and column' })
  get rowErrors(): RosterRowError[] {
    return this.errors.map(RosterRowError.of);
  }
}

/** The table's DDL, for each subgraph's migration. */
export function rosterImportDdl(schema: string): string[] {
  return [
    `create table "${schema}"."roster_import" (
      "id" uuid primary key,
      "institution_id" uuid not null,
      "source" text not null check ("source" in ('FILE', 'SYNC')),
      "format" text null check ("format" in ('CSV', 'XLSX')),
      "mode" text not null check ("mode" in ('ALL', 'GOOD_ROWS')),
      "status" text not null check ("status" in ('UPLOADING', 'RUNNING', 'DONE', 'PARTIAL', 'REFUSED', 'FAILED')),
      "file_name" varchar(255) null,
      "content" bytea null,
      "received_bytes" int not null default 0,
      "total_rows" int not null default 0,
      "processed_rows" int not null default 0,
      "created_count" int not null default 0,
      "updated_count" int not null default 0,
      "unchanged_count" int not null default 0,
      "rejected_count" int not null default 0,
      "errors" jsonb not null default '[]',
      "created_by" uuid not null,
      "created_at" timestamptz not null,
      "finished_at" timestamptz null)`,
    `create index "roster_import_institution_idx" on "${schema}"."roster_import" ("institution_id", "created_at")`,
  ];
}
