import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { ImportField, MAX_MAPPING_COLUMNS, resolveMapping, suggestMapping } from './column-mapping';
import { ImportEncoding, ImportFormat, readImportFile } from './import-file';
import { IMPORT_LIMITS } from './import-limits';
import { parseBirthDate, toImportRecord } from './import-record';

const CSV =
  '이름,휴대전화,이메일,생년월일\r\n홍길동,010-1234-5678,hong@example.com,1980-01-02\r\n"김, 철수","010 9876 5432",,19900305\r\n';

/** The bytes Korean Excel writes for "CSV (쉼표로 분리)": CP949, made by the system's iconv. */
const cp949 = (text: string): Buffer =>
  execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP949'], { input: text });

const errorOf = async (bytes: Buffer, encoding?: ImportEncoding) => {
  try {
    await readImportFile(bytes, encoding);
  } catch (error) {
    const e = error as { message: string; code: string; field: string; messageEn: string };
    return { message: e.message, code: e.code, field: e.field, messageEn: e.messageEn };
  }
  throw new Error('expected a refusal');
};

describe('reading an uploaded file', () => {
  it('detects CP949 by validity and reads its Hangul', async () => {
    const bytes = cp949(CSV);
    expect(bytes.includes(Buffer.from('홍길동'))).toBe(false); // really not UTF-8
    const table = await readImportFile(bytes);
    expect(table).toMatchObject({ format: ImportFormat.CSV, encoding: ImportEncoding.CP949 });
    expect(table.headers).toEqual(['이름', '휴대전화', '이메일', '생년월일']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['홍길동', '010-1234-5678', 'hong@example.com', '1980-01-02'] },
      { line: 3, cells: ['김, 철수', '010 9876 5432', '', '19900305'] },
    ]);
  });

  it('reads UTF-8 with and without a byte order mark alike', async () => {
    const plain = await readImportFile(Buffer.from(CSV));
    const bom = await readImportFile(Buffer.from(`\uFEFF${CSV}`));
    expect(plain.encoding).toBe(ImportEncoding.UTF8);
    expect(bom).toEqual(plain);
    expect(bom.headers[0]).toBe('이름');
  });

  it('lets the caller override detection, and refuses bytes invalid in the chosen encoding', async () => {
    const forced = await readImportFile(Buffer.from('name\nabc\n'), ImportEncoding.CP949);
    expect(forced.encoding).toBe(ImportEncoding.CP949);
    expect(await errorOf(cp949(CSV), ImportEncoding.UTF8)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file',
      message: expect.stringContaining('UTF8'),
    });
  });

  it('refuses empty, binary, legacy XLS, undecodable and header-only files with a reason', async () => {
    expect(await errorOf(Buffer.alloc(0))).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageEn: 'The file is empty.',
    });
    expect(await errorOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).toMatchObject({
      messageEn: expect.stringContaining('binary'),
    });
    expect(await errorOf(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toMatchObject({
      messageEn: expect.stringContaining('.xls'),
    });
    expect(await errorOf(Buffer.from([0x41, 0xff, 0xfe, 0xff, 0x0a]))).toMatchObject({
      messageEn: 'The file is neither UTF-8 nor CP949/EUC-KR text.',
    });
    expect(await errorOf(Buffer.from('이름,휴대전화\n'))).toMatchObject({
      messageEn: 'There are no data rows below the header.',
    });
    expect(await errorOf(Buffer.from('이름,이름\n홍길동,김철수\n'))).toMatchObject({
      messageEn: "The header names column '이름' twice.",
    });
    expect(await errorOf(Buffer.from('이름\n"홍길동\n'))).toMatchObject({
      messageEn: 'The quote (") opened on line 2 is never closed.',
    });
  });

  it('refuses a file over the size or row limit', async () => {
    expect(await errorOf(Buffer.alloc(IMPORT_LIMITS.maxBytes + 1, 0x41))).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
    const rows = `이름\n${'가\n'.repeat(IMPORT_LIMITS.maxRows + 1)}`;
    expect(await errorOf(Buffer.from(rows))).toMatchObject({
      messageEn: expect.stringContaining('more than 200000 rows'),
    });
  });

  it('numbers CSV records by the line they start on, across quoted line breaks and blank lines', async () => {
    const table = await readImportFile(Buffer.from('이름,메모\n"홍\n길동",a\n\n김철수,b\n'));
    expect(table.rows.map((r) => r.line)).toEqual([2, 5]);
    expect(table.rows[0].cells[0]).toBe('홍\n길동');
  });

  it('reads the first sheet of an XLSX: dates, numbers, formulas by result, row numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('고객');
    sheet.addRow(['성명', '핸드폰', '생년월일', '우편번호']);
    sheet.addRow(['홍길동', '010-1111-2222', new Date(Date.UTC(1975, 4, 6)), 48058]);
    sheet.addRow([]);
    sheet.addRow([
      '이영희',
      { formula: '"010"&"-3333-4444"', result: '010-3333-4444' },
      '1988.12.31',
      '06236',
    ]);
    const table = await readImportFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(table).toMatchObject({ format: ImportFormat.XLSX, encoding: null });
    expect(table.rows).toEqual([
      { line: 2, cells: ['홍길동', '010-1111-2222', '1975-05-06', '48058'] },
      { line: 4, cells: ['이영희', '010-3333-4444', '1988.12.31', '06236'] },
    ]);
  });
});

describe('mapping and row validation', () => {
  const headers = ['성명', '핸드폰', 'E-mail', '생년월일', '성별', '우편번호', '도로명주소'];
  const mapping = suggestMapping(headers);

  it('suggests a mapping from Korean and English header spellings', () => {
    expect(mapping).toEqual([
      { field: ImportField.NAME, column: '성명' },
      { field: ImportField.BIRTH_DATE, column: '생년월일' },
      { field: ImportField.SEX, column: '성별' },
      { field: ImportField.MOBILE, column: '핸드폰' },
      { field: ImportField.EMAIL, column: 'E-mail' },
      { field: ImportField.ROAD_ADDRESS, column: '도로명주소' },
      { field: ImportField.POSTAL_CODE, column: '우편번호' },
    ]);
  });

  it('suggests custom fields by Korean label or key, stopping at the columns a mapping may hold', () => {
    const custom = Array.from({ length: 60 }, (_, i) => ({ key: `f${i}`, labelKo: `항목 ${i}` }));
    const wide = [...headers, ...custom.map((d, i) => (i % 2 ? d.key : d.labelKo))];
    const suggested = suggestMapping(wide, custom);
    expect(suggested).toHaveLength(MAX_MAPPING_COLUMNS);
    expect(suggested.slice(0, mapping.length)).toEqual(mapping);
    expect(suggested.slice(mapping.length, mapping.length + 2)).toEqual([
      { field: ImportField.CUSTOM_FIELD, column: '항목 0', customField: 'f0' },
      { field: ImportField.CUSTOM_FIELD, column: 'f1', customField: 'f1' },
    ]);
  });

  it('refuses a mapping without the name column or naming a column the file lacks', () => {
    expect(() => resolveMapping(headers, mapping.slice(1))).toThrow('필수 항목의 열이 없습니다: 이름');
    expect(() => resolveMapping(headers, [...mapping, { field: ImportField.TAGS, column: '태그' }])).toThrow(
      "파일에 '태그' 열이 없습니다",
    );
  });

  const columns = resolveMapping(headers, mapping);
  const check = (cells: string[]) => toImportRecord({ line: 7, cells }, columns, headers);

  it('normalizes a valid row with the customer keys', () => {
    const { record, errors } = check([
      '홍길동',
      '+82 10-1234-5678',
      'Hong@Example.com',
      '1980.1.2',
      '남',
      '48058',
      '부산광역시 연제구 중앙대로 1001',
    ]);
    expect(errors).toEqual([]);
    expect(record).toMatchObject({
      line: 7,
      name: '홍길동',
      mobile: '01012345678',
      email: 'Hong@Example.com',
      birthDate: '1980-01-02',
      sex: 'MALE',
      partyType: 'PERSON',
    });
  });

  it('names line, column and reason of every invalid value', () => {
    const { record, errors } = check(['', '02-123-4567', 'not-mail', '1990-02-30', '?', '123', '']);
    expect(record).toBeNull();
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [7, '성명', 'REQUIRED'],
      [7, '생년월일', 'INVALID_DATE'],
      [7, 'E-mail', 'INVALID_EMAIL'],
      [7, '우편번호', 'INVALID_POSTAL_CODE'],
      [7, '성별', 'INVALID_SEX'],
      [7, '핸드폰', 'INVALID_MOBILE'],
    ]);
    expect(errors[5].message).toBe('휴대전화 번호가 올바르지 않습니다 (예: 010-1234-5678).');
  });

  it('takes birth dates in office spellings and refuses impossible or future ones', () => {
    expect(['19800102', '1980/01/02', '1980-1-2', '1980. 1. 2.'].map(parseBirthDate)).toEqual(
      Array(4).fill('1980-01-02'),
    );
    expect(['1899-12-31', '2999-01-01', '2023-02-29', '80-01-02', 'abc'].map(parseBirthDate)).toEqual(
      Array(5).fill(null),
    );
  });
});
