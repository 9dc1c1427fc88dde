/**
 * The petition analytics screens in real Chromium at 1440 px and on a 390 px phone: a busan manager reads
 * 처리기간 분석, 반복민원 분석 and 지연·미처리 현황 of the demo cases; the ministry analyst compares the 시·도
 * (chart, ranking, national median, suppressed cells as "—"); no axe violations, nothing sticking out.
 */
import type { Page } from 'playwright-core';
import { baseUrl, DESKTOP, loginFresh, openBrowser, PHONE, type BrowserSession } from './support/browser';
import { contentOverflow, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const BUSAN = /부산광역시/;
const MINISTRY = /중앙부처|행정안전부/;

async function open(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe.each([DESKTOP, PHONE])('petition analytics at $width×$height', (viewport) => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser(viewport);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  }, 30_000);

  it("shows a busan manager the processing times, repeat petitioners and backlog of busan's cases", async () => {
    const { page } = browser;
    await browser.step('login-manager', () => loginFresh(page, BUSAN, 'manager'));
    await browser.step('processing', async () => {
      await open(page, '/app/petition-processing', '처리기간 분석');
      await page.getByText('월별 평균 처리일수').first().waitFor();
      await page.getByRole('columnheader', { name: '단축률' }).waitFor();
      await page.getByRole('cell', { name: '전체', exact: true }).waitFor();
      await page.getByText('처리유형별').click();
      await page.waitForURL((url) => url.searchParams.get('by') === 'CLASS');
      await page.getByRole('cell', { name: '단순상담' }).waitFor();
      expect(await contentOverflow(page)).toEqual([]);
      expect(await settledAxe(page)).toEqual([]);
    });
    await browser.step('repeat', async () => {
      await open(page, '/app/petition-repeat', '반복민원 분석');
      await page.getByText(/민원인 \d+명 중 .*%가 전체 민원의 .*%를 냈습니다/).waitFor();
      await page.getByRole('heading', { name: '민원이 많은 민원인' }).waitFor();
      expect(await page.locator('.ant-table-row').count()).toBeGreaterThan(5);
      expect(await contentOverflow(page)).toEqual([]);
      expect(await settledAxe(page)).toEqual([]);
    });
    await browser.step('backlog', async () => {
      await open(page, '/app/petition-backlog', '지연·미처리 현황');
      await page.getByText(/미처리 민원 \d+건/).waitFor();
      await page
        .getByText(/BUSAN-\d{4}-\d{6}/)
        .first()
        .waitFor();
      await page.getByRole('checkbox', { name: '지연 건만' }).click();
      await page.waitForURL((url) => url.searchParams.get('overdue') === '1');
      await page
        .getByText(/\d+일 지남/)
        .first()
        .waitFor();
      // The previous page stays on screen until the overdue-only answer replaces it.
      await page.getByText('기한 내', { exact: true }).first().waitFor({ state: 'detached' });
      expect(await contentOverflow(page)).toEqual([]);
      expect(await settledAxe(page)).toEqual([]);
    });
    expect(browser.errors).toEqual([]);
  });

  it('shows the ministry analyst the comparison of the 16 시·도 with the national median and suppressed cells', async () => {
    await browser.close();
    browser = await openBrowser(viewport);
    const { page } = browser;
    await browser.step('login-analyst', () => loginFresh(page, MINISTRY, 'analyst'));
    await browser.step('comparison', async () => {
      // 2001-01 holds no case but the month before the demo year: every value is "—" with its reason.
      await open(page, '/app/ministry-comparison', '시·도 민원 처리 비교');
      await page
        .getByText(/월별 추이/)
        .first()
        .waitFor();
      await page.getByRole('heading', { name: /목표기한 내 처리율 순위/ }).waitFor();
      expect(await page.locator('.ant-table-row').count()).toBe(16);
      await page.getByRole('cell', { name: '전국 중앙값' }).waitFor();
      await page.getByText(/5건 미만이라 값을 공개하지 않았거나/).waitFor();
      expect(await page.getByRole('cell', { name: /^1$/ }).count()).toBeGreaterThan(0);
      expect(await contentOverflow(page)).toEqual([]);
      expect(await settledAxe(page)).toEqual([]);
    });
    await browser.step('no-data-month', async () => {
      await page.goto(`${baseUrl()}/app/ministry-comparison?from=2001-01&to=2001-02`);
      await page.getByRole('heading', { name: /2001-02 목표기한 내 처리율 순위/ }).waitFor();
      const dashes = page.getByLabel('자료 없음');
      expect(await dashes.count()).toBe(16);
      expect(await settledAxe(page)).toEqual([]);
    });
    await browser.step('tenant-screens-hidden', async () => {
      await page.goto(`${baseUrl()}/app/petition-backlog`);
      await page.getByText('접근 권한이 없습니다').first().waitFor();
    });
    expect(browser.errors).toEqual([]);
  });
});
