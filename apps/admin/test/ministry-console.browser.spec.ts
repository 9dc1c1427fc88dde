/**
 * The ministry console (issue 11 #6) in real Chromium at 1440 px and on a 390 px phone: the analyst reads the
 * national dashboard per 1,000 residents, the equity view and the conformance view of the 16 시·도, and opens
 * a 시·도's detail from its name on the dashboard; a tenant user (the least privileged role) is refused them;
 * no axe violations, nothing sticking out.
 */
import type { Page } from 'playwright-core';
import { fireTenantScheduleAsOwner } from '../../api/test/support/tenant-schedules';
import {
  baseUrl,
  DESKTOP,
  loginFresh,
  openBrowser,
  PHONE,
  waitForAppUrl,
  type BrowserSession,
} from './support/browser';
import { contentOverflow, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const BUSAN = /부산광역시/;
const MINISTRY = /중앙부처|행정안전부/;

async function open(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

// Shared by every test of the file: the conformance view and each 시·도 상세 read the published summaries.
beforeAll(async () => {
  // Every tenant's conformance summary published, as the nightly job does (one completed job per tenant).
  await fireTenantScheduleAsOwner('standard-conformance-publish');
}, 120_000);

describe.each([DESKTOP, PHONE])('the ministry console at $width×$height', (viewport) => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser(viewport);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  }, 30_000);

  it('shows the analyst the dashboard per 1,000 residents, the equity view and the conformance view', async () => {
    const { page } = browser;
    await browser.step('login-analyst', () => loginFresh(page, MINISTRY, 'analyst'));
    await browser.step('dashboard-per-1000', async () => {
      await open(page, '/app/ministry-comparison?measure=RECEIVED_PER_1000', '시·도 민원 처리 비교');
      await page.getByRole('heading', { name: /주민 1,000명당 접수 건수 순위/ }).waitFor();
      await page.getByText(/행정안전부 주민등록 인구통계/).waitFor();
      expect(await page.locator('.ant-table-row').count()).toBe(16);
      expect(await contentOverflow(page)).toEqual([]);
      expect(await settledAxe(page)).toEqual([]);
    });
    await browser.step('exports', async () => {
      for (const [button, extension] of [
        ['CSV 내려받기', 'csv'],
        ['XLSX 내려받기', 'xlsx'],
      ]) {
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: button }).click(),
        ]);
        expect(file.suggestedFilename()).toMatch(
          new RegExp(`^ministry-comparison-\\d{4}-\\d{2}-\\d{4}-\\d{2}\\.${extension}$`),
        );
      }
      await page.getByRole('button', { name: '인쇄용 보고서' }).waitFor();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.pcrm-filter-card').isVisible()).toBe(false);
      await page.getByRole('heading', { name: /주민 1,000명당 접수 건수 순위/ }).waitFor();
      await page.emulateMedia({ media: 'screen' });
    });
    await browser.step('equity', async () => {
      await open(page, '/app/ministry-equity', '시·도 안의 형평성');
      await page
        .getByRole('heading', { name: /접수 채널 \(웹 − 방문\) 처리일수 중앙값 격차 순위/ })
        .waitFor();
      expect(await page.locator('.ant-table-row').count()).toBe(16);
      await page.getByRole('cell', { name: '전국 중앙값' }).waitFor();
      expect(await page.getByRole('link', { name: '부산광역시' }).getAttribute('href')).toMatch(
        /^\/app\/ministry-tenants\/busan\?from=\d{4}-\d{2}&to=\d{4}-\d{2}$/,
      );
      expect(await contentOverflow(page)).toEqual([]);
      expect(await settledAxe(page)).toEqual([]);
    });
    await browser.step('equity-seniors', async () => {
      await page.goto(`${baseUrl()}/app/ministry-equity?dimension=SENIOR&measure=SATISFACTION`);
      await page.getByRole('heading', { name: /고령 \(65세 이상 − 미만\) 만족도 평균 격차 순위/ }).waitFor();
      expect(await settledAxe(page)).toEqual([]);
    });
    await browser.step('equity-vulnerable', async () => {
      await page.goto(`${baseUrl()}/app/ministry-equity?dimension=VULNERABLE&measure=MEDIAN_DAYS`);
      await page
        .getByRole('heading', { name: /취약계층 \(해당 − 비해당\) 처리일수 중앙값 격차 순위/ })
        .waitFor();
      expect(await page.locator('.ant-table-row').count()).toBe(16);
      expect(await contentOverflow(page)).toEqual([]);
      expect(await settledAxe(page)).toEqual([]);
    });
    await browser.step('conformance', async () => {
      await open(page, '/app/ministry-conformance', '시·도 표준 준수');
      await page.getByRole('heading', { name: '시·도별 준수율과 영역별 차이' }).waitFor();
      expect(await page.locator('.ant-table-row').count()).toBeGreaterThanOrEqual(16);
      await page.getByText(/준수율 전국 중앙값은/).waitFor();
      expect(await page.getByRole('link', { name: '부산광역시' }).getAttribute('href')).toBe(
        '/app/ministry-tenants/busan',
      );
      expect(await contentOverflow(page)).toEqual([]);
      expect(await settledAxe(page)).toEqual([]);
    });
    expect(browser.errors).toEqual([]);
  });

  it("opens a 시·도's detail from its name on the dashboard, with the dashboard's own figures", async () => {
    await browser.close();
    browser = await openBrowser(viewport);
    const { page } = browser;
    await browser.step('login-analyst', () => loginFresh(page, MINISTRY, 'analyst'));
    let dashboard: { value: string; rank: string };
    await browser.step('dashboard-row', async () => {
      await open(page, '/app/ministry-comparison?measure=RECEIVED_PER_1000', '시·도 민원 처리 비교');
      const row = page.locator('.ant-table-row', { has: page.getByRole('link', { name: '부산광역시' }) });
      const cells = row.getByRole('cell');
      dashboard = {
        rank: (await cells.nth(0).innerText()).trim(),
        value: (await cells.nth(2).innerText()).trim(),
      };
      await row.getByRole('link', { name: '부산광역시' }).click();
      await waitForAppUrl(page, (url) => url.pathname === '/app/ministry-tenants/busan');
      expect(new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-\d{2}$/);
    });
    await browser.step('detail', async () => {
      await page.getByRole('heading', { level: 1, name: '부산광역시 시·도 상세' }).waitFor();
      await page.getByText(/인구 [\d,]+명 \(\d{4}년 기준, 출처: 행정안전부 주민등록 인구통계/).waitFor();
      await page.getByRole('heading', { name: '월별 추이: 이 시·도와 전국 중앙값' }).waitFor();
      for (const chart of [
        '주민 1,000명당 접수 건수 월별 추이',
        '법정기한 내 처리율 월별 추이',
        '처리일수 중앙값 월별 추이',
        '만족도: 신속 월별 추이',
      ])
        await page.getByRole('figure', { name: chart }).waitFor();
      const ranks = page.locator('.ant-card', { has: page.getByRole('heading', { name: /지표와 순위$/ }) });
      expect(await ranks.locator('.ant-table-row').count()).toBe(9);
      const per1000 = ranks
        .locator('.ant-table-row', { hasText: '주민 1,000명당 접수 건수' })
        .getByRole('cell');
      expect((await per1000.nth(1).innerText()).trim()).toBe(dashboard.value);
      expect((await per1000.nth(2).innerText()).trim()).toMatch(
        dashboard.rank === '—' ? /^—$/ : new RegExp(`^${dashboard.rank}위 / \\d+$`),
      );
      for (const dimension of ['접수 채널 (웹 − 방문)', '고령 (65세 이상 − 미만)', '연령대 (최대 − 최소)'])
        await page.getByRole('heading', { level: 3, name: dimension }).waitFor();
      await page.getByText('운영 중인 표준 판').waitFor();
      await page.getByRole('heading', { level: 3, name: '영역별 차이' }).waitFor();
      expect(await contentOverflow(page)).toEqual([]);
      expect(await settledAxe(page)).toEqual([]);
    });
    await browser.step('detail-print', async () => {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.pcrm-filter-card').isVisible()).toBe(false);
      expect(await page.getByRole('link', { name: '시·도 비교로' }).isVisible()).toBe(false);
      await page.getByRole('heading', { level: 1, name: '부산광역시 시·도 상세' }).waitFor();
      await page.emulateMedia({ media: 'screen' });
    });
    await browser.step('detail-unknown', async () => {
      for (const code of ['nowhere', 'ministry', 'BUSAN'])
        await open(page, `/app/ministry-tenants/${code}`, '찾을 수 없는 시·도');
      await page.getByText(/"BUSAN" 에 해당하는 운영 중인 시·도가 없습니다/).waitFor();
      expect(await settledAxe(page)).toEqual([]);
    });
    expect(browser.errors).toEqual([]);
  });

  it('refuses the ministry screens to a tenant user', async () => {
    await browser.close();
    browser = await openBrowser(viewport);
    const { page } = browser;
    await browser.step('login-agent', () => loginFresh(page, BUSAN, 'agent'));
    for (const path of ['/app/ministry-equity', '/app/ministry-conformance', '/app/ministry-tenants/busan'])
      await browser.step(path.slice(5), async () => {
        await page.goto(`${baseUrl()}${path}`);
        await page.getByText('접근 권한이 없습니다').first().waitFor();
      });
    expect(browser.errors).toEqual([]);
  });
});
