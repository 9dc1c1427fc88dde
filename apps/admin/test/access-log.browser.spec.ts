/**
 * The access-log page in real Chromium at a phone's width (390 px): tenant-admin finds the reads that
 * were just made, filters them, and the page has no axe violations; an agent neither sees the entry nor
 * may open the page.
 */
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { userToken } from '../../api/test/support/api';
import { axeViolations, logIn, openBrowser, type Browser } from './support/browser';

jest.setTimeout(120_000);

const REALM = 'jeju';
const REALM_KO = '제주특별자치도';
let baseUrl: string;
let browser: Browser;
const purpose = `브라우저 시험 ${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  baseUrl = process.env.PCRM_BASE_URL!.replace(/\/+$/, '');
  const token = await userToken(REALM, 'manager');
  await request(baseUrl)
    .post('/graphql')
    .set('authorization', `Bearer ${token}`)
    .set('x-pcrm-purpose', encodeURIComponent(purpose))
    .send({ query: '{ staff(first: 3) { edges { node { phone email } } } }' })
    .expect(200);
  browser = await openBrowser({ width: 390, height: 844 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

it('shows tenant-admin the reads, filters them by user, and has no axe violations at 390 px', async () => {
  const { page } = browser;
  await logIn(page, baseUrl, REALM_KO, 'admin');
  await page.goto(`${baseUrl}/app/access-log`);
  await page.getByRole('heading', { level: 1, name: '개인정보 열람 기록' }).waitFor();
  await page.getByRole('cell', { name: purpose }).first().waitFor();
  expect(await page.getByRole('cell', { name: purpose }).count()).toBe(3);

  await page.getByLabel('사용자 아이디').fill('nobody-here');
  await page.getByRole('button', { name: /검색/ }).click();
  await page.waitForURL((url) => url.searchParams.get('actor') === 'nobody-here');
  await page.getByText('조건에 맞는 열람 기록이 없습니다.').waitFor();

  await page.getByLabel('사용자 아이디').fill('manager');
  await page.getByRole('button', { name: /검색/ }).click();
  await page.getByRole('cell', { name: purpose }).first().waitFor();

  // The page's own content fits a 390 px phone (tables scroll inside their card).
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth && !e.closest('.ant-table'))
      .map((e) => `${e.tagName}.${e.className}`),
  );
  expect(overflowing).toEqual([]);
  // The page itself; the app shell's header is the layout's own concern.
  expect(await axeViolations(page, '#main')).toEqual([]);
  expect(browser.errors).toEqual([]);
});

it('hides the page from an agent, whom the API would refuse', async () => {
  await browser.close(); // a fresh profile: no identity-provider session of the admin
  browser = await openBrowser({ width: 390, height: 844 });
  const { page } = browser;
  await logIn(page, baseUrl, REALM_KO, 'agent');
  await page.goto(`${baseUrl}/app/access-log`);
  await page.getByText('접근 권한이 없습니다').first().waitFor();
  expect(await page.getByRole('link', { name: '개인정보 열람 기록' }).count()).toBe(0);
});
