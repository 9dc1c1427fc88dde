/**
 * The ministry's standard-indicator comparison (issue 11 #1, #6) in real Chromium at 1440 px and on a 390 px
 * phone: the analyst reads one indicator's ranking of the 16 시·도 with cases per 1,000 residents, its
 * distribution and trend, the governments' own indicators apart, and downloads it; a tenant user is refused
 * the screen; no axe violations, nothing sticking out.
 */
import { fireTenantScheduleAsOwner } from '../../api/test/support/tenant-schedules';
import { baseUrl, DESKTOP, loginFresh, openBrowser, PHONE, type BrowserSession } from './support/browser';
import { contentOverflow, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const BUSAN = /부산광역시/;
const MINISTRY = /중앙부처|행정안전부/;

beforeAll(async () => {
  // Every tenant's roll-ups recomputed and published for the ministry, as the nightly job does.
  await fireTenantScheduleAsOwner('performance-rollup-full');
}, 150_000);

describe.each([DESKTOP, PHONE])('the standard-indicator comparison at $width×$height', (viewport) => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser(viewport);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  }, 30_000);

  it('shows the analyst the ranking, distribution and trend of a standard indicator, and the own indicators apart', async () => {
    const { page } = browser;
    await browser.step('login-analyst', () => loginFresh(page, MINISTRY, 'analyst'));
    await browser.step('ranking', async () => {
      await page.goto(`${baseUrl()}/app/ministry-indicators?indicator=DEPT_SATISFACTION`);
      await page.getByRole('heading', { level: 1, name: '표준 성과지표 비교' }).waitFor();
      await page.getByRole('heading', { name: '민원 만족도 시·도 순위 (기간 전체)' }).waitFor();
      await page.getByRole('heading', { name: '민원 만족도 분포' }).waitFor();
      await page.getByRole('heading', { name: '시·도 고유 성과지표' }).waitFor();
      await page.getByText(/행정안전부 주민등록 인구통계/).waitFor();
      expect(await page.locator('.ant-table-row').count()).toBeGreaterThanOrEqual(16);
      await page.locator('.ant-table-summary').getByText('전국 중앙값').waitFor();
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
          new RegExp(`^ministry-indicators-\\d{4}-\\d{2}-\\d{4}-\\d{2}\\.${extension}$`),
        );
      }
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.pcrm-filter-card').isVisible()).toBe(false);
      await page.getByRole('heading', { name: '민원 만족도 시·도 순위 (기간 전체)' }).waitFor();
      await page.emulateMedia({ media: 'screen' });
    });
    await browser.step('lower-is-better', async () => {
      await page.goto(`${baseUrl()}/app/ministry-indicators?indicator=DEPT_REPEAT_REDUCTION`);
      await page.getByRole('heading', { name: '반복민원 감축 시·도 순위 (기간 전체)' }).waitFor();
      await page.getByText('낮을수록 좋은 지표입니다 (1위 = 가장 낮음).').waitFor();
      expect(await settledAxe(page)).toEqual([]);
    });
    expect(browser.errors).toEqual([]);
  });

  it('refuses the screen to a tenant user', async () => {
    await browser.close();
    browser = await openBrowser(viewport);
    const { page } = browser;
    await browser.step('login-agent', () => loginFresh(page, BUSAN, 'agent'));
    await browser.step('ministry-indicators', async () => {
      await page.goto(`${baseUrl()}/app/ministry-indicators`);
      await page.getByText('접근 권한이 없습니다').first().waitFor();
    });
    expect(browser.errors).toEqual([]);
  });
});
