import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { downloadAttachment, uploadFiles } from './support/attachments';
import { asTenant, expectRefused } from './support/customer-360';
import { insertCase, staffId } from './support/voc-cases';
import { FILES } from '../../../libs/crm-core/test/attachment-files';

/**
 * Files added to a case after intake (`addVocAttachments`): claimed for the case in the request's
 * transaction, downloadable by the tenant's petition readers, audited; another tenant can neither attach
 * nor read, through the API or at the database; bad input is refused and changes nothing.
 */
const ADD = `mutation($id: ID!, $ids: [ID!]!) { addVocAttachments(id: $id, attachmentIds: $ids) {
  id attachments { id fileName mediaType sizeBytes downloadPath } } }`;
const READ = `query($id: ID!) { voc(id: $id) { id attachments { id } } }`;

let owner: Client;
let agent: string;
let officer: string;
let seoulAgent: string;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [agent, officer, seoulAgent] = await Promise.all([
    userToken('chungbuk', 'agent'),
    userToken('chungbuk', 'officer'),
    userToken('seoul', 'agent'),
  ]);
});
afterAll(() => owner?.end());

const upload = async (token: string, name: string, content: Buffer) => {
  const answer = await uploadFiles(token, [{ name, content }]);
  expect(answer.status).toBe(201);
  return answer.attachments![0].id;
};
const ownerOf = async (id: string) =>
  (
    await owner.query<{ owner_type: string | null; owner_id: string | null }>(
      `SELECT owner_type, owner_id FROM attachments WHERE id = $1`,
      [id],
    )
  ).rows[0];

it('adds uploads to an existing case; the tenant’s petition readers download the same bytes; audited', async () => {
  const vocId = await insertCase(owner, 'chungbuk');
  const pdf = await upload(agent, '보완서류.pdf', FILES.pdf);
  const png = await upload(agent, '현장사진.png', FILES.png);
  const res = await gql(agent, ADD, { id: vocId, ids: [pdf, png] });
  expect(res.errors).toBeUndefined();
  expect(res.data!.addVocAttachments.attachments).toEqual([
    {
      id: pdf,
      fileName: '보완서류.pdf',
      mediaType: 'application/pdf',
      sizeBytes: FILES.pdf.length,
      downloadPath: `/attachments/${pdf}`,
    },
    {
      id: png,
      fileName: '현장사진.png',
      mediaType: 'image/png',
      sizeBytes: FILES.png.length,
      downloadPath: `/attachments/${png}`,
    },
  ]);
  const download = await downloadAttachment(officer, png);
  expect(download.status).toBe(200);
  expect(download.body.equals(FILES.png)).toBe(true);
  const audit = await owner.query<{ after: { attachmentsAdded: { id: string }[] } }>(
    `SELECT after FROM audit_events WHERE tenant_id = 'chungbuk' AND entity = 'voc' AND entity_id = $1 AND action = 'update'`,
    [vocId],
  );
  expect(audit.rows.map((r) => r.after.attachmentsAdded.map((a) => a.id))).toEqual([[pdf, png]]);
});

describe('who may add files to an assigned case', () => {
  it('the intake desk and the case’s department may; an officer of an unrelated department is refused', async () => {
    const me = await staffId(owner, 'chungbuk', 'officer');
    const {
      rows: [unrelated],
    } = await owner.query<{ id: string }>(
      `SELECT id FROM departments WHERE tenant_id = 'chungbuk' AND active AND parent_id IS NOT NULL
          AND id <> $1 AND id <> (SELECT parent_id FROM departments WHERE id = $1)
          AND parent_id <> $1 ORDER BY code LIMIT 1`,
      [me.departmentId],
    );
    const elsewhere = await insertCase(owner, 'chungbuk', {
      status: 'IN_PROGRESS',
      departmentId: unrelated.id,
    });
    const mine = await insertCase(owner, 'chungbuk', {
      status: 'IN_PROGRESS',
      departmentId: me.departmentId,
    });

    const refusedFile = await upload(officer, '남의부서.pdf', FILES.pdf);
    expectRefused(await gql(officer, ADD, { id: elsewhere, ids: [refusedFile] }), 'FORBIDDEN');
    expect(await ownerOf(refusedFile)).toEqual({ owner_type: null, owner_id: null });

    const byDesk = await upload(agent, '창구접수.pdf', FILES.pdf);
    expect((await gql(agent, ADD, { id: elsewhere, ids: [byDesk] })).errors).toBeUndefined();
    const byOwnDepartment = await upload(officer, '우리부서.pdf', FILES.pdf);
    expect((await gql(officer, ADD, { id: mine, ids: [byOwnDepartment] })).errors).toBeUndefined();
    expect(await ownerOf(byOwnDepartment)).toEqual({ owner_type: 'voc', owner_id: mine });
  });
});

describe('another tenant', () => {
  it('can neither attach its upload to the case nor have the case’s tenant claim its upload', async () => {
    const vocId = await insertCase(owner, 'chungbuk');
    const seoulFile = await upload(seoulAgent, '서울.pdf', FILES.pdf);
    expectRefused(await gql(seoulAgent, ADD, { id: vocId, ids: [seoulFile] }), 'NOT_FOUND');
    expectRefused(await gql(agent, ADD, { id: vocId, ids: [seoulFile] }), 'NOT_FOUND', 'attachmentIds');
    expect(await ownerOf(seoulFile)).toEqual({ owner_type: null, owner_id: null });
  });

  it('cannot read the case’s attachments through the API nor claim or see them at the database (RLS)', async () => {
    const vocId = await insertCase(owner, 'chungbuk');
    const file = await upload(agent, '민원.txt', Buffer.from('충북 민원 첨부 본문\n'));
    expect((await gql(agent, ADD, { id: vocId, ids: [file] })).errors).toBeUndefined();
    expect((await gql(seoulAgent, READ, { id: vocId })).data!.voc).toBeNull();
    expect((await downloadAttachment(seoulAgent, file)).status).toBe(404);
    const [seen, changed] = await asTenant('seoul', async (db) => [
      (await db.query(`SELECT id FROM attachments WHERE id = $1`, [file])).rowCount,
      (await db.query(`UPDATE attachments SET owner_id = 'x' WHERE id = $1`, [file])).rowCount,
    ]);
    expect([seen, changed]).toEqual([0, 0]);
    expect(await ownerOf(file)).toEqual({ owner_type: 'voc', owner_id: vocId });
  });
});

it('refuses bad input with a stable code and a Korean message, and claims nothing', async () => {
  const vocId = await insertCase(owner, 'chungbuk');
  const file = await upload(agent, '접수증.pdf', FILES.pdf);
  const claimedElsewhere = await upload(agent, '다른민원.pdf', FILES.pdf);
  const otherCase = await insertCase(owner, 'chungbuk');
  expect((await gql(agent, ADD, { id: otherCase, ids: [claimedElsewhere] })).errors).toBeUndefined();
  const unknownCase = '00000000-0000-4000-8000-00000000dead';
  const cases: [string, unknown[], string, string | undefined][] = [
    [vocId, [], 'BAD_USER_INPUT', 'attachmentIds'],
    [vocId, Array.from({ length: 6 }, () => file), 'BAD_USER_INPUT', 'attachmentIds'],
    [vocId, ['not-a-uuid'], 'BAD_USER_INPUT', 'attachmentIds'],
    ['not-a-uuid', [file], 'BAD_USER_INPUT', 'id'],
    [unknownCase, [file], 'NOT_FOUND', undefined],
    [vocId, [file, '00000000-0000-4000-8000-00000000beef'], 'NOT_FOUND', 'attachmentIds'],
    [vocId, [file, claimedElsewhere], 'CONFLICT', 'attachmentIds'],
  ];
  for (const [id, ids, code, field] of cases) expectRefused(await gql(agent, ADD, { id, ids }), code, field);
  expect(await ownerOf(file)).toEqual({ owner_type: null, owner_id: null });
  expect(await ownerOf(claimedElsewhere)).toEqual({ owner_type: 'voc', owner_id: otherCase });
  expect((await gql(agent, READ, { id: vocId })).data!.voc.attachments).toEqual([]);
  const audit = await owner.query(
    `SELECT 1 FROM audit_events WHERE tenant_id = 'chungbuk' AND entity = 'voc' AND entity_id = $1`,
    [vocId],
  );
  expect(audit.rowCount).toBe(0);
});
