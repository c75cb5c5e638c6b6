import { isValidResidentId, translate, type KeyedParams, type MessageKey } from '@rv/schema';
import type { RosterSheet } from './roster-file.js';

/** A bad cell (or a bad file: row 1, or no column): which row, which column, why (a key and its parameters). */
export interface RowError {
  row: number;
  column: string | null;
  messageKey: MessageKey;
  /** Issue 14: parameters by key too (a column's name, the choices), so the reader's language shows them. */
  params: KeyedParams;
}

type Read = { value: unknown } | { error: MessageKey; params?: KeyedParams };

/** One column of a roster: its field (also `roster.column.<key>`), whether it must be filled, how a cell is read. */
export interface RosterColumn {
  key: string;
  required: boolean;
  /** The value of an empty optional cell. */
  fallback?: unknown;
  read(text: string): Read;
  /** What the template's example row shows. */
  example: string;
}

/** A row that passed its own checks: its row number and the values by column key. */
export interface RosterRecord {
  row: number;
  values: Record<string, any>;
}

export const readers = {
  text:
    (max: number) =>
    (text: string): Read =>
      text.length > max ? { error: 'roster.row.tooLong', params: { max } } : { value: text },
  number: (text: string): Read =>
    text.length > 32
      ? { error: 'roster.row.tooLong', params: { max: 32 } }
      : /^[A-Za-z0-9-]+$/.test(text)
        ? { value: text.toUpperCase() }
        : { error: 'roster.row.badNumber' },
  integer:
    (max: number) =>
    (text: string): Read => {
      const value = Number(text);
      return /^\d+$/.test(text) && value >= 1 && value <= max ? { value } : { error: 'roster.row.notInteger', params: { max } };
    },
  /** A code, or its words in either language (what a clerk types in a spreadsheet). */
  choice:
    (codes: readonly string[], labelKey: (code: string) => string) =>
    (text: string): Read => {
      const wanted = text.trim().toUpperCase();
      const code = codes.find(
        (candidate) =>
          candidate === wanted || translate(labelKey(candidate)) === text.trim() || translate(labelKey(candidate), {}, 'en').toUpperCase() === wanted,
      );
      return code ? { value: code } : { error: 'roster.row.badChoice', params: { choices: codes.map((candidate) => ({ key: labelKey(candidate) })) } };
    },
  yesNo: (text: string): Read => {
    const wanted = text.trim().toLowerCase();
    if (['是', 'yes', 'y', 'true', '1'].includes(wanted)) return { value: true };
    if (['否', 'no', 'n', 'false', '0'].includes(wanted)) return { value: false };
    return { error: 'roster.row.badChoice', params: { choices: [{ key: 'roster.value.yes' }, { key: 'roster.value.no' }] } };
  },
};

/** Resident ID numbers are checked (check digit); a foreign or stateless person's document only for its shape. */
export function checkIdNumber(idNumber: string, foreign: boolean): RowError['messageKey'] | null {
  if (foreign) return /^[A-Z0-9]{5,18}$/.test(idNumber) ? null : 'roster.row.badForeignId';
  return isValidResidentId(idNumber) ? null : 'roster.row.badIdNumber';
}

/** Which column a header cell names: the key itself, or its words in zh-CN or English. */
function columnOf(columns: RosterColumn[], header: string): RosterColumn | undefined {
  const wanted = header.trim().toLowerCase();
  return columns.find((column) =>
    [column.key, translate(`roster.column.${column.key}`), translate(`roster.column.${column.key}`, {}, 'en')].some((name) => name.toLowerCase() === wanted),
  );
}

/**
 * Reads every row against the columns: each bad cell is named (row, column, key); a number given
 * twice is named on its later row. Every row comes back with the values that could be read (the
 * institution's checks then name their cells too); a row with any error is never written.
 * `numberKey` is the column that identifies a person.
 */
export function checkSheet(columns: RosterColumn[], numberKey: string, sheet: RosterSheet): { records: RosterRecord[]; errors: RowError[] } {
  const positions = new Map<string, number>();
  sheet.header.forEach((title, index) => {
    const column = columnOf(columns, title);
    if (column && !positions.has(column.key)) positions.set(column.key, index);
  });
  const missing = columns.filter((column) => column.required && !positions.has(column.key));
  if (missing.length) {
    return {
      records: [],
      errors: missing.map((column) => ({
        row: 1,
        column: column.key,
        messageKey: 'roster.file.missingColumn',
        params: { column: { key: `roster.column.${column.key}` } },
      })),
    };
  }
  const records: RosterRecord[] = [];
  const errors: RowError[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of sheet.rows) {
    const values: Record<string, any> = {};
    const rowErrors: RowError[] = [];
    for (const column of columns) {
      const position = positions.get(column.key);
      const text = position === undefined ? '' : (cells[position] ?? '').trim();
      if (!text) {
        if (column.required) rowErrors.push({ row, column: column.key, messageKey: 'roster.row.required', params: {} });
        else values[column.key] = column.fallback;
        continue;
      }
      const read = column.read(text);
      if ('error' in read) rowErrors.push({ row, column: column.key, messageKey: read.error, params: read.params ?? {} });
      else values[column.key] = read.value;
    }
    const number = values[numberKey] as string | undefined;
    const first = number ? firstRowOf.get(number) : undefined;
    if (first) rowErrors.push({ row, column: numberKey, messageKey: 'roster.row.duplicate', params: { row: first } });
    else if (number) firstRowOf.set(number, row);
    if (typeof values.idNumber === 'string') {
      values.idNumber = values.idNumber.toUpperCase();
      const bad = checkIdNumber(values.idNumber, values.foreign === true);
      if (bad) rowErrors.push({ row, column: 'idNumber', messageKey: bad, params: {} });
    }
    errors.push(...rowErrors);
    records.push({ row, values });
  }
  return { records, errors };
}
