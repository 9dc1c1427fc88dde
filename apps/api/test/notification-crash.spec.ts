import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './support/free-port';
import { startServerProcess, type ServerProcess } from './support/server-process';
import { createFreshDatabase, type TestDatabase } from './support/test-database';
import {
  startNotificationReceivers,
  type NotificationReceivers,
} from '../../../libs/crm-core/test/notification-receivers';

/**
 * The sender killed (SIGKILL) in the middle of a batch, while the gateway has accepted messages whose
 * answer has not come back: after a restart every message is delivered exactly once — counted at the
 * receivers by idempotency key and Message-ID — and the ones caught in flight were re-sent and recognized.
 */
jest.setTimeout(240_000);

const MESSAGES = { SMS: 24, EMAIL: 8 };

let database: TestDatabase;
let dataDir: string;
let owner: Client;
let receivers: NotificationReceivers;
let server: ServerProcess | undefined;

const env = () => ({
  DATABASE_URL: database.ownerUrl,
  PCRM_DATA_DIR: dataDir,
  PCRM_APP_DB_PASSWORD: 'pcrm-app-test',
  PCRM_SEED_CUSTOMERS: '0',
  SMTP_URL: receivers.smtpUrl,
  SMS_GATEWAY_URL: receivers.gatewayUrl,
  PCRM_NOTIFY_POLL_MS: '200',
  PCRM_NOTIFY_BATCH: '4',
  PCRM_NOTIFY_LEASE_SECONDS: '3',
});

beforeAll(async () => {
  database = await createFreshDatabase(process.env.PCRM_OWNER_DATABASE_URL!);
  dataDir = await mkdtemp(join(tmpdir(), 'pcrm-test-notify-'));
  receivers = await startNotificationReceivers();
  owner = new Client({ connectionString: database.ownerUrl });
});

afterAll(async () => {
  await server?.stop();
  await owner?.end();
  await receivers?.close();
  await database?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 60_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

it('delivers every message exactly once when the sender is killed mid-batch and restarted', async () => {
  server = await startServerProcess(env(), await freePort());
  await owner.connect();
  receivers.gatewayDelayMs = 1500; // accepted at once, answered late: the kill lands between the two
  const ids: Record<'SMS' | 'EMAIL', string[]> = { SMS: [], EMAIL: [] };
  for (const channel of ['SMS', 'EMAIL'] as const) {
    for (let i = 0; i < MESSAGES[channel]; i++) {
      const { rows } = await owner.query<{ id: string }>(
        `INSERT INTO notification_outbox (tenant_id, subject_type, subject_id, purpose, channel, sms_kind, recipient,
           template_key, title, body, state)
         VALUES ('busan', 'voc', $1, 'ADMIN_NOTICE', $2, $3, $4, 'voc.received', $5, $6, 'PENDING') RETURNING id`,
        [
          `BUSAN-2026-${String(i).padStart(6, '0')}`,
          channel,
          channel === 'SMS' ? 'SMS' : null,
          channel === 'SMS' ? `0101234${String(i).padStart(4, '0')}` : `r${i}@example.com`,
          channel === 'EMAIL' ? '민원 접수 안내' : null,
          `[부산광역시] 민원 ${i} 접수`,
        ],
      );
      ids[channel].push(rows[0].id);
    }
  }

  await until('the gateway to accept messages it has not answered yet', () =>
    receivers.sms.length >= 3 ? true : undefined,
  );
  server.child.kill('SIGKILL');
  expect(await server.stop()).toBeNull();
  server = undefined;
  const acceptedBeforeKill = receivers.sms.length + receivers.mails.length;
  const smsAcceptedBeforeKill = receivers.sms.map((s) => s.key);
  const inFlight = await owner.query<{ id: string }>(
    `SELECT id FROM notification_outbox WHERE tenant_id = 'busan' AND state = 'SENDING'`,
  );
  expect(inFlight.rowCount).toBeGreaterThan(0);
  expect(acceptedBeforeKill).toBeLessThan(MESSAGES.SMS + MESSAGES.EMAIL);

  receivers.gatewayDelayMs = 0;
  server = await startServerProcess(env(), await freePort());
  await until(
    'every message to be marked sent',
    async () => {
      const { rows } = await owner.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM notification_outbox WHERE tenant_id = 'busan' AND state <> 'SENT'`,
      );
      return rows[0].n === 0 ? true : undefined;
    },
    90_000,
  );

  // Each message accepted exactly once at its receiver, none missing, none extra.
  expect(receivers.sms.map((s) => s.key).sort()).toEqual([...ids.SMS].sort());
  expect(receivers.mails.map((m) => m.messageId).sort()).toEqual(
    ids.EMAIL.map((id) => `<${id}@notification.pcrm>`).sort(),
  );
  // The messages caught in flight were sent again with the same key and recognized, not delivered twice.
  const resent = inFlight.rows.map((r) => r.id).filter((id) => smsAcceptedBeforeKill.includes(id));
  expect(resent.length).toBeGreaterThan(0);
  expect(receivers.duplicates.sms).toEqual(expect.arrayContaining(resent));
  const { rows: attempts } = await owner.query<{ id: string; attempts: number }>(
    `SELECT id, attempts FROM notification_outbox WHERE id = ANY($1::uuid[])`,
    [resent],
  );
  expect(attempts.every((r) => r.attempts === 2)).toBe(true);
});
