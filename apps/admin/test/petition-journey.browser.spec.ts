/**
 * One petition from intake to closure to survey, through the real admin UI and the resident page in Chromium,
 * against a platform of its own whose notices go to a real local SMTP server and SMS gateway (the shared test
 * platform's development receivers keep no message text, and the survey link must come from the delivered
 * message). A call-center agent files the case for a registered resident who consented to surveys and sees its
 * receipt number and due date; the receipt notice arrives at the gateway; the officer of the department the case
 * was routed to finds it in 민원함 and moves it 처리중 → 보완요청 → 처리중 → 답변완료 → 만족도조사; the survey
 * link arrives; the resident, in a browser without a login, answers 신속·친절·공정·편이 and a free text, sees
 * the thanks, is refused the second time, and finds the case in 나의 민원보기; the officer closes it (종결).
 * axe-core finds no WCAG A/AA violation on any admin screen at 1440 px nor on any resident page at 390 and
 * 1440 px.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { gql, userToken } from '../../api/test/support/api';
import { freePort } from '../../api/test/support/free-port';
import { startServerProcess, type ServerProcess } from '../../api/test/support/server-process';
import { createFreshDatabase, type TestDatabase } from '../../api/test/support/test-database';
import {
  startNotificationReceivers,
  type NotificationReceivers,
  type ReceivedSms,
} from '../../../libs/crm-core/test/notification-receivers';
import {
  axeViolations,
  DESKTOP,
  expectVisible,
  login,
  logout,
  openBrowser,
  PHONE,
  settledOverflow,
  type BrowserSession,
} from './support/browser';
import { clickUntil, contentOverflow, selectPopup, settledAxe } from './support/screens';

jest.setTimeout(600_000);

const TENANT = 'jeju';
const ORG = /제주특별자치도/;
const PHONE_NUMBER = '010-7321-4588';
const RESIDENT = '고민원';
const ANSWER = '경로당 보일러를 수리했고 이번 주 안에 점검을 한 번 더 하겠습니다.';

let database: TestDatabase;
let dataDir: string;
let receivers: NotificationReceivers;
let server: ServerProcess;
let owner: Client;
let staff: BrowserSession | undefined;
let resident: BrowserSession | undefined;

beforeAll(async () => {
  database = await createFreshDatabase(process.env.PCRM_OWNER_DATABASE_URL!);
  dataDir = await mkdtemp(join(tmpdir(), 'pcrm-test-journey-'));
  receivers = await startNotificationReceivers();
  server = await startServerProcess(
    {
      DATABASE_URL: database.ownerUrl,
      PCRM_DATA_DIR: dataDir,
      PCRM_APP_DB_PASSWORD: 'pcrm-app-test',
      PCRM_SEED_CUSTOMERS: '0',
      PCRM_SEED_CASES: '0',
      SMTP_URL: receivers.smtpUrl,
      SMS_GATEWAY_URL: receivers.gatewayUrl,
      PCRM_NOTIFY_POLL_MS: '200',
    },
    await freePort(),
    240_000,
  );
  owner = new Client({ connectionString: database.ownerUrl });
  await owner.connect();

  // Setup through the API: the resident, registered with a mobile number and a survey consent on record.
  const agent = await userToken(TENANT, 'agent', undefined, server.url);
  const created = await gql(
    agent,
    `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }`,
    {
      i: {
        name: RESIDENT,
        phones: [{ number: PHONE_NUMBER }],
        emails: [{ address: 'gominwon@example.com' }],
      },
    },
    server.url,
  );
  expect(created.errors).toBeUndefined();
  const consent = await gql(
    agent,
    `mutation($i: GrantConsentInput!) { grantConsent(input: $i) { id } }`,
    {
      i: {
        customerId: created.data!.createCustomer.id,
        purpose: 'SATISFACTION_SURVEY',
        channel: 'PHONE',
        evidence: '전화 녹취 J-2026-0001',
      },
    },
    server.url,
  );
  expect(consent.errors).toBeUndefined();

  // 복지 cases of Jeju go to the demo officer's department (the routing rules screen is another piece).
  await owner.query(`UPDATE voc_settings SET routing_seeded_at = now() WHERE tenant_id = $1`, [TENANT]);
  const rule = await owner.query(
    `INSERT INTO voc_routing_rules (tenant_id, category_code, keywords, department_id, created_by)
     SELECT tenant_id, 'WELFARE', '{}', department_id, 'test:journey' FROM staff
      WHERE tenant_id = $1 AND username = 'officer'`,
    [TENANT],
  );
  expect(rule.rowCount).toBe(1);
}, 300_000);

afterAll(async () => {
  await staff?.close();
  await resident?.close();
  await owner?.end();
  await server?.stop();
  await receivers?.close();
  await database?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}, 60_000);

/** The first text message to the resident whose text matches, once the gateway has it. */
async function smsMatching(pattern: RegExp, timeoutMs = 30_000): Promise<ReceivedSms> {
  const to = PHONE_NUMBER.replace(/-/g, '');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = receivers.sms.find((m) => m.body.to === to && pattern.test(m.body.text));
    if (hit) return hit;
    if (Date.now() > deadline)
      throw new Error(
        `no SMS matching ${pattern} reached the gateway; it has: ${JSON.stringify(receivers.sms.map((m) => m.body.text))}`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** axe inside the open antd dialog. */
const dialogAxe = (page: Page) => axeViolations(page, '.ant-modal-wrap');

/** A resident page, checked with axe at 390 px and at 1440 px, nothing sticking out sideways on the phone. */
async function residentScreen(session: BrowserSession, screen: string): Promise<void> {
  const { page } = session;
  await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
  expect(await settledOverflow(page)).toBe(0);
  expect([screen, PHONE.width, await axeViolations(page)]).toEqual([screen, PHONE.width, []]);
  await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
  expect([screen, DESKTOP.width, await axeViolations(page)]).toEqual([screen, DESKTOP.width, []]);
  await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
}

it('takes a petition from intake through handling to closure and the resident survey', async () => {
  // Each attempt (the browser specs retry once) files its own case under its own title.
  const title = `경로당 난방 고장 ${Date.now().toString(36)}`;
  await staff?.close();
  await resident?.close();
  staff = await openBrowser(DESKTOP);
  const s = staff;
  const { page } = s;
  let receiptNo = '';
  let surveyLink = '';

  await s.step('agent-login', async () => {
    await page.goto(`${server.url}/`);
    await login(page, ORG, 'agent');
  });

  await s.step('agent-inbox', async () => {
    await page.goto(`${server.url}/app/petitions`);
    await expectVisible(page.getByRole('heading', { level: 1, name: '민원함' }));
    expect(await settledAxe(page)).toEqual([]);
    await page.getByRole('link', { name: '민원 접수' }).click();
  });

  await s.step('intake', async () => {
    await expectVisible(page.getByRole('heading', { level: 1, name: '민원 접수' }));
    // The category list is long (a virtual list): the agent types to narrow it.
    const category = page.getByRole('combobox', { name: '분류' });
    await category.click();
    await category.fill('복지');
    await selectPopup(page).locator('.ant-select-item-option[title="복지"]').click();
    await expectVisible(page.getByTestId('voc-preview-due'));
    await page.getByLabel('제목').fill(title);
    await page
      .getByLabel('내용')
      .fill('마을 경로당 보일러가 사흘째 꺼져 있어 어르신들이 추위에 떨고 계십니다.');
    await page.locator('label', { hasText: '등록 고객' }).click();
    const picker = page.getByRole('combobox', { name: /고객 검색/ });
    await picker.fill(RESIDENT);
    // An agent sees names and numbers masked (고*원 · 010-****-4588): the last digits tell the resident apart.
    const last4 = PHONE_NUMBER.slice(-4);
    await selectPopup(page).locator('.ant-select-item-option', { hasText: last4 }).click();
    await expectVisible(page.locator('.ant-select-content, .ant-select-selector').filter({ hasText: last4 }));
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
    await page.getByRole('button', { name: '접수' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: title }));
  });

  await s.step('receipt-on-case', async () => {
    const header = page.locator('.pcrm-mono').first();
    receiptNo = (await header.innerText()).trim();
    expect(receiptNo).toMatch(/^JEJU-\d{4}-\d{6}$/);
    const due = page.locator('.ant-descriptions-item', { hasText: '법정 처리기한' }).first();
    expect(await due.innerText()).toMatch(/\d{4}\. \d{1,2}\. \d{1,2}\./);
    expect(await settledAxe(page)).toEqual([]);
  });

  await s.step('receipt-notice-delivered', async () => {
    const notice = await smsMatching(
      new RegExp(`${receiptNo} 접수\\. 처리기한 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}`),
    );
    expect(notice.body.text).toContain('[제주특별자치도]');
  });

  const panel = page.getByTestId('voc-actions');
  const dialog = page.getByRole('dialog');
  const timeline = page.locator('.ant-timeline');
  const status = (label: string) =>
    expectVisible(page.locator('.pcrm-page-desc').getByText(label, { exact: true }));
  /** Takes one step from the 처리 card: its button, its dialog (checked with axe), its OK button. */
  const take = async (label: string, fill?: Record<string, string>) => {
    await panel.getByRole('button', { name: label, exact: true }).click();
    await expectVisible(dialog.getByText(label).first());
    for (const [field, value] of Object.entries(fill ?? {})) await dialog.getByLabel(field).fill(value);
    expect([label, await dialogAxe(page)]).toEqual([label, []]);
    await clickUntil(dialog.getByRole('button', { name: label, exact: true }), dialog, 'hidden');
  };

  await s.step('officer-inbox', async () => {
    await logout(page);
    await login(page, ORG, 'officer');
    await page.goto(`${server.url}/app/petitions`);
    await expectVisible(page.getByRole('heading', { level: 1, name: '민원함' }));
    const row = page.getByRole('link', { name: title });
    await expectVisible(row);
    expect(await settledAxe(page)).toEqual([]);
    await row.click();
    await expectVisible(page.getByRole('heading', { level: 1, name: title }));
    await status('분류·배정');
    await expectVisible(timeline.getByText('ASSIGN → ASSIGNED'));
    expect(await settledAxe(page)).toEqual([]);
  });

  await s.step('start', async () => {
    await take('처리 시작');
    await expectVisible(timeline.getByText('START → IN_PROGRESS'));
    await status('처리중');
  });

  await s.step('supplement-and-resume', async () => {
    await take('보완 요청', { 사유: '경로당 위치(동·호수)를 알려 주세요.' });
    await expectVisible(timeline.getByText('REQUEST_SUPPLEMENT → SUPPLEMENT_REQUESTED'));
    await status('보완요청');
    expect(await settledAxe(page)).toEqual([]);
    await take('보완 완료');
    await expectVisible(timeline.getByText('RESUME → IN_PROGRESS'));
    await status('처리중');
  });

  await s.step('answer', async () => {
    await take('답변', { '답변 내용': ANSWER });
    await expectVisible(timeline.getByText('ANSWER → ANSWERED'));
    await status('답변완료');
    expect(await settledAxe(page)).toEqual([]);
    await smsMatching(new RegExp(`${receiptNo} 처리결과: 경로당 보일러를 수리했고`));
  });

  await s.step('open-survey', async () => {
    await take('만족도조사 발송');
    await expectVisible(timeline.getByText('OPEN_SURVEY → SURVEY'));
    await status('만족도조사');
    expect(await settledAxe(page)).toEqual([]);
  });

  await s.step('survey-link-delivered', async () => {
    const notice = await smsMatching(/만족도조사/);
    const link = new RegExp(`https?://\\S+/r/${TENANT}/survey/[A-Za-z0-9_-]{43}`).exec(notice.body.text);
    expect(link).not.toBeNull();
    surveyLink = link![0];
    expect(surveyLink.startsWith(server.url)).toBe(true);
  });

  resident = await openBrowser(PHONE);
  const r = resident;
  const rp = r.page;

  await r.step('survey-form', async () => {
    await rp.goto(surveyLink, { waitUntil: 'load' });
    await expectVisible(rp.getByRole('heading', { level: 1, name: '민원 만족도 조사' }));
    await residentScreen(r, 'survey form');
  });

  await r.step('survey-answer', async () => {
    for (const [legend, label] of [
      ['신속', '4 만족'],
      ['친절', '5 매우 만족'],
      ['공정', '4 만족'],
      ['편이', '3 보통'],
    ]) {
      const group = rp.getByRole('group', { name: new RegExp(`^${legend}:`) });
      await group.locator('label', { hasText: label }).click();
      expect(await group.getByLabel(label).isChecked()).toBe(true);
    }
    await rp.getByLabel('하고 싶은 말씀 (선택)').fill('빨리 고쳐 주셔서 고맙습니다.');
    await rp.getByRole('button', { name: '응답 제출' }).click();
    await expectVisible(rp.getByRole('heading', { name: '응답해 주셔서 감사합니다' }));
    await residentScreen(r, 'survey thanks');
  });

  await r.step('survey-link-used-again', async () => {
    const again = await rp.goto(surveyLink, { waitUntil: 'load' });
    expect(again?.status()).toBe(409);
    await expectVisible(rp.getByRole('heading', { name: '이미 응답하신 조사입니다' }));
    expect(await rp.getByRole('button', { name: '응답 제출' }).count()).toBe(0);
    await residentScreen(r, 'survey used');
  });

  await r.step('own-case-status', async () => {
    // 나의 민원보기 finds a registered customer's case by its receipt number and the phone's last four digits.
    await rp.goto(`${server.url}/r/${TENANT}/status`, { waitUntil: 'load' });
    await rp.getByLabel('접수번호').fill(receiptNo);
    await rp.getByLabel('휴대전화 번호 뒷자리 4자리').fill(PHONE_NUMBER.slice(-4));
    await rp.getByRole('button', { name: '조회' }).click();
    await expectVisible(rp.getByRole('heading', { level: 2, name: `접수번호 ${receiptNo}` }));
    await expectVisible(rp.getByText('만족도조사', { exact: true }));
    await residentScreen(r, 'own case');
  });

  await s.step('close', async () => {
    await page.reload();
    await expectVisible(page.getByRole('heading', { level: 1, name: title }));
    await take('종결');
    await expectVisible(timeline.getByText('CLOSE → CLOSED'));
    await status('종결');
    await expectVisible(panel.getByText('지금 할 수 있는 처리가 없습니다.'));
    expect(await settledAxe(page)).toEqual([]);
  });

  const {
    rows: [stored],
  } = await owner.query(
    `SELECT v.status, v.answer, r.speed, r.kindness, r.fairness, r.convenience, r.comment
       FROM voc_items v JOIN voc_survey_responses r ON r.voc_id = v.id
      WHERE v.tenant_id = $1 AND v.receipt_no = $2`,
    [TENANT, receiptNo],
  );
  expect(stored).toEqual({
    status: 'CLOSED',
    answer: ANSWER,
    speed: 4,
    kindness: 5,
    fairness: 4,
    convenience: 3,
    comment: '빨리 고쳐 주셔서 고맙습니다.',
  });
  // Each notice reached the gateway once: none lost, none sent twice.
  expect(receivers.duplicates).toEqual({ mail: [], sms: [] });
});
