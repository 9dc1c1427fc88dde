/**
 * Custom fields in the customer list and the import wizard, in Chromium (Gyeongbuk: no other browser spec
 * writes its customers or custom fields) at 1440 px and 390 px. The tenant administrator orders this run's
 * customers by a number field, descending, and sees the values in their own column in that order (the order
 * stays in the address). The import wizard suggests a custom field for the column headed by its Korean label,
 * takes a column mapped by hand to another, previews the values under the fields they fill, imports them onto
 * the customer, and restores both custom columns from the source's saved mapping for its next file. axe finds
 * no WCAG A/AA violation; nothing sticks out at 390 px.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { gql, userToken } from '../../api/test/support/api';
import {
  baseUrl,
  DESKTOP,
  expectVisible,
  loginFresh,
  browserPerTest,
  PHONE,
  waitForAppUrl,
  type BrowserSession,
  type Viewport,
} from './support/browser';
import { contentOverflow, pickOption, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const GYEONGBUK = /경상북도/;
const run = randomBytes(3).toString('hex');
const key = `score_${run}`;
const label = `점수 ${run}`;
const tag = `정렬${run}`;
const browser = browserPerTest();
/** Import: a choice field the file's header names by its Korean label, a text field its header does not name. */
const grade = { key: `grade_${run}`, label: `등급 ${run}` };
const memo = { key: `memo_${run}`, label: `메모 ${run}` };

const DEFINE = `mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { key } }`;

beforeAll(async () => {
  const token = await userToken('gyeongbuk', 'admin');
  for (const field of [
    { key, labelKo: label, labelEn: `Score ${run}`, type: 'DECIMAL' },
    {
      key: grade.key,
      labelKo: grade.label,
      labelEn: `Grade ${run}`,
      type: 'SELECT',
      options: [
        { value: 'gold', labelKo: '우수', labelEn: 'Gold' },
        { value: 'basic', labelKo: '일반', labelEn: 'Basic' },
      ],
    },
    { key: memo.key, labelKo: memo.label, labelEn: `Memo ${run}`, type: 'TEXT' },
  ]) {
    const defined = await gql(token, DEFINE, { i: { entity: 'crm-core.customers', ...field } });
    expect(defined.errors).toBeUndefined();
  }
  for (const [name, score] of [
    ['가정렬', 1.5],
    ['나정렬', 30],
    ['다정렬', null],
    ['라정렬', 12],
  ] as const) {
    const res = await gql(token, `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }`, {
      i: { name, tags: [tag], customFields: score === null ? {} : { [key]: score } },
    });
    expect(res.errors).toBeUndefined();
  }
});

it('orders the customer list by a custom field and shows its values', async () => {
  const s = await browser.open(DESKTOP);
  const { page } = s;
  const table = page.getByTestId('customers-table');
  const names = async () =>
    (await table.locator('tbody tr.ant-table-row td:first-child a').allTextContents()).map((n) => n.trim());

  await s.step('login-and-list', async () => {
    await loginFresh(page, GYEONGBUK, 'admin');
    await page.goto(`${baseUrl()}/app/customers?tags=${encodeURIComponent(tag)}`);
    await expectVisible(table.getByText('가*'));
  });

  await s.step('sort-descending', async () => {
    // Typed: other spec files define many Gyeongbuk customer fields, and the list draws only those in view.
    await pickOption(page, page.getByRole('combobox', { name: '정렬', exact: true }), label, {
      search: true,
    });
    await pickOption(page, page.getByRole('combobox', { name: '정렬 방향' }), '내림차순');
    await page.getByRole('button', { name: '검색', exact: true }).click();
    await waitForAppUrl(
      page,
      (url) => url.searchParams.get('sort') === key && url.searchParams.get('desc') === '1',
    );
    await expectVisible(table.getByRole('columnheader', { name: label }));
    for (const until = Date.now() + 30_000; Date.now() < until; await page.waitForTimeout(200))
      if ((await names()).join() === '나*렬,라*렬,가*렬,다*렬') break;
    expect(await names()).toEqual(['나*렬', '라*렬', '가*렬', '다*렬']);
    const cells = await table.locator('tbody tr.ant-table-row td:nth-child(2)').allTextContents();
    expect(cells).toEqual(['30', '12', '1.5', '—']);
    expect(await settledAxe(page)).toEqual([]);
  });

  await s.step('reload-keeps-the-order', async () => {
    await page.reload();
    await expectVisible(table.getByRole('columnheader', { name: label }));
    for (const until = Date.now() + 30_000; Date.now() < until; await page.waitForTimeout(200))
      if ((await names()).length === 4) break;
    expect(await names()).toEqual(['나*렬', '라*렬', '가*렬', '다*렬']);
  });

  await s.step('phone-width', async () => {
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await page.goto(`${baseUrl()}/app/customers?tags=${encodeURIComponent(tag)}&sort=${key}`);
    await expectVisible(table.getByRole('columnheader', { name: label }));
    expect(await contentOverflow(page)).toEqual([]);
    expect(await settledAxe(page)).toEqual([]);
  });
  expect(s.errors).toEqual([]);
});

const mobile = () => `010-6${randomInt(100, 1000)}-${randomInt(1000, 10_000)}`;
const csv = (rows: string[][]) =>
  Buffer.from(`\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8');
const HEADER = ['성명', '휴대전화', '태그', grade.label, '비고'];

async function uploadFile(s: BrowserSession, source: string, fileName: string, body: Buffer) {
  await s.page.getByLabel('출처').fill(source);
  await s.page
    .locator('.pcrm-import-drop input[type=file]')
    .setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: body });
  await expectVisible(s.page.getByTestId('import-step-map'));
}

/** The column a custom field's select shows as chosen. */
const customSelect = (s: BrowserSession, field: { key: string }) =>
  s.page
    .getByTestId('import-custom-mapping')
    .locator('.pcrm-form-field')
    .filter({
      has: s.page.locator(`#import-map-custom-${field.key}`),
    });

describe.each([DESKTOP, PHONE])('import wizard with custom fields at $width px', (viewport: Viewport) => {
  it('suggests, previews and imports custom values, then restores the saved custom columns', async () => {
    const s = await browser.open(viewport);
    const { page } = s;
    const source = `맞춤입수-${viewport.name}-${run}`;
    const importTag = `입수${viewport.name}${run}`;
    const name = `가져옴${viewport.name === 'desktop' ? '가' : '나'}${run}`;

    await s.step('login-and-upload', async () => {
      await loginFresh(page, GYEONGBUK, 'admin');
      await page.goto(`${baseUrl()}/app/customer-import`);
      await expectVisible(page.getByRole('heading', { level: 1, name: '입수고객 가져오기' }));
      await uploadFile(
        s,
        source,
        'custom.csv',
        csv([HEADER, [name, mobile(), importTag, '우수', '첫 메모']]),
      );
    });

    await s.step('map', async () => {
      // Suggested by the upload from the header spelled like the field's Korean label.
      await expectVisible(customSelect(s, grade).getByTitle(grade.label));
      // '비고' names no field: mapped by hand.
      expect(await customSelect(s, memo).getByTitle('비고').count()).toBe(0);
      await pickOption(page, page.getByRole('combobox', { name: memo.label, exact: true }), '비고');
      expect(await settledAxe(page)).toEqual([]);
      expect(await contentOverflow(page)).toEqual([]);
    });

    await s.step('preview', async () => {
      await page.getByRole('button', { name: '미리보기' }).click();
      await expectVisible(page.getByTestId('import-step-preview'));
      await expectVisible(page.getByText('오류가 없습니다.', { exact: false }));
      const sample = page.getByTestId('import-mapped-sample');
      await expectVisible(sample.getByRole('columnheader', { name: grade.label }));
      await expectVisible(sample.getByRole('columnheader', { name: memo.label }));
      await expectVisible(sample.getByRole('cell', { name: '우수', exact: true }));
      await expectVisible(sample.getByRole('cell', { name: '첫 메모', exact: true }));
      expect(await settledAxe(page)).toEqual([]);
      expect(await contentOverflow(page)).toEqual([]);
    });

    await s.step('run', async () => {
      await page.getByRole('button', { name: '가져오기 실행' }).click();
      await page.waitForURL((url) => /^\/app\/customer-import\/[0-9a-f-]{36}$/.test(url.pathname));
      const report = page.getByTestId('import-report');
      await report.getByText('완료', { exact: true }).waitFor({ state: 'visible', timeout: 60_000 });
      await expectVisible(report.getByText('1 / 1행 처리'));
    });

    await s.step('customer-has-the-values', async () => {
      await page.goto(`${baseUrl()}/app/customers?tags=${encodeURIComponent(importTag)}`);
      const table = page.getByTestId('customers-table');
      await table.locator('tbody tr.ant-table-row td:first-child a').first().click();
      // The choice was read by its Korean label and is shown by it; the text as written.
      await expectVisible(page.getByTestId(`custom-field-${grade.key}`).getByText('우수', { exact: true }));
      await expectVisible(page.getByTestId(`custom-field-${memo.key}`).getByText('첫 메모', { exact: true }));
      expect(await settledAxe(page)).toEqual([]);
      expect(await contentOverflow(page)).toEqual([]);
    });

    await s.step('next-file-restores-the-custom-columns', async () => {
      await page.goto(`${baseUrl()}/app/customer-import`);
      await uploadFile(s, source, 'next.csv', csv([HEADER, [`${name}2`, mobile(), importTag, '일반', '']]));
      await expectVisible(customSelect(s, grade).getByTitle(grade.label));
      // Only the saved mapping knows this column: no header names the field.
      await expectVisible(customSelect(s, memo).getByTitle('비고'));
      expect(await settledAxe(page)).toEqual([]);
    });
    expect(s.errors).toEqual([]);
  });
});
