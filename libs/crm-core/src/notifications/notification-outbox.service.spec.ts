import { Role } from '@pcrm/tenancy';
import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { ConsentPurpose, CustomersService } from '../customers';
import { CustomerConsentsService } from '../customer-consents';
import { ContactChannel } from '../customer-contacts';
import { NotificationOutbox, NotificationTemplates, NotificationChannel, type NotificationMessage } from '.';

let bed: ServiceTestbed;
let outbox: NotificationOutbox;
let templates: NotificationTemplates;

beforeAll(async () => {
  bed = await serviceTestbed('notification outbox');
  outbox = bed.get(NotificationOutbox);
  templates = bed.get(NotificationTemplates);
});
afterAll(() => bed?.close());

let case_ = 0;
const received = (overrides: Partial<NotificationMessage> = {}): NotificationMessage => ({
  subjectType: 'voc',
  subjectId: `case-${++case_}`,
  purpose: ConsentPurpose.ADMIN_NOTICE,
  channel: 'SMS',
  recipient: '010-2345-6789',
  templateKey: 'voc.received',
  variables: { receiptNumber: 'SVC-2026-000001', dueDate: '2026-12-10 18:00' },
  ...overrides,
});

const rowsOf = (subjectId: string) =>
  bed.owner<Record<string, unknown>>(
    `SELECT state, skip_reason, channel, sms_kind, recipient, title, body FROM notification_outbox
      WHERE tenant_id = $1 AND subject_id = $2`,
    [bed.tenant.code, subjectId],
  );

const refusal = async (work: () => Promise<unknown>) => {
  const error = (await work().then(
    () => null,
    (e: unknown) => e,
  )) as { message: string; extensions: Record<string, unknown> } | null;
  if (!error) throw new Error('expected a refusal');
  return error;
};

it('writes the rendered message in the caller’s transaction', async () => {
  const message = received();
  const queued = await bed.scope(() => outbox.enqueue(message));
  expect(queued.state).toBe('PENDING');
  expect(await rowsOf(message.subjectId)).toEqual([
    {
      state: 'PENDING',
      skip_reason: null,
      channel: 'SMS',
      sms_kind: 'SMS',
      recipient: '01023456789',
      title: null,
      body: '[notification outbox] 민원 SVC-2026-000001 접수. 처리기한 2026-12-10 18:00',
    },
  ]);
});

it('leaves no message when the caller’s transaction rolls back', async () => {
  const message = received();
  await expect(
    bed.scope(async () => {
      await outbox.enqueue(message);
      throw new Error('the case change failed');
    }),
  ).rejects.toThrow('the case change failed');
  expect(await rowsOf(message.subjectId)).toEqual([]);
});

it('skips a survey without consent, with the reason, and sends it with consent; a case notice needs none', async () => {
  const customerId = await bed.scope(() =>
    bed.get(CustomersService).create({ partyType: 'PERSON', kind: 'CURRENT', name: '동의확인' }),
  );
  const survey = (subjectId: string) =>
    received({
      subjectId,
      customerId,
      purpose: ConsentPurpose.SATISFACTION_SURVEY,
      templateKey: 'voc.survey',
      variables: { receiptNumber: 'SVC-2026-000002', surveyLink: 'https://crm.example.go.kr/s/abc' },
    });
  expect(await bed.scope(() => outbox.enqueue(survey('no-consent')))).toMatchObject({ state: 'SKIPPED' });
  expect(await rowsOf('no-consent')).toMatchObject([
    { state: 'SKIPPED', skip_reason: '만족도조사 수신 동의가 없거나 철회되었습니다.' },
  ]);
  // The case notice goes out without any consent.
  const notice = received({ subjectId: 'notice', customerId });
  expect(await bed.scope(() => outbox.enqueue(notice))).toMatchObject({ state: 'PENDING' });

  const consent = await bed.scope(() =>
    bed.get(CustomerConsentsService).grant({
      customerId,
      purpose: ConsentPurpose.SATISFACTION_SURVEY,
      channel: ContactChannel.VISIT,
      evidence: '동의서 1',
    }),
  );
  expect(await bed.scope(() => outbox.enqueue(survey('consented')))).toMatchObject({ state: 'PENDING' });

  await bed.scope(() =>
    bed.get(CustomerConsentsService).withdraw({ consentId: consent.id, channel: ContactChannel.PHONE }),
  );
  expect(await bed.scope(() => outbox.enqueue(survey('withdrawn')))).toMatchObject({ state: 'SKIPPED' });
});

it('refuses variables that do not match the template, an unknown key and a bad recipient, writing nothing', async () => {
  const missing = received({ variables: { receiptNumber: 'X' } });
  const e1 = await refusal(() => bed.scope(() => outbox.enqueue(missing)));
  expect(e1.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'variables' });
  expect(e1.message).toContain('빠진 변수: dueDate');

  const extra = received({ variables: { receiptNumber: 'X', dueDate: 'Y', secret: 'Z' } });
  const e2 = await refusal(() => bed.scope(() => outbox.enqueue(extra)));
  expect(e2.extensions.messageEn).toContain('unknown: secret');

  const unknown = received({ templateKey: 'voc.nothing' });
  expect((await refusal(() => bed.scope(() => outbox.enqueue(unknown)))).extensions).toMatchObject({
    field: 'key',
  });

  const badRecipient = received({ recipient: '02-555-12345678' });
  const e4 = await refusal(() => bed.scope(() => outbox.enqueue(badRecipient)));
  expect(e4.extensions).toMatchObject({ field: 'recipient' });
  expect(JSON.stringify(e4)).not.toContain('555');

  for (const m of [missing, extra, unknown, badRecipient]) expect(await rowsOf(m.subjectId)).toEqual([]);
});

it('sends a long result as LMS and refuses one over 2,000 bytes or with emoji at enqueue', async () => {
  const answered = (result: string) =>
    received({ templateKey: 'voc.answered', variables: { receiptNumber: 'SVC-2026-000003', result } });
  const lms = answered('신호 주기를 조정했습니다. '.repeat(5));
  await bed.scope(() => outbox.enqueue(lms));
  expect(await rowsOf(lms.subjectId)).toMatchObject([{ sms_kind: 'LMS' }]);

  const tooLong = answered('가'.repeat(1000));
  const e1 = await refusal(() => bed.scope(() => outbox.enqueue(tooLong)));
  expect(e1.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'variables' });
  expect(e1.message).toContain('2,000바이트');

  const emoji = answered('처리했습니다 👍');
  expect((await refusal(() => bed.scope(() => outbox.enqueue(emoji)))).message).toContain('👍');
  expect(await rowsOf(tooLong.subjectId)).toEqual([]);
  expect(await rowsOf(emoji.subjectId)).toEqual([]);
});

describe('templates', () => {
  it('lists every key with both channels, platform texts until changed', async () => {
    const list = await bed.scope(() => templates.list());
    expect(list.map((t) => `${t.key}/${t.channel}`)).toEqual(
      expect.arrayContaining([
        'voc.received/SMS',
        'voc.received/EMAIL',
        'voc.survey/SMS',
        'voc.progress30/EMAIL',
        'task.followed/EMAIL',
        'task.updated/EMAIL',
      ]),
    );
    expect(list).toHaveLength(20);
    expect(list.every((t) => !t.customized)).toBe(true);
  });

  it('saves a tenant’s text, audited, and renders later messages from it', async () => {
    const saved = await bed.scope(() =>
      templates.update({
        key: 'voc.assigned',
        channel: NotificationChannel.SMS,
        body: '{{tenantName}}: {{receiptNumber}}번 민원은 {{departmentName}} 담당입니다',
      }),
    );
    expect(saved).toMatchObject({ customized: true, updatedBy: expect.stringContaining('service-test') });
    const message = received({
      templateKey: 'voc.assigned',
      variables: { receiptNumber: 'SVC-2026-000009', departmentName: '교통정책과' },
    });
    await bed.scope(() => outbox.enqueue(message));
    expect(await rowsOf(message.subjectId)).toMatchObject([
      { body: 'notification outbox: SVC-2026-000009번 민원은 교통정책과 담당입니다' },
    ]);
    const audit = await bed.owner(
      `SELECT action, entity_id FROM audit_events WHERE tenant_id = $1 AND entity = 'notification_template'`,
      [bed.tenant.code],
    );
    expect(audit).toEqual([{ action: 'create', entity_id: 'voc.assigned/SMS' }]);
  });

  it.each([
    ['an unknown placeholder', { body: '{{receiptNumber}} {{phone}}' }, 'body', 'phone'],
    ['unmatched braces', { body: '{{receiptNumber} 접수' }, 'body', '중괄호'],
    ['an SMS over 2,000 bytes', { body: '가'.repeat(1001) }, 'body', '2,002바이트'],
    ['an emoji in an SMS', { body: '접수 완료 ✅' }, 'body', '✅'],
    ['an SMS with a subject', { subject: '제목', body: '본문' }, 'subject', '제목이 없습니다'],
  ])('refuses %s and keeps the text', async (_what, text, field, says) => {
    const error = await refusal(() =>
      bed.scope(() => templates.update({ key: 'voc.delayed', channel: NotificationChannel.SMS, ...text })),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toContain(says);
    const rows = await bed.owner(
      `SELECT 1 FROM notification_templates WHERE tenant_id = $1 AND template_key = 'voc.delayed'`,
      [bed.tenant.code],
    );
    expect(rows).toEqual([]);
  });

  it('refuses an e-mail template without a subject', async () => {
    const error = await refusal(() =>
      bed.scope(() =>
        templates.update({ key: 'voc.delayed', channel: NotificationChannel.EMAIL, body: '본문' }),
      ),
    );
    expect(error.extensions).toMatchObject({ field: 'subject' });
  });

  it('previews unsaved text with sample values and counts its bytes', async () => {
    const preview = await bed.scope(async () =>
      templates.preview({
        key: 'voc.received',
        channel: NotificationChannel.SMS,
        body: '{{receiptNumber}} 접수, 기한 {{dueDate}}',
        variables: [{ name: 'dueDate', value: '12월 10일' }],
      }),
    );
    expect(preview).toEqual({
      subject: null,
      body: 'BUSAN-2026-000123 접수, 기한 12월 10일',
      bytes: 38,
      smsKind: 'SMS',
    });
  });
});

it('masks recipients for a caller without customer:personal:read', async () => {
  const message = received({ channel: 'EMAIL', recipient: 'resident@example.com' });
  await bed.scope(() => outbox.enqueue(message));
  const [asOfficer] = await bed.scope(() => outbox.deliveries('voc', message.subjectId), [Role.Officer]);
  expect(asOfficer.recipient).toBe('r***@example.com');
  const [asManager] = await bed.scope(() => outbox.deliveries('voc', message.subjectId), [Role.Manager]);
  expect(asManager.recipient).toBe('resident@example.com');
});

it('keeps another tenant’s messages and templates out of reach, also at the database', async () => {
  const message = received();
  await bed.scope(() => outbox.enqueue(message));
  await bed.scope(() =>
    templates.update({
      key: 'voc.extended',
      channel: NotificationChannel.SMS,
      body: '{{receiptNumber}} 연장',
    }),
  );
  const other = await serviceTestbed('notification outbox, other tenant');
  try {
    expect(
      await other.scope(() => other.get(NotificationOutbox).deliveries('voc', message.subjectId)),
    ).toEqual([]);
    const theirs = await other.scope(() => other.get(NotificationTemplates).list());
    expect(theirs.find((t) => t.key === 'voc.extended' && t.channel === 'SMS')?.customized).toBe(false);
    // As the runtime role in the other tenant: not visible, not changeable, not insertable for us.
    const counts = await other.scope(async () => {
      const sql = other.sql();
      const seen = await sql.query(`SELECT id FROM notification_outbox WHERE subject_id = $1`, [
        message.subjectId,
      ]);
      const changed = await sql.query(
        `UPDATE notification_outbox SET state = 'SENT', sent_at = now() WHERE subject_id = $1 RETURNING id`,
        [message.subjectId],
      );
      const templatesChanged = await sql.query(
        `UPDATE notification_templates SET body = 'x' WHERE tenant_id = $1 RETURNING 1`,
        [bed.tenant.code],
      );
      return { seen: seen.length, changed: changed.length, templatesChanged: templatesChanged.length };
    });
    expect(counts).toEqual({ seen: 0, changed: 0, templatesChanged: 0 });
    await expect(
      other.scope(() =>
        other.sql().query(
          `INSERT INTO notification_outbox (tenant_id, subject_type, subject_id, purpose, channel, sms_kind, recipient, template_key, body, state)
             VALUES ($1, 'voc', 'x', 'ADMIN_NOTICE', 'SMS', 'SMS', '01000000000', 'voc.received', 'x', 'PENDING')`,
          [bed.tenant.code],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await rowsOf(message.subjectId)).toMatchObject([{ state: 'PENDING' }]);
  } finally {
    await other.close();
  }
});
