import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { expectRefused } from './support/customer-360';
import { PREVIEW, freshMobile, importFile, upload } from './support/customer-import';

/**
 * Custom fields in the customer import (issue 9 #2, ADR 0022): the mapping names a custom field per column,
 * spreadsheet text becomes typed values (numbers, dates, 예/아니오, choices by value or Korean label, several
 * separated by ';'), the tenant's validator checks them (defaults filled), bad cells are row errors on their
 * column, and no unknown, archived, not-editable or other tenant's key is accepted. Tenants gyeongbuk (A) and
 * chungbuk (B) get only non-required fields of this run.
 */
const A = 'gyeongbuk';
const B = 'chungbuk';
const CUSTOMERS = 'crm-core.customers';
const run = randomBytes(3).toString('hex');
const k = (name: string) => `${name}_${run}`;

let owner: Client;
const t = {} as Record<'admin' | 'adminB', string>;

const DEFINE = `mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { key } }`;
const ARCHIVE = `mutation($e: String!, $k: String!) { archiveCustomField(entity: $e, key: $k) { key } }`;
const PREVIEW_CF = PREVIEW.replace('mapping { field column }', 'mapping { field column customField }');

const define = (token: string, input: Record<string, unknown>) =>
  gql(token, DEFINE, { i: { entity: CUSTOMERS, labelKo: `항목 ${input.key}`, labelEn: 'Field', ...input } });
const custom = (column: string, key: string) => ({ field: 'CUSTOM_FIELD', column, customField: k(key) });

const valuesOf = async (name: string) =>
  (
    await owner.query(`SELECT custom_fields FROM customers WHERE tenant_id = $1 AND name = $2`, [A, name])
  ).rows.map((r) => r.custom_fields);

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [t.admin, t.adminB] = await Promise.all([userToken(A, 'admin'), userToken(B, 'admin')]);
  const options = [
    { value: 'gold', labelKo: '우수', labelEn: 'Gold' },
    { value: 'basic', labelKo: '일반', labelEn: 'Basic' },
  ];
  for (const input of [
    { key: k('visits'), type: 'INTEGER', rules: { minimum: 0, maximum: 1000 } },
    { key: k('since'), type: 'DATE' },
    { key: k('member'), type: 'BOOLEAN' },
    { key: k('grade'), type: 'SELECT', options },
    { key: k('interests'), type: 'MULTI_SELECT', options },
    { key: k('channel'), type: 'TEXT', defaultValue: '입수' },
    { key: k('locked'), type: 'TEXT', editRoles: ['manager'] },
    { key: k('old'), type: 'TEXT' },
  ])
    expect((await define(t.admin, input)).errors).toBeUndefined();
  expect((await gql(t.admin, ARCHIVE, { e: CUSTOMERS, k: k('old') })).errors).toBeUndefined();
  expect((await define(t.adminB, { key: k('only_b'), type: 'TEXT' })).errors).toBeUndefined();
});

afterAll(async () => {
  await owner.end();
});

const MAPPING = [
  { field: 'NAME', column: '이름' },
  { field: 'MOBILE', column: '휴대전화' },
  custom('방문 횟수', 'visits'),
  custom('가입일', 'since'),
  custom('회원', 'member'),
  custom('등급', 'grade'),
  custom('관심', 'interests'),
];
const HEADER = '이름,휴대전화,방문 횟수,가입일,회원,등급,관심';

it('imports typed custom values from spreadsheet text, with the field defaults', async () => {
  const csv = Buffer.from(
    [
      HEADER,
      `경북가져오기${run},${freshMobile()},"1,000",2026.3.1,예,우수,우수; basic`,
      `경북둘째${run},${freshMobile()},7,20250102,N,basic,`,
      `경북셋째${run},${freshMobile()},,,,,`,
    ].join('\n'),
  );
  const batch = await importFile(t.admin, csv, { source: `맞춤-${run}`, mapping: MAPPING });
  expect(batch.errors).toEqual([]);
  expect(batch).toMatchObject({ state: 'COMPLETED', createdCount: 3, errorCount: 0 });
  expect(await valuesOf(`경북가져오기${run}`)).toEqual([
    {
      [k('visits')]: 1000,
      [k('since')]: '2026-03-01',
      [k('member')]: true,
      [k('grade')]: 'gold',
      [k('interests')]: ['gold', 'basic'],
      [k('channel')]: '입수',
    },
  ]);
  expect(await valuesOf(`경북둘째${run}`)).toEqual([
    {
      [k('visits')]: 7,
      [k('since')]: '2025-01-02',
      [k('member')]: false,
      [k('grade')]: 'basic',
      [k('channel')]: '입수',
    },
  ]);
  expect(await valuesOf(`경북셋째${run}`)).toEqual([{ [k('channel')]: '입수' }]);
  // The batch keeps the mapping with its custom fields for the next file of the source.
  expect(batch.mapping).toEqual(MAPPING.map(({ field, column }) => ({ field, column })));
});

it('suggests a custom field for a column headed by its Korean label or key', async () => {
  const csv = Buffer.from(`이름,항목 ${k('grade')},${k('member')}\n제안${run},우수,Y\n`);
  const { body } = await upload(t.admin, csv);
  const res = await gql(t.admin, PREVIEW_CF, { i: { uploadId: body.uploadId, source: `제안-${run}` } });
  expect(res.errors).toBeUndefined();
  expect(res.data!.previewCustomerImport.mapping).toEqual([
    { field: 'NAME', column: '이름', customField: null },
    { field: 'CUSTOM_FIELD', column: k('member'), customField: k('member') },
    { field: 'CUSTOM_FIELD', column: `항목 ${k('grade')}`, customField: k('grade') },
  ]);
});

it('reports each bad custom cell on its row and column, and imports nothing', async () => {
  const csv = Buffer.from(
    [
      HEADER,
      `좋은행${run},${freshMobile()},1,2026-01-01,예,우수,`,
      `숫자틀림${run},${freshMobile()},열둘,,,,`,
      `범위넘음${run},${freshMobile()},5000,,,,`,
      `날짜틀림${run},${freshMobile()},,3월 1일,,,`,
      `예아님${run},${freshMobile()},,,아마,,`,
      `선택없음${run},${freshMobile()},,,,최우수,우수; 없음`,
    ].join('\n'),
  );
  const { body } = await upload(t.admin, csv);
  const res = await gql(t.admin, PREVIEW_CF, {
    i: { uploadId: body.uploadId, source: `오류-${run}`, mapping: MAPPING },
  });
  expect(res.errors).toBeUndefined();
  const preview = res.data!.previewCustomerImport;
  // errorCount counts the rows with errors; the list has every error (two on line 7).
  expect(preview).toMatchObject({ totalRows: 6, createCount: 1, errorCount: 5 });
  expect(preview.errors.map((e: any) => [e.line, e.column, e.field, e.code])).toEqual([
    [3, '방문 횟수', 'CUSTOM_FIELD', 'INVALID_CUSTOM_FIELD'],
    [4, '방문 횟수', 'CUSTOM_FIELD', 'INVALID_CUSTOM_FIELD'],
    [5, '가입일', 'CUSTOM_FIELD', 'INVALID_CUSTOM_FIELD'],
    [6, '회원', 'CUSTOM_FIELD', 'INVALID_CUSTOM_FIELD'],
    [7, '등급', 'CUSTOM_FIELD', 'INVALID_CUSTOM_FIELD'],
    [7, '관심', 'CUSTOM_FIELD', 'INVALID_CUSTOM_FIELD'],
  ]);
  for (const e of preview.errors) {
    expect(e.message).toMatch(/[가-힣]/);
    expect(e.messageEn).toBeTruthy();
  }
  const batch = await importFile(t.admin, csv, { source: `오류-${run}`, mapping: MAPPING });
  expect(batch).toMatchObject({ state: 'FAILED', createdCount: 0, errorCount: 5 });
  expect(await valuesOf(`좋은행${run}`)).toEqual([]);
});

it('refuses a mapping to an unknown, archived, not-editable or other tenant’s field, starting nothing', async () => {
  const csv = Buffer.from(`이름,값\n거절${run},x\n`);
  const { body } = await upload(t.admin, csv);
  const batches = async () =>
    (await owner.query(`SELECT count(*)::int AS n FROM customer_import_batches WHERE tenant_id = $1`, [A]))
      .rows[0].n;
  const before = await batches();
  for (const key of ['no_such', 'old', 'locked', 'only_b']) {
    const mapping = [{ field: 'NAME', column: '이름' }, custom('값', key)];
    expectRefused(
      await gql(t.admin, PREVIEW_CF, { i: { uploadId: body.uploadId, source: `거절-${run}`, mapping } }),
      'BAD_USER_INPUT',
      'mapping',
    );
    const started = await gql(
      t.admin,
      `mutation($i: CustomerImportInput!) { startCustomerImport(input: $i) { id } }`,
      { i: { uploadId: body.uploadId, source: `거절-${run}`, mapping } },
    );
    expectRefused(started, 'BAD_USER_INPUT', 'mapping');
  }
  expect(await batches()).toBe(before);
  expect(await valuesOf(`거절${run}`)).toEqual([]);
});
