import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { baseUrl, gql, integratorToken, userToken } from './support/api';
import { asTenant, expectRefused } from './support/customer-360';

/**
 * Custom fields on the forms of staff and petitions (issue 9 #2) and who a required petition field binds
 * (ADR 0022): the office's staff on the fields they may edit, never a resident (the web form) nor a
 * connected system forwarding residents' petitions (integrator). Tenant daejeon (no other spec files staff
 * intakes there, so its required petition fields touch no other file); gyeongnam is the other tenant.
 */
const A = 'daejeon';
const B = 'gyeongnam';
const run = randomBytes(3).toString('hex');
const k = (name: string) => `${name}_${run}`;

const DEFINE = `mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { key } }`;
const RECEIVE = `mutation($i: ReceiveVocInput!) { receiveVoc(input: $i) { id receiptNo customFields } }`;
const UPDATE_VOC = `mutation($id: ID!, $v: CustomFieldValues!) { updateVocCustomFields(id: $id, customFields: $v) { id customFields } }`;
const UPDATE_STAFF = `mutation($id: ID!, $v: CustomFieldValues!) { updateStaffCustomFields(id: $id, customFields: $v) { id name customFields } }`;
const STAFF = `query($s: String) { staff(first: 20, search: $s) { edges { node { id customFields } } } }`;

let owner: Client;
const t = {} as Record<'admin' | 'agent' | 'integrator' | 'adminB', string>;

const define = (entity: string, input: Record<string, unknown>) =>
  gql(t.admin, DEFINE, { i: { entity, labelKo: '항목', labelEn: 'Field', type: 'TEXT', ...input } });

const intake = (customFields?: Record<string, unknown>, over: Record<string, unknown> = {}) => ({
  source: 'PETITION',
  channel: 'VISIT',
  kind: 'PROPOSAL',
  handlingClass: 'SIMPLE_CONSULT',
  categoryCode: 'ROAD',
  title: `${run} 보도 파손`,
  body: '유성구 봉명동 보도블록이 깨져 있습니다.',
  contact: { name: '한대전', phone: '010-4444-5555' },
  replyChannel: 'NONE',
  ...(customFields ? { customFields } : {}),
  ...over,
});

/** This run's cases only: other specs file cases in the same tenant at the same time. */
const cases = async (tenant: string) =>
  (
    await owner.query(`SELECT count(*)::int AS n FROM voc_items WHERE tenant_id = $1 AND title LIKE $2`, [
      tenant,
      `${run} %`,
    ])
  ).rows[0].n;
const staffValues = async (id: string) =>
  (await owner.query(`SELECT custom_fields FROM staff WHERE id = $1`, [id])).rows[0].custom_fields;
const caseValues = async (id: string) =>
  (await owner.query(`SELECT custom_fields FROM voc_items WHERE id = $1`, [id])).rows[0].custom_fields;

/** The resident web form (/r/<tenant>/apply) as a browser posts it: the page first for its CSRF cookie. */
async function residentApply(tenant: string, title: string): Promise<{ status: number; receiptNo?: string }> {
  const page = await fetch(`${baseUrl()}/r/${tenant}/apply`);
  const cookie = page.headers
    .getSetCookie()
    .find((c) => c.startsWith('pcrm_r_csrf='))!
    .split(';')[0];
  const res = await fetch(`${baseUrl()}/r/${tenant}/apply`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({
      kind: 'GRIEVANCE',
      category: 'ROAD',
      title,
      body: '둔산동 가로등이 꺼져 있습니다.',
      name: '주민',
      phone: '010-5555-6666',
      replyChannel: 'NONE',
      consent: 'yes',
      _csrf: cookie.split('=')[1],
    }).toString(),
  });
  const body = await res.text();
  return { status: res.status, receiptNo: /DAEJEON-\d{4}-\d{6,}/.exec(body)?.[0] };
}

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [t.admin, t.agent, t.integrator, t.adminB] = await Promise.all([
    userToken(A, 'admin'),
    userToken(A, 'agent'),
    integratorToken(A),
    userToken(B, 'admin'),
  ]);
});

afterAll(async () => {
  await owner.end();
});

describe('required petition fields and the channels residents use', () => {
  beforeAll(async () => {
    expect((await define('crm-core.petition', { key: k('ref'), required: true })).errors).toBeUndefined();
    expect(
      (await define('crm-core.petition', { key: k('audit'), required: true, readRoles: ['tenant-admin'] }))
        .errors,
    ).toBeUndefined();
  });

  it('refuses a staff intake without a required field the caller may edit, and files nothing', async () => {
    const before = await cases(A);
    const refused = await gql(t.agent, RECEIVE, { i: intake() });
    expectRefused(refused, 'BAD_USER_INPUT', `customFields.${k('ref')}`);
    expect(await cases(A)).toBe(before);

    // The agent cannot see the tenant-admin's field: it is not required of them.
    const filed = await gql(t.agent, RECEIVE, { i: intake({ [k('ref')]: 'R-1' }) });
    expect(filed.errors).toBeUndefined();
    expect(await caseValues(filed.data!.receiveVoc.id)).toEqual({ [k('ref')]: 'R-1' });

    // The tenant-admin may edit both, so both bind them.
    const admin = await gql(t.admin, RECEIVE, { i: intake({ [k('ref')]: 'R-2' }) });
    expectRefused(admin, 'BAD_USER_INPUT', `customFields.${k('audit')}`);
  });

  it('files a resident web form and a forwarded petition (integrator) without the required fields', async () => {
    const before = await cases(A);
    const web = await residentApply(A, `${run} 가로등`);
    expect(web.status).toBe(200);
    expect(web.receiptNo).toBeDefined();
    const { rows } = await owner.query(
      `SELECT id, source, channel, custom_fields FROM voc_items WHERE tenant_id = $1 AND receipt_no = $2`,
      [A, web.receiptNo],
    );
    expect(rows).toEqual([{ id: expect.any(String), source: 'PETITION', channel: 'WEB', custom_fields: {} }]);

    const forwarded = await gql(t.integrator, RECEIVE, {
      i: intake(undefined, { source: 'EPEOPLE_TRANSFER', channel: 'WEB' }),
    });
    expect(forwarded.errors).toBeUndefined();
    expect(await cases(A)).toBe(before + 2);

    // Staff complete the resident's case later; an update that leaves it missing is refused.
    const id = rows[0].id as string;
    expectRefused(
      await gql(t.agent, UPDATE_VOC, { id, v: { [k('audit')]: 'x' } }),
      'BAD_USER_INPUT',
      `customFields.${k('audit')}`,
    );
    const completed = await gql(t.agent, UPDATE_VOC, { id, v: { [k('ref')]: 'R-web' } });
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.updateVocCustomFields.customFields).toEqual({ [k('ref')]: 'R-web' });
    expect(await caseValues(id)).toEqual({ [k('ref')]: 'R-web' });
  });
});

describe('a case’s custom fields after intake', () => {
  let id: string;
  beforeAll(async () => {
    expect((await define('crm-core.petition', { key: k('site'), type: 'INTEGER' })).errors).toBeUndefined();
    const filed = await gql(t.agent, RECEIVE, { i: intake({ [k('ref')]: 'R-3' }) });
    expect(filed.errors).toBeUndefined();
    id = filed.data!.receiveVoc.id;
  });

  it('sets and clears values as a PATCH, audited with the keys only', async () => {
    const set = await gql(t.agent, UPDATE_VOC, { id, v: { [k('site')]: 7 } });
    expect(set.errors).toBeUndefined();
    expect(await caseValues(id)).toEqual({ [k('ref')]: 'R-3', [k('site')]: 7 });
    const cleared = await gql(t.agent, UPDATE_VOC, { id, v: { [k('site')]: null } });
    expect(cleared.data!.updateVocCustomFields.customFields).toEqual({ [k('ref')]: 'R-3' });
    const { rows } = await owner.query(
      `SELECT after FROM audit_events WHERE tenant_id = $1 AND entity = 'voc' AND entity_id = $2 AND action = 'update'
        ORDER BY id DESC LIMIT 1`,
      [A, id],
    );
    expect(rows[0].after).toEqual({ customFieldKeys: [k('ref')], changedKeys: [k('site')] });
  });

  it('refuses bad values and unknown keys with the field path, changing nothing', async () => {
    expectRefused(
      await gql(t.agent, UPDATE_VOC, { id, v: { [k('site')]: 'seven' } }),
      'BAD_USER_INPUT',
      `customFields.${k('site')}`,
    );
    expectRefused(
      await gql(t.agent, UPDATE_VOC, { id, v: { nope: 1 } }),
      'BAD_USER_INPUT',
      'customFields.nope',
    );
    expect(await caseValues(id)).toEqual({ [k('ref')]: 'R-3' });
  });

  it('never reaches another tenant’s case, through the API or at the database', async () => {
    expectRefused(await gql(t.adminB, UPDATE_VOC, { id, v: { [k('site')]: 1 } }), 'NOT_FOUND');
    const updated = await asTenant(B, (db) =>
      db.query(`UPDATE voc_items SET custom_fields = '{"x":1}' WHERE id = $1`, [id]),
    );
    expect(updated.rowCount).toBe(0);
    expect(await caseValues(id)).toEqual({ [k('ref')]: 'R-3' });
  });
});

describe('staff custom fields', () => {
  let staff: { id: string; name: string };
  beforeAll(async () => {
    expect((await define('crm-core.staff', { key: k('desk'), labelKo: '좌석' })).errors).toBeUndefined();
    ({
      rows: [staff],
    } = await owner.query(`SELECT id, name FROM staff WHERE tenant_id = $1 AND username = 'officer'`, [A]));
  });

  it('sets a staff member’s values (organization writers only) and lists them', async () => {
    expectRefused(await gql(t.agent, UPDATE_STAFF, { id: staff.id, v: { [k('desk')]: '3층' } }), 'FORBIDDEN');
    const set = await gql(t.admin, UPDATE_STAFF, { id: staff.id, v: { [k('desk')]: '3층 12번' } });
    expect(set.errors).toBeUndefined();
    expect(set.data!.updateStaffCustomFields).toMatchObject({
      id: staff.id,
      customFields: { [k('desk')]: '3층 12번' },
    });
    const listed = await gql(t.agent, STAFF, { s: staff.name });
    const node = listed
      .data!.staff.edges.map((e: { node: { id: string } }) => e.node)
      .find((n: { id: string }) => n.id === staff.id);
    expect(node.customFields).toMatchObject({ [k('desk')]: '3층 12번' });
  });

  it('refuses unknown keys and unknown staff, changing nothing', async () => {
    const before = await staffValues(staff.id);
    expectRefused(
      await gql(t.admin, UPDATE_STAFF, { id: staff.id, v: { nope: 'x' } }),
      'BAD_USER_INPUT',
      'customFields.nope',
    );
    expectRefused(
      await gql(t.admin, UPDATE_STAFF, {
        id: '00000000-0000-4000-8000-000000000000',
        v: { [k('desk')]: 'x' },
      }),
      'NOT_FOUND',
    );
    expect(await staffValues(staff.id)).toEqual(before);
  });

  it('never reaches another tenant’s staff, through the API or at the database', async () => {
    const before = await staffValues(staff.id);
    expectRefused(await gql(t.adminB, UPDATE_STAFF, { id: staff.id, v: { [k('desk')]: 'x' } }), 'NOT_FOUND');
    const updated = await asTenant(B, (db) =>
      db.query(`UPDATE staff SET custom_fields = '{"x":1}' WHERE id = $1`, [staff.id]),
    );
    expect(updated.rowCount).toBe(0);
    expect(await staffValues(staff.id)).toEqual(before);
  });
});
