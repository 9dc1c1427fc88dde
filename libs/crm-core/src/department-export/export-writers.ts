import ExcelJS from 'exceljs';
import { EXPORT_HEADER, type ExportRow } from './export-table';

export enum ExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
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
export function toCsv(rows: readonly ExportRow[]): ExportFile {
  const lines = [EXPORT_HEADER, ...rows].map((row) => row.map(csvField).join(','));
  return {
    extension: 'csv',
    contentType: 'text/csv; charset=utf-8',
    content: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'),
  };
}

const WIDTHS = [8, 12, 48, 16, 12, 16, 28];

export async function toXlsx(rows: readonly ExportRow[], sheetName: string): Promise<ExportFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PCRM';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_HEADER.map((header, i) => ({ header, width: WIDTHS[i] }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]); // strings are stored as text cells, never formulas
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_HEADER.length } };
  return {
    extension: 'xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
