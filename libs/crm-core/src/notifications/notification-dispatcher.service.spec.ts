import { DataSource } from 'typeorm';
import { TenantScopes } from '@pcrm/tenancy';
import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { startNotificationReceivers, type NotificationReceivers } from '../../test/notification-receivers';
import { ConsentPurpose } from '../customers';
import { loadNotificationConfig } from './notification-config';
import { NotificationDispatcher } from './notification-dispatcher';
import { EmailTransport } from './email-transport';
import { SmsGateway } from './sms-gateway';
import { NotificationOutbox, NotificationTemplates, type NotificationMessage } from '.';

let bed: ServiceTestbed;
let receivers: NotificationReceivers;
let dataSource: DataSource;
let dispatcher: NotificationDispatcher;
let email: EmailTransport;
const logged: string[] = [];
const config = loadNotificationConfig({
  PCRM_NOTIFY_MAX_ATTEMPTS: '3',
  PCRM_NOTIFY_RETRY_SECONDS: '1.5',
  PCRM_NOTIFY_BATCH: '3',
});

beforeAll(async () => {
  bed = await serviceTestbed('notification dispatcher');
  receivers = await startNotificationReceivers();
  dataSource = await new DataSource({
    type: 'postgres',
    url: process.env.PCRM_SERVICE_APP_DATABASE_URL,
    poolSize: 3,
  }).initialize();
  email = new EmailTransport(receivers.smtpUrl);
  dispatcher = new NotificationDispatcher(
    new TenantScopes(dataSource),
    { EMAIL: email, SMS: new SmsGateway(receivers.gatewayUrl) },
    config,
    (m) => logged.push(m),
    async () => [bed.tenant.code],
  );
});
afterAll(async () => {
  await email?.close();
  await receivers?.close();
  await dataSource?.destroy();
  await bed?.close();
});

let n = 0;
const message = (overrides: Partial<NotificationMessage> = {}): NotificationMessage => ({
  subjectType: 'voc',
  subjectId: `dispatch-${++n}`,
  purpose: ConsentPurpose.ADMIN_NOTICE,
  channel: 'SMS',
  recipient: '010-3456-7890',
  templateKey: 'voc.received',
  variables: { receiptNumber: `DSP-2026-${String(n).padStart(6, '0')}`, dueDate: '2026-12-10' },
  ...overrides,
});
const enqueue = (m: NotificationMessage) => bed.scope(() => bed.get(NotificationOutbox).enqueue(m));
const row = async (id: string) =>
  (
    await bed.owner<Record<string, unknown>>(
      `SELECT state, attempts, last_error, last_error_en, sent_at FROM notification_outbox WHERE tenant_id = $1 AND id = $2`,
      [bed.tenant.code, id],
    )
  )[0];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Drains as the dispatcher's timer would until the message reaches `state` (backoff: 1.5 s, then 3 s). */
async function drainUntil(id: string, state: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while ((await row(id))?.state !== state && Date.now() < deadline) {
    await sleep(200);
    await dispatcher.drain();
  }
}

it('delivers e-mail to a real SMTP server with a deterministic Message-ID and SMS to a real gateway', async () => {
  await bed.scope(() =>
    bed
      .get(NotificationTemplates)
      .updateSettings({ smsSender: '0511200', emailFrom: 'minwon@busan.example.go.kr' }),
  );
  const mail = await enqueue(message({ channel: 'EMAIL', recipient: 'resident@example.com' }));
  const text = await enqueue(
    message({
      templateKey: 'voc.answered',
      variables: { receiptNumber: 'DSP-LMS', result: '조치했습니다. '.repeat(10) },
    }),
  );
  expect(await dispatcher.drain()).toBe(2);

  expect(receivers.mails).toHaveLength(1);
  expect(receivers.mails[0]).toMatchObject({
    messageId: `<${mail.id}@notification.pcrm>`,
    from: 'minwon@busan.example.go.kr',
    to: ['resident@example.com'],
  });
  expect(receivers.mails[0].raw).toMatch(/^Subject: =\?UTF-8\?/m);
  const sms = receivers.sms.find((s) => s.key === text.id);
  expect(sms?.body).toMatchObject({ messageId: text.id, type: 'LMS', from: '0511200', to: '01034567890' });
  expect(sms?.body.text).toContain('조치했습니다.');
  for (const id of [mail.id, text.id]) expect(await row(id)).toMatchObject({ state: 'SENT', attempts: 1 });
});

it('retries a transient failure with backoff and fails for good after the last attempt, with the error', async () => {
  receivers.failNext.push(503);
  const retried = await enqueue(message());
  await dispatcher.drain();
  expect(await row(retried.id)).toMatchObject({
    state: 'PENDING',
    attempts: 1,
    last_error_en: 'SMS gateway error (HTTP 503); it will be retried.',
  });
  await dispatcher.drain(); // not due yet: the backoff holds it back
  expect(await row(retried.id)).toMatchObject({ state: 'PENDING', attempts: 1 });
  await drainUntil(retried.id, 'SENT');
  expect(await row(retried.id)).toMatchObject({ state: 'SENT', attempts: 2 });

  receivers.failNext.push(500, 500, 500);
  const exhausted = await enqueue(message());
  await drainUntil(exhausted.id, 'FAILED');
  expect(await row(exhausted.id)).toMatchObject({
    state: 'FAILED',
    attempts: 3,
    last_error: '문자 중계 서버 오류 (HTTP 500). 다시 시도합니다.',
  });
  expect(receivers.sms.some((s) => s.key === exhausted.id)).toBe(false);
});

it('fails a refused message at once and never writes or logs the recipient', async () => {
  receivers.failNext.push(400);
  const refused = await enqueue(message({ recipient: '010-9999-8888' }));
  await dispatcher.drain();
  expect(await row(refused.id)).toMatchObject({
    state: 'FAILED',
    attempts: 1,
    last_error: '문자 중계 서버가 메시지를 거부했습니다 (HTTP 400).',
  });
  // The number in any spelling (a bare 9999 can occur inside a message id by chance).
  expect(logged.join('\n')).not.toMatch(/9999-?8888|resident@/);
});

it('re-sends a message whose sender died after the gateway accepted it, which the gateway recognizes', async () => {
  const crashed = await enqueue(message());
  // What a sender killed between the gateway's acceptance and its own mark leaves behind.
  await dispatcher.drain();
  await bed.owner(
    `UPDATE notification_outbox SET state = 'SENDING', sent_at = NULL, locked_until = now() - interval '1 second'
      WHERE tenant_id = $1 AND id = $2`,
    [bed.tenant.code, crashed.id],
  );
  await dispatcher.drain();
  expect(await row(crashed.id)).toMatchObject({ state: 'SENT', attempts: 2 });
  expect(receivers.sms.filter((s) => s.key === crashed.id)).toHaveLength(1);
  expect(receivers.duplicates.sms).toEqual([crashed.id]);
});

it('leaves a claimed message alone while its lease runs, and gives up one whose sender died on the last attempt', async () => {
  const leased = await enqueue(message());
  await bed.owner(
    `UPDATE notification_outbox SET state = 'SENDING', attempts = 1, locked_until = now() + interval '1 hour'
      WHERE tenant_id = $1 AND id = $2`,
    [bed.tenant.code, leased.id],
  );
  const lost = await enqueue(message());
  await bed.owner(
    `UPDATE notification_outbox SET state = 'SENDING', attempts = 3, locked_until = now() - interval '1 second'
      WHERE tenant_id = $1 AND id = $2`,
    [bed.tenant.code, lost.id],
  );
  await dispatcher.drain();
  expect(await row(leased.id)).toMatchObject({ state: 'SENDING', attempts: 1 });
  expect(await row(lost.id)).toMatchObject({
    state: 'FAILED',
    last_error: '마지막 발송 시도 중 발송 프로세스가 중단되었습니다. 수신 여부를 확인해 주세요.',
  });
  expect(receivers.sms.some((s) => [leased.id, lost.id].includes(s.key))).toBe(false);
});

it('sends nothing for a skipped message', async () => {
  const before = receivers.requests;
  await bed.owner(
    `INSERT INTO notification_outbox (tenant_id, subject_type, subject_id, purpose, channel, sms_kind, recipient,
       template_key, body, state, skip_reason)
     VALUES ($1, 'voc', 'skipped', 'SATISFACTION_SURVEY', 'SMS', 'SMS', '01000000000', 'voc.survey', 'x', 'SKIPPED', '동의 없음')`,
    [bed.tenant.code],
  );
  expect(await dispatcher.drain()).toBe(0);
  expect(receivers.requests).toBe(before);
});
