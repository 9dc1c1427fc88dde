import { randomBytes } from 'node:crypto';
import { print } from 'graphql';
import { Client } from 'pg';
import { CustomerImportSourcesDocument } from '../../admin/src/graphql/generated/graphql';
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

it('suggests at upload the custom fields the importer may fill, not an archived, locked or other tenant’s one', async () => {
  const header = [
    '이름',
    `항목 ${k('grade')}`,
    k('member'),
    `항목 ${k('old')}`,
    `항목 ${k('locked')}`,
    k('only_b'),
  ].join(',');
  const csv = Buffer.from(`${header}\n업로드제안${run},우수,Y,가,나,다\n`);
  const [a, b] = await Promise.all([upload(t.admin, csv), upload(t.adminB, csv)]);
  expect([a.status, b.status]).toEqual([201, 201]);
  expect(a.body.suggestedMapping).toEqual([
    { field: 'NAME', column: '이름' },
    { field: 'CUSTOM_FIELD', column: k('member'), customField: k('member') },
    { field: 'CUSTOM_FIELD', column: `항목 ${k('grade')}`, customField: k('grade') },
  ]);
  expect(b.body.suggestedMapping).toEqual([
    { field: 'NAME', column: '이름' },
    { field: 'CUSTOM_FIELD', column: k('only_b'), customField: k('only_b') },
  ]);
});

/** The admin wizard's own query for the saved sources, as it sends it. */
const sourcesOf = async (token: string): Promise<{ source: string; mapping: unknown[] }[]> => {
  const res = await gql(token, print(CustomerImportSourcesDocument));
  expect(res.errors).toBeUndefined();
  return res.data!.customerImportSources;
};
const SAVE = `mutation($i: SaveCustomerImportMappingInput!) {
  saveCustomerImportMapping(input: $i) { source mapping { field column customField } } }`;

it('keeps a source’s custom-field columns and returns them through the wizard’s query, whole', async () => {
  const source = `복원-${run}`;
  const csv = Buffer.from(`이름,항목 ${k('grade')},${k('member')}\n복원${run},우수,Y\n`);
  // No mapping given and none saved: the suggested one, custom fields included, imports and is saved.
  const batch = await importFile(t.admin, csv, { source });
  expect(batch).toMatchObject({ state: 'COMPLETED', createdCount: 1, errorCount: 0 });
  expect(await valuesOf(`복원${run}`)).toEqual([
    { [k('grade')]: 'gold', [k('member')]: true, [k('channel')]: '입수' },
  ]);
  const saved = (await sourcesOf(t.admin)).find((s) => s.source === source);
  expect(saved?.mapping).toEqual([
    { field: 'NAME', column: '이름', customField: null },
    { field: 'CUSTOM_FIELD', column: k('member'), customField: k('member') },
    { field: 'CUSTOM_FIELD', column: `항목 ${k('grade')}`, customField: k('grade') },
  ]);
  expect((await sourcesOf(t.adminB)).map((s) => s.source)).not.toContain(source);

  // A mapping of 40 columns (the most one may hold) comes back whole; 41 are refused and change nothing.
  const wide = (n: number) => [
    { field: 'NAME', column: '이름', customField: null },
    ...Array.from({ length: n - 1 }, (_, i) => custom(`열 ${i}`, `w${i}`)),
  ];
  expect((await gql(t.admin, SAVE, { i: { source, mapping: wide(40) } })).errors).toBeUndefined();
  expect((await sourcesOf(t.admin)).find((s) => s.source === source)?.mapping).toEqual(wide(40));
  expectRefused(await gql(t.admin, SAVE, { i: { source, mapping: wide(41) } }), 'BAD_USER_INPUT', 'mapping');
  expect((await sourcesOf(t.admin)).find((s) => s.source === source)?.mapping).toEqual(wide(40));

  // Another tenant saving a source of the same name keeps its own row; gyeongbuk's mapping stays.
  const mine = [{ field: 'NAME', column: '성명', customField: null }];
  expect((await gql(t.adminB, SAVE, { i: { source, mapping: mine } })).errors).toBeUndefined();
  expect((await sourcesOf(t.adminB)).find((s) => s.source === source)?.mapping).toEqual(mine);
  expect((await sourcesOf(t.admin)).find((s) => s.source === source)?.mapping).toEqual(wide(40));

  // At the database, as the runtime role of chungbuk: gyeongbuk's source is neither seen nor changed (RLS).
  const app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
  await app.connect();
  try {
    await app.query('BEGIN');
    await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [B]);
    const seen = await app.query(`SELECT tenant_id FROM customer_import_sources WHERE source = $1`, [source]);
    expect(seen.rows).toEqual([{ tenant_id: B }]);
    const changed = await app.query(
      `UPDATE customer_import_sources SET mapping = '[]' WHERE source = $1 AND tenant_id = $2`,
      [source, A],
    );
    expect(changed.rowCount).toBe(0);
  } finally {
    await app.query('ROLLBACK');
    await app.end();
  }
  expect((await sourcesOf(t.admin)).find((s) => s.source === source)?.mapping).toEqual(wide(40));
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
