import writeXlsxFile from 'write-excel-file/browser';

/** A sheet as the screen shows it: a header line, then the rows. */
export interface SheetLines {
  name: string;
  lines: (string | number)[][];
}

function download(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** CSV with a BOM, so Excel opens the Chinese names correctly. */
export function downloadCsv(sheet: SheetLines, fileName: string): void {
  const csv = sheet.lines.map((line) => line.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(',')).join('\r\n');
  download(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** One workbook, one sheet per table (write-excel-file: numbers stay numbers). */
export async function downloadXlsx(sheets: SheetLines[], fileName: string): Promise<void> {
  const blob = await writeXlsxFile(
    sheets.map((sheet) => ({
      sheet: sheet.name,
      data: sheet.lines.map((line, index) => line.map((value) => ({ value, fontWeight: index === 0 ? ('bold' as const) : undefined }))),
    })),
  ).toBlob();
  download(blob, fileName);
}
