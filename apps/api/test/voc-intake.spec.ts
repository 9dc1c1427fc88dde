import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { gql, integratorToken, userToken } from './support/api';
import { downloadAttachment, uploadFiles } from './support/attachments';
import { FILES } from '../../../libs/crm-core/test/attachment-files';
import { insertCustomers, uniqueWord } from './support/owner-customers';
import { asTenant, expectRefused, sqlState } from './support/customer-360';

/** Petitions (VOC) end to end: intake, reads, the inbox, bad input, masking and the access log, isolation. */
let owner: Client;
const tokens = {} as Record<
  'busanAgent' | 'busanManager' | 'busanOfficer' | 'busanIntegrator' | 'seoulManager' | 'ministryAnalyst',
  string
>;
const tag = uniqueWord('voc');
let busanCustomer: string;
let seoulCustomer: string;

const VOC = `id receiptNo status statusLabel source channel kind periodVariant handlingClass categoryCode categoryName
  title body customerId contactHistoryId replyChannel workflowKey workflowVersion receivedAt
  location { address latitude longitude }
  department { id name } officer { id name }
  deadlines { dueAt targetDueAt periodValue periodUnit state }
  timeline { seq event fromStatus toStatus actor }`;
const RECEIVE = `mutation($i: ReceiveVocInput!) { receiveVoc(input: $i) { ${VOC} } }`;

const intake = (over: Record<string, unknown> = {}) => ({
  source: 'PETITION',
  channel: 'WEB',
  kind: 'PROPOSAL',
  handlingClass: 'COMPLEX',
  categoryCode: 'TRAFFIC',
  title: `${tag} 교차로 신호등이 꺼져 있어요`,
  body: '해운대구 우동 교차로 신호등이 어제 저녁부터 꺼져 있습니다. 점검 부탁드립니다.',
  locationAddress: '부산광역시 해운대구 우동 1',
  latitude: 35.163,
  longitude: 129.163,
  contact: { name: '김부산', phone: '010-2222-3333', email: 'kim@example.kr' },
  replyChannel: 'SMS',
  ...over,
});

const vocCount = async (tenant: string) =>
  (await owner.query(`SELECT count(*)::int AS n FROM voc_items WHERE tenant_id = $1`, [tenant])).rows[0].n;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [
    tokens.busanAgent,
    tokens.busanManager,
    tokens.busanOfficer,
    tokens.busanIntegrator,
    tokens.seoulManager,
    tokens.ministryAnalyst,
  ] = await Promise.all([
    userToken('busan', 'agent'),
    userToken('busan', 'manager'),
    userToken('busan', 'officer'),
    integratorToken('busan'),
    userToken('seoul', 'manager'),
    userToken('ministry', 'analyst'),
  ]);
  [busanCustomer] = await insertCustomers(owner, 'busan', [{ name: '박민원', tags: [tag] }]);
  [seoulCustomer] = await insertCustomers(owner, 'seoul', [{ name: '서울민원', tags: [tag] }]);
});

afterAll(async () => {
  await owner.end();
});

describe('intake', () => {
  it('receives a petition, numbers it, computes its deadlines and routes it to the traffic division', async () => {
    const res = await gql(tokens.busanAgent, RECEIVE, { i: intake() });
    expect(res.errors).toBeUndefined();
    const voc = res.data!.receiveVoc;
    expect(voc.receiptNo).toMatch(/^BUSAN-\d{4}-\d{6}$/);
    expect(voc).toMatchObject({
      status: 'ASSIGNED',
      statusLabel: '분류·배정',
      categoryName: '교통',
      workflowKey: 'petition',
      workflowVersion: 1,
      department: { name: '교통정책과' },
      location: { latitude: 35.163, longitude: 129.163 },
      deadlines: { periodValue: 14, periodUnit: 'DAYS', state: 'ON_TRACK' },
    });
    expect(new Date(voc.deadlines.targetDueAt) < new Date(voc.deadlines.dueAt)).toBe(true);
    expect(voc.timeline.map((t: any) => [t.event, t.toStatus])).toEqual([
      ['RECEIVE', 'RECEIVED'],
      ['ASSIGN', 'ASSIGNED'],
    ]);
    const byNo = await gql(
      tokens.busanOfficer,
      `query($n: String!) { vocByReceiptNo(receiptNo: $n) { id } }`,
      {
        n: voc.receiptNo.toLowerCase(),
      },
    );
    expect(byNo.data!.vocByReceiptNo).toEqual({ id: voc.id });
  });

  it('records a customer’s petition on the customer timeline', async () => {
    const res = await gql(tokens.busanAgent, RECEIVE, {
      i: intake({ contact: null, customerId: busanCustomer, channel: 'PHONE', replyChannel: 'NONE' }),
    });
    expect(res.errors).toBeUndefined();
    const voc = res.data!.receiveVoc;
    const { rows } = await owner.query(
      `SELECT id, subject_type, subject_id FROM contact_history WHERE customer_id = $1`,
      [busanCustomer],
    );
    expect(rows).toEqual([{ id: voc.contactHistoryId, subject_type: 'petition', subject_id: voc.receiptNo }]);
  });

  it('returns the first case when an integrator retries with the same client key', async () => {
    const key = `epeople-${randomUUID()}`;
    const first = await gql(tokens.busanIntegrator, RECEIVE, {
      i: intake({ source: 'EPEOPLE_TRANSFER', clientKey: key }),
    });
    expect(first.errors).toBeUndefined();
    const before = await vocCount('busan');
    const again = await gql(tokens.busanIntegrator, RECEIVE, {
      i: intake({ source: 'EPEOPLE_TRANSFER', clientKey: key }),
    });
    expect(again.data!.receiveVoc.receiptNo).toBe(first.data!.receiveVoc.receiptNo);
    expect(await vocCount('busan')).toBe(before);
  });

  it('files concurrent retries with one client key once, and answers each of them with that case', async () => {
    const key = `epeople-${randomUUID()}`;
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        gql(tokens.busanIntegrator, RECEIVE, { i: intake({ source: 'EPEOPLE_TRANSFER', clientKey: key }) }),
      ),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const receipts = new Set(answers.map((a) => a.data!.receiveVoc.receiptNo));
    const { rows } = await owner.query(`SELECT receipt_no FROM voc_items WHERE client_key = $1`, [key]);
    expect(rows.map((r) => r.receipt_no)).toEqual([...receipts]);
  });

  it('attaches uploaded files to the case; petition readers of the tenant download them, no one else', async () => {
    const upload = await uploadFiles(tokens.busanAgent, [{ name: '신호등.png', content: FILES.png }]);
    expect(upload.status).toBe(201);
    const fileId = upload.attachments![0].id;
    const received = await gql(
      tokens.busanAgent,
      `mutation($i: ReceiveVocInput!) { receiveVoc(input: $i) { id attachments { id fileName mediaType downloadPath } } }`,
      { i: intake({ attachmentIds: [fileId] }) },
    );
    expect(received.errors).toBeUndefined();
    expect(received.data!.receiveVoc.attachments).toEqual([
      { id: fileId, fileName: '신호등.png', mediaType: 'image/png', downloadPath: `/attachments/${fileId}` },
    ]);
    const byOfficer = await downloadAttachment(tokens.busanOfficer, fileId);
    expect(byOfficer.status).toBe(200);
    expect(byOfficer.body.equals(FILES.png)).toBe(true);
    expect((await downloadAttachment(tokens.seoulManager, fileId)).status).toBe(404);
    // A file already on a case cannot be claimed again, and the refused intake leaves no case behind.
    const before = await vocCount('busan');
    const again = await gql(tokens.busanAgent, RECEIVE, { i: intake({ attachmentIds: [fileId] }) });
    expect(again.errors![0].extensions!.code).toBe('CONFLICT');
    expect(await vocCount('busan')).toBe(before);
  });

  it('refuses bad input with a stable code, a Korean message and the field, and changes nothing', async () => {
    const before = await vocCount('busan');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ categoryCode: 'NO_SUCH' }, 'BAD_USER_INPUT', 'categoryCode'],
      [{ body: '가'.repeat(20_001) }, 'BAD_USER_INPUT', 'body'],
      [{ title: '\u200B\u2060' }, 'BAD_USER_INPUT', 'title'],
      [{ receivedAt: new Date(Date.now() + 86_400_000).toISOString() }, 'BAD_USER_INPUT', 'receivedAt'],
      [{ contact: null, customerId: seoulCustomer }, 'NOT_FOUND', ''],
      [{ latitude: 10 }, 'BAD_USER_INPUT', 'latitude'],
      [{ kind: 'INQUIRY' }, 'BAD_USER_INPUT', 'periodVariant'],
      [{ contact: { name: '김', phone: 'abc' } }, 'BAD_USER_INPUT', 'contact.phone'],
    ];
    for (const [over, code, field] of cases) {
      const res = await gql(tokens.busanAgent, RECEIVE, { i: intake(over) });
      expectRefused(res, code, field || undefined);
    }
    const unknownSource = await gql(tokens.busanAgent, RECEIVE, { i: intake({ source: 'RUMOUR' }) });
    expect(unknownSource.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const hugeList = await gql(
      tokens.busanAgent,
      `query($f: VocInboxFilter) { vocInbox(scope: ALL, filter: $f) { totalCount } }`,
      {
        f: { status: Array.from({ length: 500 }, () => 'RECEIVED') },
      },
    );
    expectRefused(hugeList, 'BAD_USER_INPUT', 'filter.status');
    const badCursor = await gql(
      tokens.busanAgent,
      `{ vocInbox(scope: ALL, after: "bm9wZQ") { totalCount } }`,
    );
    expectRefused(badCursor, 'BAD_USER_INPUT', 'after');
    const badNo = await gql(tokens.busanAgent, `{ vocByReceiptNo(receiptNo: "12; drop") { id } }`);
    expectRefused(badNo, 'BAD_USER_INPUT', 'receiptNo');
    expect(await vocCount('busan')).toBe(before);
  });

  it('leaves the reference data to tenant-admin', async () => {
    const save = `mutation { saveVocCategory(input: { code: "NIGHT_NOISE", nameKo: "야간 소음", nameEn: "Night noise" }) { code } }`;
    const res = await gql(tokens.busanManager, save);
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const { rows } = await owner.query(
      `SELECT 1 FROM voc_categories WHERE tenant_id = 'busan' AND code = 'NIGHT_NOISE'`,
    );
    expect(rows).toEqual([]);
  });

  it('is refused to the ministry', async () => {
    const res = await gql(tokens.ministryAnalyst, RECEIVE, { i: intake() });
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const read = await gql(tokens.ministryAnalyst, `{ vocCategories { code } }`);
    expect(read.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('reads', () => {
  it('shows the reference data and previews deadlines before intake', async () => {
    const res = await gql(
      tokens.busanAgent,
      `{ vocCategories { code nameKo active } vocPeriods { kind categoryCode variant value unit }
         vocDeadlinePreview(kind: INQUIRY, variant: "LEGAL_INTERPRETATION", categoryCode: "TAX") {
           dueAt targetDueAt countedIn period { value unit labelKo } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.vocCategories).toEqual(
      expect.arrayContaining([{ code: 'PASSPORT', nameKo: '여권', active: true }]),
    );
    expect(res.data!.vocPeriods).toEqual(
      expect.arrayContaining([{ kind: 'GRIEVANCE', categoryCode: '*', variant: '', value: 7, unit: 'DAYS' }]),
    );
    expect(res.data!.vocDeadlinePreview.period).toMatchObject({ value: 14, unit: 'DAYS' });
  });

  it('masks the anonymous contact for an agent and logs the manager’s unmasked read', async () => {
    const made = await gql(tokens.busanAgent, RECEIVE, { i: intake() });
    const id = made.data!.receiveVoc.id;
    const q = `query($id: ID!) { voc(id: $id) { id contact { id name phone email } } }`;
    const agent = await gql(tokens.busanAgent, q, { id });
    const manager = await gql(tokens.busanManager, q, { id });
    expect(manager.data!.voc.contact).toMatchObject({
      name: '김부산',
      phone: '010-2222-3333',
      email: 'kim@example.kr',
    });
    expect(agent.data!.voc.contact.name).not.toBe('김부산');
    expect(agent.data!.voc.contact.phone).not.toContain('2222-3333');
    const { rows } = await owner.query(
      `SELECT actor, masked, fields FROM access_log WHERE tenant_id = 'busan' AND record_id = $1 ORDER BY id`,
      [id],
    );
    expect(rows).toEqual([
      { actor: 'agent', masked: true, fields: ['name', 'phone', 'email'] },
      { actor: 'manager', masked: false, fields: ['name', 'phone', 'email'] },
    ]);
  });

  it('lists the department inbox by due date with a capped count', async () => {
    const res = await gql(
      tokens.busanManager,
      `{ vocInbox(scope: ALL, first: 2, filter: { query: "${tag}" }) { totalCount
          edges { cursor node { receiptNo deadlines { dueAt } } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(res.errors).toBeUndefined();
    const due = res.data!.vocInbox.edges.map((e: any) => e.node.deadlines.dueAt);
    expect([...due].sort()).toEqual(due);
    expect(res.data!.vocInbox.totalCount).toBeGreaterThanOrEqual(3);
    expect(res.data!.vocInbox.pageInfo.hasNextPage).toBe(true);
  });
});

describe('tenant isolation', () => {
  it('a seoul token can neither read nor find busan’s case, and busan’s inbox holds none of seoul’s', async () => {
    const busan = (await gql(tokens.busanAgent, RECEIVE, { i: intake() })).data!.receiveVoc;
    const seoul = await gql(tokens.seoulManager, RECEIVE, {
      i: intake({
        contact: null,
        customerId: seoulCustomer,
        title: `${tag} 서울 민원`,
        categoryCode: 'ROAD',
      }),
    });
    expect(seoul.errors).toBeUndefined();
    expect(seoul.data!.receiveVoc.receiptNo).toMatch(/^SEOUL-/);
    const byId = await gql(tokens.seoulManager, `query($id: ID!) { voc(id: $id) { id } }`, { id: busan.id });
    expect(byId.data!.voc).toBeNull();
    const byNo = await gql(
      tokens.seoulManager,
      `query($n: String!) { vocByReceiptNo(receiptNo: $n) { id } }`,
      {
        n: busan.receiptNo,
      },
    );
    expect(byNo.data!.vocByReceiptNo).toBeNull();
    const inbox = await gql(
      tokens.busanManager,
      `{ vocInbox(scope: ALL, first: 100, filter: { query: "서울 민원" }) { totalCount } }`,
    );
    expect(inbox.data!.vocInbox.totalCount).toBe(0);
  });

  it('the database shows seoul’s runtime role none of busan’s cases and lets it change none', async () => {
    const [{ id }] = (await owner.query(`SELECT id FROM voc_items WHERE tenant_id = 'busan' LIMIT 1`)).rows;
    await asTenant('seoul', async (db) => {
      expect((await db.query(`SELECT id FROM voc_items WHERE id = $1`, [id])).rows).toEqual([]);
      expect((await db.query(`UPDATE voc_items SET title = 'x' WHERE id = $1`, [id])).rowCount).toBe(0);
      expect((await db.query(`SELECT 1 FROM voc_transitions WHERE voc_id = $1`, [id])).rows).toEqual([]);
      expect(
        await sqlState(
          db
            .query(`UPDATE voc_receipt_counters SET next_seq = 1 WHERE tenant_id = 'busan' RETURNING 1`)
            .then((r) => {
              if (r.rowCount) throw Object.assign(new Error('changed'), { code: 'changed' });
            }),
        ),
      ).toBeNull();
      expect(
        await sqlState(
          db.query(
            `INSERT INTO voc_categories (tenant_id, code, name_ko, name_en) VALUES ('busan', 'HACK', '해킹', 'Hack')`,
          ),
        ),
      ).toBe('42501');
    });
  });
});
