import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { expectRefused } from './support/customer-360';
import { JOB_FIELDS, csvRows, download, type JobView } from './support/jobs';

/**
 * Custom fields in the customer export (issue 9 #2, ADR 0022): one column per custom field the requester may
 * read, choices by their Korean labels, the custom-field filter of the list honoured, personal-data columns in
 * the access log like the core ones, and no other tenant's keys. Tenants gyeongbuk (A) and chungbuk (B) get only
 * non-required fields of this run.
 */
const A = 'gyeongbuk';
const B = 'chungbuk';
const CUSTOMERS = 'crm-core.customers';
const run = randomBytes(3).toString('hex');
const k = (name: string) => `${name}_${run}`;
const TAG = `export-${run}`;

let owner: Client;
const t = {} as Record<'admin' | 'manager' | 'adminB', string>;

const DEFINE = `mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { key } }`;
const ARCHIVE = `mutation($e: String!, $k: String!) { archiveCustomField(entity: $e, key: $k) { key } }`;
const CREATE = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }`;
const START = `mutation($i: StartCustomerExportInput!) { startCustomerExport(input: $i) { ${JOB_FIELDS} } }`;

const define = (token: string, input: Record<string, unknown>) =>
  gql(token, DEFINE, { i: { entity: CUSTOMERS, labelKo: `항목 ${input.key}`, labelEn: 'Field', ...input } });

const OWN_JOB = `query($id: ID!) { customerExportJob(id: $id) { ${JOB_FIELDS} } }`;

/** Polls the requester's own export until it has finished (a manager may not read `job`). */
async function ownExport(token: string, id: string): Promise<JobView> {
  for (const deadline = Date.now() + 45_000; Date.now() < deadline;) {
    const job = (await gql<{ customerExportJob: JobView }>(token, OWN_JOB, { id })).data!.customerExportJob;
    if (job.state === 'COMPLETED' || job.state === 'FAILED') return job;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`export ${id} did not finish`);
}

/** The export's CSV as header and rows, the job kept for its access-log entry. */
async function exported(token: string, filter: Record<string, unknown>) {
  const res = await gql<{ startCustomerExport: JobView }>(token, START, {
    i: { filter, reason: '맞춤 항목 내보내기 확인', format: 'CSV' },
  });
  expect(res.errors).toBeUndefined();
  const job = await ownExport(token, res.data!.startCustomerExport.id);
  expect(job.state).toBe('COMPLETED');
  const file = await download(token, job.downloadPath!);
  const [header, ...rows] = csvRows(file.body.subarray(3).toString('utf8'));
  return { job, header, rows };
}

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [t.admin, t.manager, t.adminB] = await Promise.all([
    userToken(A, 'admin'),
    userToken(A, 'manager'),
    userToken(B, 'admin'),
  ]);
  const options = [
    { value: 'gold', labelKo: '우수', labelEn: 'Gold' },
    { value: 'basic', labelKo: '일반', labelEn: 'Basic' },
  ];
  for (const input of [
    { key: k('grade'), type: 'SELECT', options },
    { key: k('member'), type: 'BOOLEAN' },
    { key: k('guardian'), type: 'PHONE', personalData: true },
    { key: k('internal'), type: 'TEXT', readRoles: ['tenant-admin'] },
    { key: k('old'), type: 'TEXT' },
  ])
    expect((await define(t.admin, input)).errors).toBeUndefined();
  for (const [name, values] of [
    [
      '경북하나',
      {
        [k('grade')]: 'gold',
        [k('member')]: true,
        [k('guardian')]: '010-2222-3333',
        [k('internal')]: '내부 메모',
        [k('old')]: '옛 값',
      },
    ],
    ['경북두울', { [k('grade')]: 'basic', [k('member')]: false }],
  ] as const)
    expect(
      (await gql(t.admin, CREATE, { i: { name, tags: [TAG], customFields: values } })).errors,
    ).toBeUndefined();
  expect((await gql(t.admin, ARCHIVE, { e: CUSTOMERS, k: k('old') })).errors).toBeUndefined();
  expect((await define(t.adminB, { key: k('only_b'), type: 'TEXT' })).errors).toBeUndefined();
});

afterAll(async () => {
  await owner.end();
});

const runColumns = (header: string[]) => header.filter((h) => h.endsWith(run));

it('adds the requester’s readable active custom fields as columns, choices and yes/no in Korean', async () => {
  const manager = await exported(t.manager, { tags: [TAG] });
  expect(runColumns(manager.header)).toEqual(
    [k('grade'), k('member'), k('guardian')].map((key) => `항목 ${key}`),
  );
  const cells = (rows: string[][], name: string, header: string[]) => {
    const row = rows.find((r) => r[3] === name)!;
    return runColumns(header).map((h) => row[header.indexOf(h)]);
  };
  expect(cells(manager.rows, '경북하나', manager.header)).toEqual(['우수', '예', '010-2222-3333']);
  expect(cells(manager.rows, '경북두울', manager.header)).toEqual(['일반', '아니오', '']);

  const admin = await exported(t.admin, { tags: [TAG] });
  expect(runColumns(admin.header)).toEqual(
    [k('grade'), k('member'), k('guardian'), k('internal')].map((key) => `항목 ${key}`),
  );
  expect(cells(admin.rows, '경북하나', admin.header)).toEqual(['우수', '예', '010-2222-3333', '내부 메모']);
});

it('exports only the customers the list’s custom-field filter selects', async () => {
  const { rows } = await exported(t.manager, {
    tags: [TAG],
    customFields: [{ key: k('grade'), op: 'EQ', value: 'basic' }],
  });
  expect(rows.map((r) => r[3])).toEqual(['경북두울']);
});

it('names the personal custom columns in the export’s access-log entry', async () => {
  const { job } = await exported(t.manager, { tags: [TAG] });
  const log = await owner.query(
    `SELECT fields, masked FROM access_log WHERE tenant_id = $1 AND record_id = $2`,
    [A, job.id],
  );
  expect(log.rows).toHaveLength(1);
  expect(log.rows[0].masked).toBe(false);
  expect(log.rows[0].fields).toContain(`customFields.${k('guardian')}`);
  expect(log.rows[0].fields.filter((f: string) => f.startsWith('customFields.') && f.endsWith(run))).toEqual([
    `customFields.${k('guardian')}`,
  ]);
});

it('refuses a filter on another tenant’s, an archived or an unreadable field and queues nothing', async () => {
  const jobs = async () =>
    (
      await owner.query(
        `SELECT count(*)::int AS n FROM jobs WHERE kind = 'customer-export' AND tenant_id = $1`,
        [A],
      )
    ).rows[0].n;
  const before = await jobs();
  for (const [token, key] of [
    [t.admin, k('only_b')],
    [t.admin, k('old')],
    [t.manager, k('internal')],
  ]) {
    const res = await gql(token, START, {
      i: {
        filter: { customFields: [{ key, op: 'EMPTY', value: false }] },
        reason: '확인',
        format: 'CSV',
      },
    });
    expectRefused(res, 'BAD_USER_INPUT', 'filter.customFields[0].key');
  }
  expect(await jobs()).toBe(before);
});
