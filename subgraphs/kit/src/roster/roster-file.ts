import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export type RosterFormat = 'CSV' | 'XLSX';

/** A spreadsheet read into text cells: the header row and the data rows, each with its row number in the file. */
export interface RosterSheet {
  header: string[];
  rows: { row: number; cells: string[] }[];
}

/** Reads a CSV (UTF-8, with or without BOM) or the first sheet of an XLSX workbook; throws when it cannot. */
export async function readRosterFile(format: RosterFormat, bytes: Buffer): Promise<RosterSheet> {
  const table = format === 'CSV' ? readCsv(bytes) : await readXlsx(bytes);
  const [header = [], ...data] = table;
  const rows = data.map((cells, i) => ({ row: i + 2, cells })).filter(({ cells }) => cells.some((cell) => cell !== ''));
  return { header: header.map((cell) => cell.trim()), rows };
}

function readCsv(bytes: Buffer): string[][] {
  return parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column)));
    table[number - 1] = cells;
  });
  return Array.from(table, (cells) => cells ?? []);
}

/** A cell as the clerk sees it: numbers without exponent, dates as YYYY-MM-DD, rich text flattened. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('result' in value) return String(value.result ?? '').trim();
    if ('text' in value) return String(value.text).trim();
  }
  return String(value).trim();
}

/** A template: the header row (and an example row) in the requested format; ID numbers as text so Excel keeps them whole. */
export async function writeRosterTemplate(format: RosterFormat, header: string[], example: string[]): Promise<Buffer> {
  if (format === 'CSV') {
    const line = (cells: string[]) => cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',');
    return Buffer.from(`\uFEFF${line(header)}\n${line(example)}\n`, 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('roster');
  sheet.columns = header.map((title) => ({ header: title, width: Math.max(12, title.length * 2 + 4), style: { numFmt: '@' } }));
  sheet.addRow(example);
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
