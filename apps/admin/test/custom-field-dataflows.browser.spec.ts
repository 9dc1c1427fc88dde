/**
 * Custom fields in the customer list and the import wizard, in Chromium (Gyeongbuk: no other browser spec
 * writes its customers or custom fields) at 1440 px and 390 px. The tenant administrator orders this run's
 * customers by a number field, descending, and sees the values in their own column in that order (the order
 * stays in the address). axe finds no WCAG A/AA violation; nothing sticks out at 390 px.
 */
import { randomBytes } from 'node:crypto';
import { gql, userToken } from '../../api/test/support/api';
import {
  baseUrl,
  DESKTOP,
  expectVisible,
  loginFresh,
  browserPerTest,
  PHONE,
  waitForAppUrl,
} from './support/browser';
import { contentOverflow, pickOption, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const GYEONGBUK = /경상북도/;
const run = randomBytes(3).toString('hex');
const key = `score_${run}`;
const label = `점수 ${run}`;
const tag = `정렬${run}`;
const browser = browserPerTest();

beforeAll(async () => {
  const token = await userToken('gyeongbuk', 'admin');
  const defined = await gql(
    token,
    `mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { key } }`,
    { i: { entity: 'crm-core.customers', key, labelKo: label, labelEn: `Score ${run}`, type: 'DECIMAL' } },
  );
  expect(defined.errors).toBeUndefined();
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
