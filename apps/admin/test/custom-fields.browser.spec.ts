/**
 * Custom fields in Chromium (Jeonbuk, a tenant no other browser spec writes customers in) at 1440 px and 390 px:
 * the tenant administrator opens 맞춤 설정 → 사용자 정의 항목, adds a single-choice field (two options) and a
 * phone field for customers in the designer, and at once finds both on the customer registration form, drawn
 * from the definitions alone. A malformed phone in the new field comes back as the server's Korean message on
 * that very input and creates nothing; corrected, the customer is saved, the values show on the detail page and
 * are in the database; an edit changes one of them. The change history lists the additions. axe finds no WCAG
 * A/AA violation on the designer, its dialog and the forms; nothing sticks out at 390 px.
 */
import { randomInt } from 'node:crypto';
import { Client } from 'pg';
import {
  axeViolations,
  baseUrl,
  chooseLanguage,
  DESKTOP,
  expectVisible,
  loginFresh,
  browserPerTest,
  PHONE,
  waitForAppUrl,
} from './support/browser';
import { clickUntil, contentOverflow, pickOption, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const JEONBUK = /전북특별자치도/;
const ENTITY = 'crm-core.customers';
/** Keys and labels this run alone uses (a retried test makes new ones: keys are never reused). */
const tag = () => `${Date.now().toString(36)}${randomInt(1000)}`;
let owner: Client;
const browser = browserPerTest();

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
});
afterAll(async () => {
  await owner.end();
});

it('lets a tenant admin add fields in the designer and fill them on the customer form (server errors on the input)', async () => {
  const s = await browser.open(DESKTOP);
  const { page } = s;
  const run = tag();
  const choiceKey = `visit_${run}`;
  const phoneKey = `guardian_${run}`;
  const choiceLabel = `방문 목적 ${run}`;
  const phoneLabel = `보호자 연락처 ${run}`;
  const customerName = `맞춤항목${run}`;

  await s.step('login-and-open-designer', async () => {
    await loginFresh(page, JEONBUK, 'admin');
    const nav = page.getByRole('navigation', { name: '주 메뉴' });
    await nav.getByRole('menuitem', { name: '맞춤 설정' }).click();
    await nav.getByRole('link', { name: '사용자 정의 항목' }).click();
    await waitForAppUrl(page, (url) => url.pathname === '/app/customization/fields');
    await expectVisible(page.getByRole('heading', { level: 1, name: '사용자 정의 항목' }));
    await expectVisible(page.getByRole('heading', { level: 2, name: '변경 이력' }));
    expect(await settledAxe(page)).toEqual([]);
  });

  const dialog = page.getByRole('dialog', { name: '항목 추가' });
  const table = page.getByTestId('custom-fields-table');
  await s.step('add-choice-field', async () => {
    await clickUntil(
      page.getByRole('button', { name: '항목 추가' }),
      dialog.getByLabel('키', { exact: true }),
    );
    await dialog.getByLabel('키', { exact: true }).fill(choiceKey);
    await dialog.getByLabel('이름 (한국어)', { exact: true }).fill(choiceLabel);
    await dialog.getByLabel('이름 (영어)', { exact: true }).fill(`Visit purpose ${run}`);
    await pickOption(page, dialog.getByRole('combobox', { name: '유형' }), '하나 선택');
    // A choice field without options is refused before the round trip.
    await dialog.getByRole('button', { name: '저장' }).click();
    await expectVisible(dialog.getByText('선택형 항목에는 선택지가 하나 이상 있어야 합니다.'));
    for (const [i, [value, ko, en]] of [
      ['complaint', '민원', 'Petition'],
      ['consult', '상담', 'Consultation'],
    ].entries()) {
      await dialog.getByRole('button', { name: '선택지 추가' }).click();
      await dialog.getByLabel(`${i + 1}번 선택지 값`).fill(value);
      await dialog.getByLabel(`${i + 1}번 선택지 이름 (한국어)`).fill(ko);
      await dialog.getByLabel(`${i + 1}번 선택지 이름 (영어)`).fill(en);
    }
    await dialog.getByLabel('그룹').fill('방문 정보');
    expect(await axeViolations(page, '.ant-modal')).toEqual([]);
    await clickUntil(dialog.getByRole('button', { name: '저장' }), dialog, 'hidden');
    await expectVisible(table.getByText(choiceLabel));
  });

  await s.step('add-phone-field', async () => {
    await clickUntil(
      page.getByRole('button', { name: '항목 추가' }),
      dialog.getByLabel('키', { exact: true }),
    );
    await dialog.getByLabel('키', { exact: true }).fill(phoneKey);
    await dialog.getByLabel('이름 (한국어)', { exact: true }).fill(phoneLabel);
    await dialog.getByLabel('이름 (영어)', { exact: true }).fill(`Guardian phone ${run}`);
    await pickOption(page, dialog.getByRole('combobox', { name: '유형' }), '전화번호');
    await dialog.getByLabel('그룹').fill('방문 정보');
    await clickUntil(dialog.getByRole('button', { name: '저장' }), dialog, 'hidden');
    await expectVisible(table.getByText(phoneLabel));
    // Both additions are in the change history, by the administrator.
    const history = page.getByTestId('custom-field-history');
    await expectVisible(history.getByText(choiceLabel));
    await expectVisible(history.getByText(phoneLabel));
    expect(await settledAxe(page)).toEqual([]);
  });

  await s.step('customer-form-shows-the-fields', async () => {
    await page.goto(`${baseUrl()}/app/customers/new`);
    await expectVisible(page.getByRole('heading', { level: 1, name: '고객 등록' }));
    const section = page.getByTestId('custom-fields-section');
    await expectVisible(section.getByText('방문 정보'));
    await page.getByLabel('이름', { exact: true }).fill(customerName);
    await page.getByLabel('1번 전화번호').fill(`010-7${randomInt(100, 999)}-${randomInt(1000, 9999)}`);
    await pickOption(page, section.getByRole('combobox', { name: choiceLabel }), '상담');
    await section.getByLabel(phoneLabel).fill('010-12');
    await page.getByRole('button', { name: '등록', exact: true }).click();
    // The API refuses the number; its Korean message stands under the custom field's own input.
    const item = section.locator('.ant-form-item', { has: page.getByLabel(phoneLabel) });
    const error = item.locator('.ant-form-item-explain-error');
    await expectVisible(error);
    expect(await error.textContent()).toMatch(/[가-힣]/);
    expect(new URL(page.url()).pathname).toBe('/app/customers/new');
    const none = await owner.query(`SELECT 1 FROM customers WHERE tenant_id = 'jeonbuk' AND name = $1`, [
      customerName,
    ]);
    expect(none.rowCount).toBe(0);
    expect(await settledAxe(page)).toEqual([]);
    await section.getByLabel(phoneLabel).fill('010-2345-6789');
    await page.getByRole('button', { name: '등록', exact: true }).click();
    await waitForAppUrl(page, (url) => /^\/app\/customers\/[0-9a-f-]{36}$/.test(url.pathname));
    await expectVisible(page.getByTestId(`custom-field-${choiceKey}`).getByText('상담', { exact: true }));
    await expectVisible(page.getByTestId(`custom-field-${phoneKey}`).getByText('010-2345-6789'));
    const saved = await owner.query<{ custom_fields: Record<string, unknown> }>(
      `SELECT custom_fields FROM customers WHERE tenant_id = 'jeonbuk' AND name = $1`,
      [customerName],
    );
    expect(saved.rows).toHaveLength(1);
    expect(saved.rows[0].custom_fields).toMatchObject({
      [choiceKey]: 'consult',
      [phoneKey]: '010-2345-6789',
    });
    expect(await settledAxe(page)).toEqual([]);
  });

  await s.step('edit-a-value', async () => {
    await page.getByRole('button', { name: '수정' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: `${customerName} 수정` }));
    const section = page.getByTestId('custom-fields-section');
    await pickOption(page, section.getByRole('combobox', { name: choiceLabel }), '민원');
    await page.getByRole('button', { name: '저장', exact: true }).click();
    await waitForAppUrl(page, (url) => !url.pathname.endsWith('/edit'));
    await expectVisible(page.getByTestId(`custom-field-${choiceKey}`).getByText('민원', { exact: true }));
    const saved = await owner.query<{ custom_fields: Record<string, unknown> }>(
      `SELECT custom_fields FROM customers WHERE tenant_id = 'jeonbuk' AND name = $1`,
      [customerName],
    );
    expect(saved.rows[0].custom_fields).toMatchObject({
      [choiceKey]: 'complaint',
      [phoneKey]: '010-2345-6789',
    });
  });

  await s.step('english', async () => {
    await chooseLanguage(page, 'English');
    await expectVisible(page.getByTestId(`custom-field-${choiceKey}`).getByText('Petition', { exact: true }));
    await chooseLanguage(page, '한국어');
  });

  await s.step('phone-width', async () => {
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await page.getByRole('button', { name: '수정' }).click();
    await expectVisible(page.getByTestId('custom-fields-section'));
    expect(await contentOverflow(page)).toEqual([]);
    expect(await settledAxe(page)).toEqual([]);
    await page.goto(`${baseUrl()}/app/customization/fields?entity=${ENTITY}`);
    await expectVisible(page.getByTestId('custom-fields-table').getByText(choiceLabel));
    expect(await contentOverflow(page)).toEqual([]);
    expect(await settledAxe(page)).toEqual([]);
  });
  expect(s.errors).toEqual([]);
});

it('shows an agent the designer read-only (no add, no edit), on a phone', async () => {
  const s = await browser.open(PHONE);
  const { page } = s;
  await s.step('designer-read-only', async () => {
    await loginFresh(page, JEONBUK, 'agent');
    await page.goto(`${baseUrl()}/app/customization/fields`);
    await expectVisible(page.getByRole('heading', { level: 1, name: '사용자 정의 항목' }));
    await expectVisible(page.getByText('조회만 할 수 있습니다.', { exact: false }));
    expect(await page.getByRole('button', { name: '항목 추가' }).count()).toBe(0);
    expect(await contentOverflow(page)).toEqual([]);
    expect(await settledAxe(page)).toEqual([]);
  });
  expect(s.errors).toEqual([]);
});
