/**
 * The retention screen in Chromium (Jeju, a tenant no other browser spec touches) at 1440 px and 390 px:
 * tenant-admin sets the retention period, finds a customer with no contact for longer listed for deletion,
 * anonymizes it only after giving a reason, and the database keeps the row, anonymized, for statistics.
 * An agent has no such screen. axe finds no WCAG A/AA violation.
 */
import { Client } from 'pg';
import { insertCustomers } from '../../api/test/support/owner-customers';
import { DESKTOP, expectVisible, loginFresh, browserPerTest, PHONE } from './support/browser';
import { clickUntil, contentOverflow, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const JEJU = /제주특별자치도/;
const name = '탐라객';
let customerId: string;
let customerNo: string;
let owner: Client;
const browser = browserPerTest();

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [customerId] = await insertCustomers(owner, 'jeju', [{ name, sigungu: '서귀포시' }]);
  // Registered twelve years ago and never contacted since: past any retention period the spec sets.
  const { rows } = await owner.query<{ customer_no: string }>(
    `UPDATE customers SET created_at = now() - interval '12 years', last_contact_at = NULL
      WHERE tenant_id = 'jeju' AND id = $1 RETURNING customer_no::text`,
    [customerId],
  );
  customerNo = rows[0].customer_no;
});

afterAll(() => owner.end());

it('lets tenant-admin set the retention period and anonymize a customer past it, with a reason', async () => {
  const s = await browser.open(DESKTOP);
  const { page } = s;
  // A retried test starts from the standard period again.
  await owner.query(`UPDATE customer_settings SET retention_years = 5 WHERE tenant_id = 'jeju'`);
  await s.step('login', () => loginFresh(page, JEJU, 'admin'));

  await s.step('settings', async () => {
    await page
      .getByRole('navigation', { name: '주 메뉴' })
      .getByRole('link', { name: '개인정보 보관기간' })
      .click();
    await expectVisible(page.getByRole('heading', { level: 1, name: '개인정보 보관기간' }));
    const years = page.getByLabel('마지막 접촉 뒤 보관 기간');
    // Typing before the saved period has loaded would be overwritten by it (and leave 저장 disabled).
    for (
      const until = Date.now() + 15_000;
      (await years.inputValue()) !== '5';
      await page.waitForTimeout(100)
    )
      if (Date.now() > until) throw new Error('the saved retention period never showed');
    await years.fill('10');
    await page.getByRole('button', { name: '저장' }).click();
    await expectVisible(page.getByText('보관 기간을 10년으로 정했습니다.'));
    const { rows } = await owner.query(
      `SELECT retention_years FROM customer_settings WHERE tenant_id = 'jeju'`,
    );
    expect(rows).toEqual([{ retention_years: 10 }]);
  });

  const table = page.getByTestId('retention-table');
  await s.step('candidates', async () => {
    await expectVisible(table.getByRole('link', { name: '탐*객' }));
    expect(await table.textContent()).not.toContain(name);
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });

  await s.step('anonymize-needs-a-reason', async () => {
    await page.getByRole('checkbox', { name: `고객 ${customerNo} 선택` }).check();
    await page.getByRole('button', { name: '선택한 1명 익명 처리' }).click();
    const dialog = page.getByRole('dialog', { name: '고객 1명을 익명 처리할까요?' });
    await dialog.getByRole('button', { name: '익명 처리' }).click();
    await expectVisible(dialog.getByText('처리 사유를 2자 이상 입력해 주세요.'));
    expect(await settledAxe(page)).toEqual([]);
    const before = await owner.query(`SELECT status FROM customers WHERE tenant_id = 'jeju' AND id = $1`, [
      customerId,
    ]);
    expect(before.rows).toEqual([{ status: 'ACTIVE' }]);
    await dialog.getByLabel('처리 사유').fill('보관기간 경과 (개인정보 보호법 제21조)');
    await clickUntil(dialog.getByRole('button', { name: '익명 처리' }), dialog, 'hidden');
    await expectVisible(page.getByText('고객 1명을 익명 처리했습니다.'));
    await table.getByRole('link', { name: '탐*객' }).waitFor({ state: 'detached' });
  });

  await s.step('database-keeps-an-anonymous-row', async () => {
    const { rows } = await owner.query<{ status: string; name: string; sigungu: string }>(
      `SELECT status, name, sigungu FROM customers WHERE tenant_id = 'jeju' AND id = $1`,
      [customerId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe('ANONYMIZED');
    expect(rows[0].name).not.toContain('탐라');
    expect(rows[0].sigungu).toBe('서귀포시');
  });

  await s.step('phone', async () => {
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await expectVisible(page.getByRole('heading', { level: 1, name: '개인정보 보관기간' }));
    expect(await contentOverflow(page)).toEqual([]);
    expect(await settledAxe(page)).toEqual([]);
  });
  expect(s.errors).toEqual([]);
});

it('gives an agent no retention screen', async () => {
  const session = await browser.open(DESKTOP);
  const { page } = session;
  await loginFresh(page, JEJU, 'agent');
  const nav = page.getByRole('navigation', { name: '주 메뉴' });
  await expectVisible(nav.getByRole('link', { name: '고객', exact: true }));
  expect(await nav.getByRole('link', { name: '개인정보 보관기간' }).count()).toBe(0);
});
