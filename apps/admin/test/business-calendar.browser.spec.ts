/**
 * The business calendar screen in Chromium (경상남도, a tenant no other spec writes holidays to) at 1440 px and
 * 390 px: tenant-admin sees the year's public holidays with their source, adds a temporary holiday, the deadline
 * calculator moves by it, and removes it again. An agent uses the calculator but has no add or remove controls.
 * axe finds no WCAG A/AA violation.
 */
import { Client } from 'pg';
import { DESKTOP, expectVisible, loginFresh, browserPerTest, PHONE } from './support/browser';
import { contentOverflow, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const GYEONGNAM = /경상남도/;
let owner: Client;
const browser = browserPerTest();

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
});

afterAll(async () => {
  await owner.query(`DELETE FROM business_holidays WHERE tenant_id = 'gyeongnam'`);
  await owner.end();
});

it('lets tenant-admin list holidays, add and remove a temporary one, and calculate deadlines', async () => {
  const s = await browser.open(DESKTOP);
  const { page } = s;
  await s.step('login', () => loginFresh(page, GYEONGNAM, 'admin'));

  const table = page.getByTestId('holiday-table');
  await s.step('holidays', async () => {
    await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '업무 달력' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: '업무 달력' }));
    await page.getByLabel('연도').fill('2027');
    await page.getByLabel('연도').press('Enter');
    await expectVisible(page.getByRole('heading', { name: /2027년 휴일/ }));
    await expectVisible(table.getByRole('row', { name: /2027-09-15.*추석.*공휴일/ }));
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });

  const result = page.getByTestId('deadline-result');
  await s.step('calculate', async () => {
    await page.getByLabel('접수 일시').fill('2027-11-22T10:00');
    await page.getByLabel('처리 기간 (일)').fill('6');
    await page.getByRole('button', { name: '계산' }).click();
    await expectVisible(result.getByText(/2027년 11월 29일.*오후 6:00/));
    await expectVisible(result.getByText('근무일로 셈 (6일 이상, 첫날 포함)'));
  });

  await s.step('add-temporary', async () => {
    await page.getByLabel('날짜', { exact: true }).fill('2027-11-24');
    await page.getByLabel('휴일 이름').fill('임시공휴일(시험)');
    await page.getByRole('radio', { name: '임시공휴일' }).check();
    await page.getByRole('button', { name: '휴일 추가' }).click();
    await expectVisible(page.getByText('2027-11-24 휴일을 추가했습니다.'));
    await expectVisible(table.getByRole('row', { name: /2027-11-24.*임시공휴일\(시험\).*임시공휴일/ }));
    const { rows } = await owner.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, kind FROM business_holidays WHERE tenant_id = 'gyeongnam'`,
    );
    expect(rows).toEqual([{ day: '2027-11-24', kind: 'TEMPORARY' }]);
    await page.getByRole('button', { name: '계산' }).click();
    await expectVisible(result.getByText(/2027년 11월 30일.*오후 6:00/));
    expect(await settledAxe(page)).toEqual([]);
  });

  await s.step('remove', async () => {
    await page.getByRole('button', { name: '2027-11-24 휴일 삭제' }).click();
    await expectVisible(page.getByText('2027-11-24 휴일을 지웠습니다.'));
    await table.getByRole('row', { name: /2027-11-24/ }).waitFor({ state: 'detached' });
    const { rows } = await owner.query(`SELECT 1 FROM business_holidays WHERE tenant_id = 'gyeongnam'`);
    expect(rows).toEqual([]);
  });

  await s.step('phone', async () => {
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await expectVisible(page.getByRole('heading', { level: 1, name: '업무 달력' }));
    expect(await contentOverflow(page)).toEqual([]);
    expect(await settledAxe(page)).toEqual([]);
  });
  expect(s.errors).toEqual([]);
});

it('gives an agent the calculator but no holiday controls', async () => {
  const s = await browser.open(DESKTOP);
  const { page } = s;
  await s.step('login', () => loginFresh(page, GYEONGNAM, 'agent'));
  await s.step('screen', async () => {
    await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '업무 달력' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: '업무 달력' }));
    await expectVisible(page.getByRole('button', { name: '계산' }));
    expect(await page.getByRole('button', { name: '휴일 추가' }).count()).toBe(0);
    expect(await contentOverflow(page)).toEqual([]);
    expect(await settledAxe(page)).toEqual([]);
  });
  expect(s.errors).toEqual([]);
});
