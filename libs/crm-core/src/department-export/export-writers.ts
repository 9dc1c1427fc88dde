export enum ExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}

export type ExportRow = readonly string[];

/** What an export writes: its column headers (with XLSX column widths in characters) and rows of text. */
export interface ExportTable {
  header: readonly string[];
  widths: readonly number[];
  rows: readonly ExportRow[];
}

export interface ExportFile {
  extension: string;
  contentType: string;
  content: Buffer;
}

/** Excel runs a cell starting with these as a formula; a leading apostrophe keeps it text. */
const FORMULA_START = /^[=+\-@\t\r]/;
const safeText = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

const csvField = (value: string): string => {
  const text = safeText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV in UTF-8 with a byte order mark: Korean Excel then opens it as UTF-8, not CP949. */
export function toCsv({ header, rows }: ExportTable): ExportFile {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return {
    extension: 'csv',
    contentType: 'text/csv; charset=utf-8',
    content: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'),
  };
}

/**
 * exceljs, loaded on the first spreadsheet rather than at start: it costs the API about 11 MB of heap and a
 * second of start-up, and most processes never write or read a workbook.
 */
export async function loadExcel(): Promise<typeof import('exceljs')> {
  const loaded = await import('exceljs');
  return (loaded as { default?: typeof import('exceljs') }).default ?? loaded;
}

export async function toXlsx({ header, widths, rows }: ExportTable, sheetName: string): Promise<ExportFile> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'PCRM';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((title, i) => ({ header: title, width: widths[i] }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]); // strings are stored as text cells, never formulas
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return {
    extension: 'xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
