/**
 * Custom fields on the department, staff and petition pages in Chromium (gyeongnam: no other browser spec
 * writes its departments, staff values or petition fields) at 1440 px and 390 px. The tenant's fields are
 * defined through the API; the pages draw them from the definitions alone (the customer form's
 * `CustomFieldsSection`): the administrator creates a department with a value and changes it on its detail
 * page, sets a staff member's value in the staff drawer, and an agent files a petition with a value and
 * changes it on the case page.
 * Korean first, English switch, axe-clean, nothing sticks out at 390 px.
 */
import { randomInt } from 'node:crypto';
import { Client } from 'pg';
import { gql, userToken } from '../../api/test/support/api';
import {
  baseUrl,
  chooseLanguage,
  DESKTOP,
  expectVisible,
  loginFresh,
  browserPerTest,
  PHONE,
} from './support/browser';
import { clickUntil, contentOverflow, pickOption, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const TENANT = 'gyeongnam';
const GYEONGNAM = /경상남도/;
const run = `${Date.now().toString(36)}${randomInt(1000)}`;
const keys = { department: `hotline_${run}`, staff: `desk_${run}`, petition: `sites_${run}` };
const labels = {
  department: `비상 연락 순번 ${run}`,
  staff: `근무 형태 ${run}`,
  petition: `현장 확인 횟수 ${run}`,
};
const DEFINE = `mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { key } }`;

let owner: Client;
const browser = browserPerTest();

const stored = async (table: string, where: string, value: string) =>
  (
    await owner.query(`SELECT custom_fields FROM ${table} WHERE tenant_id = $1 AND ${where} = $2`, [
      TENANT,
      value,
    ])
  ).rows;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  const admin = await userToken(TENANT, 'admin');
  for (const input of [
    {
      entity: 'crm-core.department',
      key: keys.department,
      labelKo: labels.department,
      labelEn: `Emergency rota ${run}`,
      type: 'INTEGER',
      rules: { minimum: 1, maximum: 9 },
    },
    {
      entity: 'crm-core.staff',
      key: keys.staff,
      labelKo: labels.staff,
      labelEn: `Work pattern ${run}`,
      type: 'SELECT',
      options: [
        { value: 'office', labelKo: '사무실', labelEn: 'Office' },
        { value: 'field', labelKo: '현장', labelEn: 'Field' },
      ],
    },
    // Optional: other specs file staff intakes in gyeongnam.
    {
      entity: 'crm-core.petition',
      key: keys.petition,
      labelKo: labels.petition,
      labelEn: `Site visits ${run}`,
      type: 'INTEGER',
      rules: { minimum: 0, maximum: 20 },
    },
  ]) {
    const res = await gql(admin, DEFINE, { i: input });
    expect(res.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await owner.end();
});

it('lets the administrator fill department and staff fields on their pages', async () => {
  const s = await browser.open(DESKTOP);
  const { page } = s;
  const deptName = `맞춤부서${run}`;

  await s.step('create-department-with-a-value', async () => {
    await loginFresh(page, GYEONGNAM, 'admin');
    await page.goto(`${baseUrl()}/app/departments`);
    await page.getByRole('button', { name: '부서 추가' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('부서명').fill(deptName);
    await dialog.getByLabel('부서코드').fill(`CF-${run}`);
    const section = dialog.getByTestId('custom-fields-section');
    expect(await settledAxe(page)).toEqual([]);
    await section.getByLabel(labels.department).fill('3');
    await dialog
      .getByRole('button', { name: /추\s*가/ })
      .last()
      .click();
    await dialog.waitFor({ state: 'hidden' });
    await expectVisible(page.getByRole('heading', { level: 2, name: deptName }));
    await expectVisible(page.getByTestId(`custom-field-${keys.department}`).getByText('3', { exact: true }));
    expect(await stored('departments', 'name', deptName)).toEqual([
      { custom_fields: { [keys.department]: 3 } },
    ]);
  });

  await s.step('change-it-on-the-detail-page', async () => {
    await page.getByTestId('custom-fields-edit').click();
    const dialog = page.getByRole('dialog', { name: `${deptName} · 추가 항목 수정` });
    await expectVisible(dialog.getByLabel(labels.department));
    await dialog.getByLabel(labels.department).fill('5');
    expect(await settledAxe(page)).toEqual([]);
    await clickUntil(dialog.getByRole('button', { name: /저\s*장/ }), dialog, 'hidden');
    await expectVisible(page.getByTestId(`custom-field-${keys.department}`).getByText('5', { exact: true }));
    expect(await stored('departments', 'name', deptName)).toEqual([
      { custom_fields: { [keys.department]: 5 } },
    ]);
    expect(await settledAxe(page)).toEqual([]);
  });

  await s.step('staff-drawer', async () => {
    const [officer] = (
      await owner.query(`SELECT name FROM staff WHERE tenant_id = $1 AND username = 'officer'`, [TENANT])
    ).rows;
    await page.goto(`${baseUrl()}/app/staff?q=${encodeURIComponent(officer.name)}`);
    await page.getByRole('button', { name: officer.name }).first().click();
    const drawer = page.getByRole('dialog', { name: officer.name });
    await expectVisible(drawer.getByTestId(`custom-field-${keys.staff}`));
    await drawer.getByTestId('custom-fields-edit').click();
    const dialog = page.getByRole('dialog', { name: `${officer.name} · 추가 항목 수정` });
    await pickOption(page, dialog.getByRole('combobox', { name: labels.staff }), '현장');
    await clickUntil(dialog.getByRole('button', { name: /저\s*장/ }), dialog, 'hidden');
    await expectVisible(drawer.getByTestId(`custom-field-${keys.staff}`).getByText('현장', { exact: true }));
    expect(await stored('staff', 'username', 'officer')).toEqual([
      { custom_fields: expect.objectContaining({ [keys.staff]: 'field' }) },
    ]);
    expect(await settledAxe(page)).toEqual([]);
    // The language switch is in the header, behind the drawer's mask.
    await clickUntil(drawer.getByRole('button', { name: '닫기' }), drawer, 'hidden');
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: officer.name }).first().click();
    await expectVisible(drawer.getByTestId(`custom-field-${keys.staff}`).getByText('Field', { exact: true }));
    await expectVisible(drawer.getByText(`Work pattern ${run}`));
    await clickUntil(drawer.getByRole('button', { name: 'Close' }), drawer, 'hidden');
    await chooseLanguage(page, '한국어');
  });
  expect(s.errors).toEqual([]);
});

it('lets an agent file a petition with a field value and change it on the case page, on a phone', async () => {
  const s = await browser.open(PHONE);
  const { page } = s;
  const title = `맞춤 항목 민원 ${run}`;

  await s.step('intake', async () => {
    await loginFresh(page, GYEONGNAM, 'agent');
    await page.goto(`${baseUrl()}/app/petitions/new`);
    await expectVisible(page.getByRole('heading', { level: 1, name: '민원 접수' }));
    await pickOption(page, page.getByRole('combobox', { name: '분류' }), '교통');
    await page.getByLabel('제목').fill(title);
    await page.getByLabel('내용').fill('창원시 상남동 버스 정류장 안내판이 꺼져 있습니다.');
    await page.getByLabel('이름').fill('경남민');
    await page.getByLabel('전화번호').fill('010-4444-5555');
    const section = page.getByTestId('custom-fields-section');
    await section.getByLabel(labels.petition).fill('2');
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
    await page.getByRole('button', { name: '접수' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: title }));
    await expectVisible(page.getByTestId(`custom-field-${keys.petition}`).getByText('2', { exact: true }));
    expect(await stored('voc_items', 'title', title)).toEqual([{ custom_fields: { [keys.petition]: 2 } }]);
  });

  await s.step('case-page', async () => {
    await page.getByTestId('custom-fields-edit').click();
    const dialog = page.getByRole('dialog', { name: /추가 항목 수정/ });
    await dialog.getByLabel(labels.petition).fill('4');
    await clickUntil(dialog.getByRole('button', { name: /저\s*장/ }), dialog, 'hidden');
    await expectVisible(page.getByTestId(`custom-field-${keys.petition}`).getByText('4', { exact: true }));
    expect(await stored('voc_items', 'title', title)).toEqual([{ custom_fields: { [keys.petition]: 4 } }]);
    expect(await contentOverflow(page)).toEqual([]);
    expect(await settledAxe(page)).toEqual([]);
    await chooseLanguage(page, 'English');
    await expectVisible(page.getByText(`Site visits ${run}`));
    await chooseLanguage(page, '한국어');
  });
  expect(s.errors).toEqual([]);
});
