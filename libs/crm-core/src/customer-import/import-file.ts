import type { CellValue } from 'exceljs';
import { ErrorCode } from '@pcrm/access';
import { ImportInputError, badImportInput } from './import-input-error';
import { IMPORT_LIMITS } from './import-limits';
import { loadExcel } from '../department-export';

export enum ImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

/** UTF-8 (with or without BOM) or CP949 — what Korean office software writes (EUC-KR is a subset of it). */
export enum ImportEncoding {
  UTF8 = 'UTF8',
  CP949 = 'CP949',
}

/** One data row of the file, with the line (CSV) or row number (XLSX) a person finds it by. */
export interface ImportRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface ImportTable {
  readonly format: ImportFormat;
  /** The text encoding a CSV was read with; null for XLSX (always Unicode inside). */
  readonly encoding: ImportEncoding | null;
  readonly headers: readonly string[];
  readonly rows: readonly ImportRow[];
}

const fileError = (ko: string, en: string): ImportInputError => badImportInput('file', ko, en);

export const fileTooLarge = (): ImportInputError =>
  new ImportInputError(
    ErrorCode.PayloadTooLarge,
    'file',
    `파일이 ${IMPORT_LIMITS.maxBytes / 1024 / 1024}MB 를 넘습니다.`,
    `The file exceeds ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB.`,
  );

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const BOM = [0xef, 0xbb, 0xbf];
const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The format by content, not by name: an XLSX is a ZIP; legacy XLS (OLE) and binaries are refused. */
export function detectFormat(bytes: Buffer): ImportFormat {
  if (bytes.length === 0) throw fileError('파일이 비어 있습니다.', 'The file is empty.');
  if (startsWith(bytes, ZIP)) return ImportFormat.XLSX;
  if (startsWith(bytes, OLE))
    throw fileError(
      '예전 Excel 형식(.xls)은 읽을 수 없습니다. .xlsx 또는 CSV 로 저장해 올려 주세요.',
      'Legacy Excel files (.xls) cannot be read; save as .xlsx or CSV.',
    );
  if (bytes.subarray(0, 8192).includes(0))
    throw fileError(
      '텍스트(CSV)나 Excel(.xlsx) 파일이 아닌 이진 파일입니다.',
      'The file is binary, neither text (CSV) nor Excel (.xlsx).',
    );
  return ImportFormat.CSV;
}

const DECODER_LABEL: Record<ImportEncoding, string> = {
  [ImportEncoding.UTF8]: 'utf-8',
  // WHATWG "euc-kr" is Windows code page 949 (Unified Hangul Code), as Korean Excel writes it.
  [ImportEncoding.CP949]: 'euc-kr',
};

function decodeAs(bytes: Buffer, encoding: ImportEncoding): string | null {
  try {
    return new TextDecoder(DECODER_LABEL[encoding], { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Text of a CSV: UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else CP949 when valid CP949.
 * `requested` overrides detection; bytes invalid in it are refused rather than turned into mojibake.
 */
export function decodeText(
  bytes: Buffer,
  requested?: ImportEncoding | null,
): { text: string; encoding: ImportEncoding } {
  if (requested) {
    const text = decodeAs(bytes, requested);
    if (text === null)
      throw fileError(
        `파일을 지정한 인코딩(${requested})으로 읽을 수 없습니다. 인코딩을 확인해 주세요.`,
        `The file is not valid ${requested}; check the encoding.`,
      );
    return { text, encoding: requested };
  }
  const order = startsWith(bytes, BOM) ? [ImportEncoding.UTF8] : [ImportEncoding.UTF8, ImportEncoding.CP949];
  for (const encoding of order) {
    const text = decodeAs(bytes, encoding);
    if (text !== null) return { text, encoding };
  }
  throw fileError(
    '파일의 문자 인코딩을 알 수 없습니다 (UTF-8 도 CP949/EUC-KR 도 아님).',
    'The file is neither UTF-8 nor CP949/EUC-KR text.',
  );
}

/** RFC 4180 fields; a header line with tabs and no commas means a tab-separated file. */
export function parseCsv(text: string): { headers: string[]; rows: ImportRow[] } {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const records: ImportRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  const endRecord = () => {
    cells.push(field);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells }); // also skips Excel's ,,,
    cells = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === separator) {
      cells.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += c;
    if (records.length > IMPORT_LIMITS.maxRows + 1) throw tooManyRows();
  }
  if (quoted)
    throw fileError(
      `${quoteLine}행에서 시작한 따옴표(")가 닫히지 않았습니다.`,
      `The quote (") opened on line ${quoteLine} is never closed.`,
    );
  if (field !== '' || cells.length > 0) endRecord();
  return splitHeader(records);
}

const tooManyRows = (): ImportInputError =>
  fileError(
    `행이 ${IMPORT_LIMITS.maxRows.toLocaleString('ko-KR')}개를 넘습니다. 파일을 나누어 올려 주세요.`,
    `The file has more than ${IMPORT_LIMITS.maxRows} rows; split it.`,
  );

function splitHeader(records: ImportRow[]): { headers: string[]; rows: ImportRow[] } {
  const [header, ...rows] = records;
  if (!header) throw fileError('파일에 머리글 행이 없습니다.', 'The file has no header row.');
  if (rows.length === 0)
    throw fileError('머리글 아래에 데이터 행이 없습니다.', 'There are no data rows below the header.');
  if (rows.length > IMPORT_LIMITS.maxRows) throw tooManyRows();
  const headers = header.cells.map((h) => h.normalize('NFC').trim());
  if (headers.length > IMPORT_LIMITS.maxColumns)
    throw fileError(
      `열이 ${IMPORT_LIMITS.maxColumns}개를 넘습니다.`,
      `The file has more than ${IMPORT_LIMITS.maxColumns} columns.`,
    );
  const seen = new Set<string>();
  headers.forEach((h, i) => {
    if (h === '')
      throw fileError(
        `머리글의 ${i + 1}번째 열 이름이 비어 있습니다.`,
        `Header column ${i + 1} has no name.`,
      );
    if (seen.has(h))
      throw fileError(`머리글에 '${h}' 열이 두 번 있습니다.`, `The header names column '${h}' twice.`);
    seen.add(h);
  });
  return { headers, rows };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the text a person sees: dates as YYYY-MM-DD, formulas by their result, rich text joined. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function parseXlsx(bytes: Buffer): Promise<{ headers: string[]; rows: ImportRow[] }> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fileError(
      'Excel(.xlsx) 파일을 열 수 없습니다 (손상되었거나 다른 형식).',
      'The .xlsx file cannot be opened (damaged or another format).',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileError('Excel 파일에 시트가 없습니다.', 'The workbook has no sheet.');
  if (sheet.actualRowCount > IMPORT_LIMITS.maxRows + 1) throw tooManyRows();
  const records: ImportRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as CellValue[];
    const cells: string[] = [];
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
    if (cells.some((v) => v.trim() !== '')) records.push({ line: row.number, cells });
  });
  return splitHeader(records);
}

/** Reads an uploaded file into a header and data rows, refusing what cannot be a customer list. */
export async function readImportFile(bytes: Buffer, encoding?: ImportEncoding | null): Promise<ImportTable> {
  if (bytes.length > IMPORT_LIMITS.maxBytes) throw fileTooLarge();
  const format = detectFormat(bytes);
  if (format === ImportFormat.XLSX) return { format, encoding: null, ...(await parseXlsx(bytes)) };
  const decoded = decodeText(bytes, encoding);
  const text = decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text;
  return { format, encoding: decoded.encoding, ...parseCsv(text) };
}
