import { Client } from 'pg';
import { gql, userToken } from './support/api';

/** Resident notifications over the API: templates (tenant-admin), delivery state of a case, isolation. */
const TEMPLATES = '{ notificationTemplates { key channel subject body variables customized updatedBy } }';
const PREVIEW = `query($i: PreviewNotificationTemplateInput!) { previewNotificationTemplate(input: $i) { subject body bytes smsKind } }`;
const UPDATE = `mutation($i: NotificationTemplateInput!) { updateNotificationTemplate(input: $i) { key channel body customized } }`;
const DELIVERIES = `query($id: ID!) { notifications(subjectType: "voc", subjectId: $id) {
  id channel smsKind recipient templateKey templateNameKo templateNameEn purpose state skipReason attempts lastError sentAt } }`;
const SETTINGS = '{ notificationSettings { smsSender emailFrom customized } }';

let owner: Client;
let jejuAdmin: string;
let jejuOfficer: string;
let jejuManager: string;
let ulsanAdmin: string;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [jejuAdmin, jejuOfficer, jejuManager, ulsanAdmin] = await Promise.all([
    userToken('jeju', 'admin'),
    userToken('jeju', 'officer'),
    userToken('jeju', 'manager'),
    userToken('ulsan', 'admin'),
  ]);
});
afterAll(() => owner?.end());

const insertMessage = async (
  tenant: string,
  subjectId: string,
  channel: 'SMS' | 'EMAIL',
  recipient: string,
) => {
  const { rows } = await owner.query<{ id: string }>(
    `INSERT INTO notification_outbox (tenant_id, subject_type, subject_id, purpose, channel, sms_kind, recipient,
       template_key, title, body, state)
     VALUES ($1, 'voc', $2, 'ADMIN_NOTICE', $3, $4, $5, 'voc.received', $6, '민원이 접수되었습니다.', 'PENDING') RETURNING id`,
    [
      tenant,
      subjectId,
      channel,
      channel === 'SMS' ? 'SMS' : null,
      recipient,
      channel === 'EMAIL' ? '접수 안내' : null,
    ],
  );
  return rows[0].id;
};

describe('templates', () => {
  it('lists, previews with a byte count, and saves a tenant’s text (audited)', async () => {
    const list = await gql(jejuAdmin, TEMPLATES);
    expect(list.errors).toBeUndefined();
    expect(list.data!.notificationTemplates).toHaveLength(20);

    const preview = await gql(jejuAdmin, PREVIEW, {
      i: { key: 'voc.received', channel: 'SMS', body: '[{{tenantName}}] {{receiptNumber}} 접수' },
    });
    expect(preview.data!.previewNotificationTemplate).toEqual({
      subject: null,
      body: '[제주특별자치도] BUSAN-2026-000123 접수',
      bytes: 1 + 14 + 1 + 1 + 17 + 1 + 4,
      smsKind: 'SMS',
    });

    const saved = await gql(jejuAdmin, UPDATE, {
      i: { key: 'voc.received', channel: 'SMS', body: '{{receiptNumber}} 접수됨,\n기한 {{dueDate}}' },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateNotificationTemplate).toMatchObject({ customized: true });
    const { rows } = await owner.query(
      `SELECT actor FROM audit_events WHERE tenant_id = 'jeju' AND entity = 'notification_template' AND entity_id = 'voc.received/SMS'`,
    );
    expect(rows).toEqual([{ actor: 'jeju/admin' }]);

    // Ulsan still has the platform's text.
    const ulsan = await gql(ulsanAdmin, TEMPLATES);
    expect(
      ulsan.data!.notificationTemplates.find(
        (t: { key: string; channel: string }) => t.key === 'voc.received' && t.channel === 'SMS',
      ),
    ).toMatchObject({ customized: false });
  });

  it('refuses a text over the LMS limit with a clear error and changes nothing', async () => {
    const refused = await gql(jejuAdmin, UPDATE, {
      i: { key: 'voc.answered', channel: 'SMS', body: '가'.repeat(1001) },
    });
    expect(refused.errors![0]).toMatchObject({
      message: expect.stringContaining('2,002바이트'),
      extensions: { code: 'BAD_USER_INPUT', field: 'body', messageEn: expect.stringContaining('2002 bytes') },
    });
    const preview = await gql(jejuAdmin, PREVIEW, {
      i: { key: 'voc.answered', channel: 'SMS', body: '{{result}} 😀' },
    });
    expect(preview.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const hidden = await gql(jejuAdmin, UPDATE, {
      i: { key: 'voc.answered', channel: 'SMS', body: '{{result}}\u200b 안내' },
    });
    expect(hidden.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const { rows } = await owner.query(
      `SELECT 1 FROM notification_templates WHERE tenant_id = 'jeju' AND template_key = 'voc.answered'`,
    );
    expect(rows).toEqual([]);
  });

  it('is for the tenant-admin only', async () => {
    for (const query of [TEMPLATES, SETTINGS]) {
      expect((await gql(jejuOfficer, query)).errors![0].extensions.code).toBe('FORBIDDEN');
    }
    const refused = await gql(jejuManager, UPDATE, { i: { key: 'voc.received', channel: 'SMS', body: 'x' } });
    expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});

it('sets the tenant’s sender number, audited, and refuses a malformed one', async () => {
  const before = await gql(ulsanAdmin, SETTINGS);
  expect(before.data!.notificationSettings).toMatchObject({ customized: false });
  const saved = await gql(
    ulsanAdmin,
    `mutation { updateNotificationSettings(input: { smsSender: "0522290000", emailFrom: "minwon@ulsan.example.go.kr" }) { smsSender customized } }`,
  );
  expect(saved.data!.updateNotificationSettings).toEqual({ smsSender: '0522290000', customized: true });
  const bad = await gql(
    ulsanAdmin,
    `mutation { updateNotificationSettings(input: { smsSender: "052-229", emailFrom: "x@y.kr" }) { smsSender } }`,
  );
  expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'smsSender' });
  expect((await gql(ulsanAdmin, SETTINGS)).data!.notificationSettings.smsSender).toBe('0522290000');
  const audit = await owner.query(
    `SELECT action FROM audit_events WHERE tenant_id = 'ulsan' AND entity = 'notification_settings'`,
  );
  expect(audit.rows).toEqual([{ action: 'create' }]);
});

describe('delivery state of a case', () => {
  it('shows every message with its state, recipients masked without customer:personal:read', async () => {
    const subjectId = `JEJU-E2E-${Date.now()}`;
    await insertMessage('jeju', subjectId, 'SMS', '01055556666');
    await insertMessage('jeju', subjectId, 'EMAIL', 'halmang@example.com');
    const asOfficer = await gql(jejuOfficer, DELIVERIES, { id: subjectId });
    expect(asOfficer.errors).toBeUndefined();
    expect(asOfficer.data!.notifications.map((d: { recipient: string }) => d.recipient).sort()).toEqual([
      '010-****-6666',
      'h***@example.com',
    ]);
    expect(
      asOfficer.data!.notifications.map((d: { templateNameKo: string; templateNameEn: string }) => [
        d.templateNameKo,
        d.templateNameEn,
      ]),
    ).toEqual([
      ['민원 접수', 'Petition received'],
      ['민원 접수', 'Petition received'],
    ]);
    const asManager = await gql(jejuManager, DELIVERIES, { id: subjectId });
    expect(asManager.data!.notifications.map((d: { recipient: string }) => d.recipient).sort()).toEqual([
      '01055556666',
      'halmang@example.com',
    ]);
    const logged = await owner.query(
      `SELECT count(*)::int AS n FROM access_log WHERE tenant_id = 'jeju' AND entity = 'NotificationDelivery' AND NOT masked`,
    );
    expect(logged.rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it('is delivered by the development receivers when nothing is configured', async () => {
    const subjectId = `JEJU-DEV-${Date.now()}`;
    const id = await insertMessage('jeju', subjectId, 'EMAIL', 'dev@example.com');
    const deadline = Date.now() + 20_000;
    let state = '';
    while (Date.now() < deadline && state !== 'SENT') {
      await new Promise((r) => setTimeout(r, 300));
      const found = (await gql(jejuManager, DELIVERIES, { id: subjectId })).data!.notifications;
      state = found.find((d: { id: string }) => d.id === id)?.state ?? '';
    }
    expect(state).toBe('SENT');
  });

  it('answers another tenant’s case with nothing, through the API and at the database', async () => {
    const subjectId = `JEJU-ISO-${Date.now()}`;
    await insertMessage('jeju', subjectId, 'SMS', '01077778888');
    expect((await gql(ulsanAdmin, DELIVERIES, { id: subjectId })).data!.notifications).toEqual([]);
    const app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.tenant_id', 'ulsan', true)`);
      const seen = await app.query(`SELECT id FROM notification_outbox WHERE subject_id = $1`, [subjectId]);
      const changed = await app.query(`UPDATE notification_outbox SET attempts = 9 WHERE subject_id = $1`, [
        subjectId,
      ]);
      await app.query('COMMIT');
      expect([seen.rowCount, changed.rowCount]).toEqual([0, 0]);
    } finally {
      await app.end();
    }
  });

  it('refuses a malformed subject with a clear error', async () => {
    const refused = await gql(jejuOfficer, `{ notifications(subjectType: "case", subjectId: "1") { id } }`);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subjectType' });
  });
});
