import ExcelJS from 'exceljs';
import { exportTable } from './export-table';
import { toCsv, toXlsx } from './export-writers';

const departments = [
  { id: 'a', code: 'A', name: '기획조정실', parent_id: null },
  { id: 'b', code: 'B', name: '정보화담당관', parent_id: 'a' },
  { id: 'c', code: 'C', name: '시민안전실', parent_id: null },
];
const staff = [
  {
    id: '1',
    name: '김민원',
    position: '주무관',
    username: 'kim',
    email: 'kim@example.com',
    department_id: 'b',
  },
  { id: '2', name: '=HYPERLINK("x")', position: null, username: null, email: null, department_id: 'a' },
  { id: '3', name: '이, "무소속"', position: null, username: 'lee', email: null, department_id: null },
];

it('lists each department, then its staff, then its sub-units; staff without a department last', () => {
  expect(exportTable(departments, staff).rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
    ['부서', 'A', '기획조정실', '기획조정실'],
    ['직원', 'A', '기획조정실', '=HYPERLINK("x")'],
    ['부서', 'B', '기획조정실 > 정보화담당관', '정보화담당관'],
    ['직원', 'B', '기획조정실 > 정보화담당관', '김민원'],
    ['부서', 'C', '시민안전실', '시민안전실'],
    ['직원', '', '(소속 부서 없음)', '이, "무소속"'],
  ]);
});

it('writes CSV with a BOM, CRLF, RFC 4180 quoting and formulas neutralised', () => {
  const { content, contentType } = toCsv(exportTable(departments, staff));
  expect(contentType).toBe('text/csv; charset=utf-8');
  expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = content.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('구분,부서 코드,부서 경로,이름,직위,아이디,이메일');
  expect(lines[2]).toBe(`직원,A,기획조정실,"'=HYPERLINK(""x"")",,,`);
  expect(lines[6]).toBe('직원,,(소속 부서 없음),"이, ""무소속""",,lee,');
  expect(lines.at(-1)).toBe('');
});

it('writes XLSX whose cells read back as the same text', async () => {
  const table = exportTable(departments, staff);
  const { content } = await toXlsx(table, '부서·직원');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('부서·직원')!;
  expect(sheet.rowCount).toBe(table.rows.length + 1);
  expect(sheet.getRow(3).getCell(4).value).toBe('=HYPERLINK("x")'); // text, not a formula
  expect(sheet.getRow(5).getCell(7).value).toBe('kim@example.com');
});
