/**
 * 알림 템플릿 in Chromium (Gyeongbuk, a tenant no other spec touches) at 1440 px and 390 px: tenant-admin
 * edits an SMS text and watches its EUC-KR byte count switch from SMS to LMS, is told why an emoji cannot be
 * sent, saves (the database has the text), and sets the sender number. An officer has no such screen.
 * axe finds no WCAG A/AA violation.
 */
import { Client } from 'pg';
import { DESKTOP, expectVisible, loginFresh, browserPerTest, PHONE } from './support/browser';
import { contentOverflow, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const GYEONGBUK = /경상북도/;
let owner: Client;
const browser = browserPerTest();

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
});
afterAll(() => owner.end());

it('lets tenant-admin edit a text message with a live byte count, refuses emoji, saves and sets the sender', async () => {
  const s = await browser.open(DESKTOP);
  const { page } = s;
  await s.step('login', () => loginFresh(page, GYEONGBUK, 'admin'));

  const table = page.getByTestId('notification-templates');
  await s.step('list', async () => {
    await page
      .getByRole('navigation', { name: '주 메뉴' })
      .getByRole('link', { name: '알림 템플릿' })
      .click();
    await expectVisible(page.getByRole('heading', { level: 1, name: '알림 템플릿' }));
    await expectVisible(table.getByText('voc.answered').first());
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });

  const dialog = page.getByRole('dialog', { name: '처리 결과 (문자) 편집' });
  const body = dialog.getByLabel('본문');
  const bytes = dialog.getByTestId('template-bytes');
  await s.step('live-byte-count', async () => {
    await page.getByRole('button', { name: '처리 결과 (문자) 편집' }).click();
    await expectVisible(dialog);
    await body.fill('[{{tenantName}}] {{receiptNumber}} 처리완료');
    // [경상북도] BUSAN-2026-000123 처리완료 = 1 + 8 + 1 + 1 + 17 + 1 + 8 bytes
    await expectVisible(bytes.getByText('37바이트 · SMS'));
    await body.fill(`[{{tenantName}}] {{receiptNumber}} ${'처리결과를 알려 드립니다. '.repeat(4)}`);
    await expectVisible(bytes.getByText(/바이트 · LMS/));
    expect(await settledAxe(page)).toEqual([]);
  });

  await s.step('emoji-refused', async () => {
    await body.fill('{{receiptNumber}} 처리완료 😀');
    await expectVisible(dialog.getByRole('alert').getByText(/문자로 보낼 수 없는 글자가 있습니다/));
    expect(await dialog.getByRole('button', { name: /저장/ }).isDisabled()).toBe(true);
  });

  await s.step('save', async () => {
    await body.fill('[{{tenantName}}] {{receiptNumber}} 처리결과: {{result}}');
    await expectVisible(bytes.getByText(/바이트 · (SMS|LMS)/));
    await dialog.getByRole('button', { name: /저장/ }).click();
    await expectVisible(page.getByText('처리 결과 (문자) 문구를 저장했습니다.'));
    const { rows } = await owner.query(
      `SELECT body FROM notification_templates WHERE tenant_id = 'gyeongbuk' AND template_key = 'voc.answered' AND channel = 'SMS'`,
    );
    expect(rows).toEqual([{ body: '[{{tenantName}}] {{receiptNumber}} 처리결과: {{result}}' }]);
    await expectVisible(table.getByText('시·도 문구'));
  });

  await s.step('sender', async () => {
    const sender = page.getByLabel('문자 발신번호');
    await sender.fill('054-880');
    await expectVisible(page.locator('#sms-sender-help.pcrm-field-error'));
    await sender.fill('0548802114');
    await page.getByRole('button', { name: '저장', exact: true }).click();
    await expectVisible(page.getByText('발신 설정을 저장했습니다.'));
    const { rows } = await owner.query(
      `SELECT sms_sender FROM notification_settings WHERE tenant_id = 'gyeongbuk'`,
    );
    expect(rows).toEqual([{ sms_sender: '0548802114' }]);
  });

  await s.step('phone', async () => {
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await expectVisible(page.getByRole('heading', { level: 1, name: '알림 템플릿' }));
    expect(await contentOverflow(page)).toEqual([]);
    expect(await settledAxe(page)).toEqual([]);
    await page.getByRole('button', { name: '처리 결과 (문자) 편집' }).click();
    await expectVisible(bytes);
    expect(await contentOverflow(page)).toEqual([]);
    expect(await settledAxe(page)).toEqual([]);
  });
  expect(s.errors).toEqual([]);
});

it('gives an officer no template screen', async () => {
  const session = await browser.open(DESKTOP);
  const { page } = session;
  await loginFresh(page, GYEONGBUK, 'officer');
  const nav = page.getByRole('navigation', { name: '주 메뉴' });
  await expectVisible(nav.getByRole('link', { name: '고객', exact: true }));
  expect(await nav.getByRole('link', { name: '알림 템플릿' }).count()).toBe(0);
});
