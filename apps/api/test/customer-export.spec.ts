import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { JOB_FIELDS, csvRows, download, waitForJob, xlsxRows, type JobView } from './support/jobs';
import { insertCustomers, uniqueWord } from './support/owner-customers';

/** Customer export end to end: a stated reason, the jobs seam, the file, the access log, tenant isolation. */
let owner: Client;
const tokens = {} as Record<'busanAdmin' | 'busanManager' | 'busanOfficer' | 'seoulAdmin', string>;
const tag = uniqueWord('export');
const INJECTION = "=cmd|' /C calc'!A0";
const segments = {} as Record<'busan' | 'seoul', string>;

const START = `mutation($i: StartCustomerExportInput!) { startCustomerExport(input: $i) { ${JOB_FIELDS} } }`;
const OWN_JOB = `query($id: ID!) { customerExportJob(id: $id) { ${JOB_FIELDS} } }`;
const CREATE_SEGMENT = `mutation($i: CreateSegmentInput!) { createSegment(input: $i) { id } }`;

const rules = { match: 'ALL', conditions: [{ field: 'tags', op: 'HAS_ANY', value: [tag] }] };

async function start(token: string, input: Record<string, unknown>) {
  return gql<{ startCustomerExport: JobView }>(token, START, { i: input });
}

const exportJobs = async () =>
  (await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM jobs WHERE kind = 'customer-export'`))
    .rows[0].n;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [tokens.busanAdmin, tokens.busanManager, tokens.busanOfficer, tokens.seoulAdmin] = await Promise.all([
    userToken('busan', 'admin'),
    userToken('busan', 'manager'),
    userToken('busan', 'officer'),
    userToken('seoul', 'admin'),
  ]);
  await insertCustomers(owner, 'busan', [
    { name: '김내보', tags: [tag], mobile: '01012345678', email: 'kim@example.com', birthDate: '1970-05-01' },
    { name: INJECTION, tags: [tag] },
  ]);
  await insertCustomers(owner, 'seoul', [{ name: '박서울', tags: [tag] }]);
  for (const [tenant, token] of [
    ['busan', tokens.busanAdmin],
    ['seoul', tokens.seoulAdmin],
  ] as const) {
    const res = await gql(token, CREATE_SEGMENT, { i: { name: uniqueWord('내보내기'), rules } });
    segments[tenant] = res.data!.createSegment.id;
  }
});

afterAll(async () => {
  await owner.end();
});

it.each([
  ['empty', ''],
  ['blank', '   '],
  ['a control character', '\u0007'],
  ['201 characters', '가'.repeat(201)],
])(
  'refuses a reason that is %s with BAD_USER_INPUT on input.reason and queues nothing',
  async (_, reason) => {
    const before = await exportJobs();
    const res = await start(tokens.busanAdmin, { segmentId: segments.busan, reason, format: 'CSV' });
    expect(res.data?.startCustomerExport ?? null).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(res.errors?.[0].message).toContain('사유');
    expect(await exportJobs()).toBe(before);
  },
);

it('is refused to roles without customer:export', async () => {
  const res = await start(tokens.busanOfficer, { reason: '확인', format: 'CSV' });
  expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
});

describe('a CSV export of a segment by the tenant-admin', () => {
  const reason = '어르신 돌봄 안내문 발송 대상 확인';
  let job: JobView;

  beforeAll(async () => {
    const res = await start(tokens.busanAdmin, {
      segmentId: segments.busan,
      reason: `  ${reason} `,
      format: 'CSV',
    });
    expect(res.errors).toBeUndefined();
    job = await waitForJob(tokens.busanAdmin, res.data!.startCustomerExport.id);
  });

  it('completes with a file of the segment’s customers, formulas neutralized', async () => {
    expect(job).toMatchObject({ state: 'COMPLETED', processedRows: 2, totalRows: 2 });
    const file = await download(tokens.busanAdmin, job.downloadPath!);
    expect(file.status).toBe(200);
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(file.body.subarray(3).toString('utf8'));
    expect(rows[0].slice(0, 9)).toEqual([
      '고객번호',
      '구분',
      '고객 유형',
      '이름',
      '생년월일',
      '성별',
      '휴대전화',
      '전화',
      '이메일',
    ]);
    const names = rows.slice(1).map((r) => r[3]);
    expect(names.sort()).toEqual([`'${INJECTION}`, '김내보'].sort());
    const kim = rows.find((r) => r[3] === '김내보')!;
    expect(kim.slice(4, 9)).toEqual(['1970-05-01', '', '010-1234-5678', '', 'kim@example.com']);
  });

  it('writes one access-log entry with the reason and the number of records, and an audit entry', async () => {
    const log = await owner.query(
      `SELECT actor, purpose, operation, entity, fields, masked, record_count FROM access_log
       WHERE tenant_id = 'busan' AND record_id = $1`,
      [job.id],
    );
    expect(log.rows).toEqual([
      {
        actor: 'admin',
        purpose: reason,
        operation: 'startCustomerExport',
        entity: 'CustomerExport',
        fields: ['name', 'birthDate', 'phones', 'emails', 'address'],
        masked: false,
        record_count: 2,
      },
    ]);
    const search = await gql(
      tokens.busanAdmin,
      `query($r: String) { accessLog(recordId: $r) { edges { node { purpose recordCount entity } } } }`,
      { r: job.id },
    );
    expect(search.data!.accessLog.edges).toEqual([
      { node: { purpose: reason, recordCount: 2, entity: 'CustomerExport' } },
    ]);
    const audit = await owner.query(
      `SELECT action, after->>'reason' AS reason, (after->>'customers')::int AS customers FROM audit_events
       WHERE tenant_id = 'busan' AND entity = 'customer_export' AND entity_id = $1`,
      [job.id],
    );
    expect(audit.rows).toEqual([{ action: 'export', reason, customers: 2 }]);
  });
});

it('lets a manager follow their own XLSX export and download it; the formula stays text', async () => {
  const res = await start(tokens.busanManager, {
    segmentId: segments.busan,
    reason: '명단 확인',
    format: 'XLSX',
  });
  expect(res.errors).toBeUndefined();
  const id = res.data!.startCustomerExport.id;
  let job: JobView | undefined;
  for (const deadline = Date.now() + 45_000; Date.now() < deadline;) {
    job = (await gql<{ customerExportJob: JobView }>(tokens.busanManager, OWN_JOB, { id })).data!
      .customerExportJob;
    if (job.state === 'COMPLETED' || job.state === 'FAILED') break;
    await new Promise((r) => setTimeout(r, 250));
  }
  expect(job).toMatchObject({ state: 'COMPLETED' });
  const file = await download(tokens.busanManager, job!.downloadPath!);
  const rows = await xlsxRows(file.body);
  expect(
    rows
      .slice(1)
      .map((r) => r[3])
      .sort(),
  ).toEqual([INJECTION, '김내보'].sort());
  // Another requester of the same tenant neither follows nor downloads it.
  expect((await gql(tokens.busanAdmin, OWN_JOB, { id })).errors?.[0].extensions.code).toBe('NOT_FOUND');
  expect((await download(tokens.busanAdmin, job!.downloadPath!)).status).toBe(404);
});

it('exports the customers a list filter selects, and refuses a segment and a filter together', async () => {
  const both = await start(tokens.busanAdmin, {
    segmentId: segments.busan,
    filter: { tags: [tag] },
    reason: '확인',
    format: 'CSV',
  });
  expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.filter' });

  const res = await start(tokens.busanAdmin, {
    filter: { tags: [tag] },
    reason: '태그로 확인',
    format: 'CSV',
  });
  expect(res.errors).toBeUndefined();
  const job = await waitForJob(tokens.busanAdmin, res.data!.startCustomerExport.id);
  expect(job).toMatchObject({ state: 'COMPLETED', processedRows: 2 });
  const rows = csvRows(
    (await download(tokens.busanAdmin, job.downloadPath!)).body.subarray(3).toString('utf8'),
  );
  expect(
    rows
      .slice(1)
      .map((r) => r[3])
      .sort(),
  ).toEqual([`'${INJECTION}`, '김내보'].sort());
});

it('exports only the caller’s tenant and never reaches another tenant’s segment or job', async () => {
  const seoulOfBusan = await start(tokens.seoulAdmin, {
    segmentId: segments.busan,
    reason: '확인',
    format: 'CSV',
  });
  expect(seoulOfBusan.errors?.[0].extensions.code).toBe('NOT_FOUND');

  const res = await start(tokens.seoulAdmin, {
    segmentId: segments.seoul,
    reason: '서울 확인',
    format: 'CSV',
  });
  const job = await waitForJob(tokens.seoulAdmin, res.data!.startCustomerExport.id);
  const file = await download(tokens.seoulAdmin, job.downloadPath!);
  const names = csvRows(file.body.subarray(3).toString('utf8'))
    .slice(1)
    .map((r) => r[3]);
  expect(names).toEqual(['박서울']);

  expect((await gql(tokens.busanAdmin, OWN_JOB, { id: job.id })).errors?.[0].extensions.code).toBe(
    'NOT_FOUND',
  );
  expect((await download(tokens.busanAdmin, job.downloadPath!)).status).toBe(404);
  const busanLog = await owner.query(`SELECT tenant_id FROM access_log WHERE record_id = $1`, [job.id]);
  expect(busanLog.rows).toEqual([{ tenant_id: 'seoul' }]);
});
