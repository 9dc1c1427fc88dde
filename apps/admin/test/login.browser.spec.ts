/**
 * End-to-end: the built admin UI, the API and the development identity provider, driven through
 * Debian's Chromium with playwright-core. The global setup starts everything on 127.0.0.1 and sets
 * PCRM_BASE_URL.
 *
 * Start page → 부산광역시 → IdP login as `officer` → /app → 조직도 shows the seeded "기획조정실" →
 * 로그아웃 → back on the start page.
 */
import type { Page } from 'playwright-core';
import { baseUrl, DESKTOP, expectVisible, openBrowser, type BrowserSession } from './support/browser';

jest.setTimeout(120_000);

describe('admin UI login (browser)', () => {
  let browser: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser(DESKTOP);
    page = browser.page;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  }, 30_000);

  it('logs in to 부산광역시 as officer, shows the department tree and logs out', async () => {
    const { step } = browser;
    await step('open-start-page', async () => {
      await page.goto(`${baseUrl()}/`);
      await page.getByRole('heading', { level: 1, name: 'PCRM 공공고객관리' }).waitFor({ state: 'visible' });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    });

    await step('choose-busan', async () => {
      const busan = page.getByRole('radio', { name: /부산광역시/ });
      await busan.check();
      expect(await busan.isChecked()).toBe(true);
      await page.getByRole('button', { name: '로그인' }).click();
    });

    await step('idp-login', async () => {
      await page.waitForURL((url) => url.pathname.startsWith('/realms/busan/'));
      await page.locator('#username').fill('officer');
      await page.locator('#password').fill('pcrm1234');
      await page.locator('#kc-login').click();
    });

    await step('land-in-app', async () => {
      await page.waitForURL((url) => url.pathname === '/app');
      await expectVisible(page.getByTestId('tenant-name').getByText('부산광역시', { exact: true }));
      await expectVisible(page.getByRole('button', { name: '로그아웃' }));
    });

    await step('open-departments', async () => {
      const nav = page.getByRole('navigation', { name: '주 메뉴' });
      await nav.getByRole('link', { name: '조직도' }).click();
      await page.waitForURL((url) => url.pathname === '/app/departments');
      const tree = page.locator('[data-testid=department-tree]');
      await expectVisible(tree.getByText('기획조정실', { exact: true }));
    });

    await step('logout', async () => {
      await page.getByRole('button', { name: '로그아웃' }).click();
      await page.waitForURL((url) => `${url.origin}${url.pathname}` === `${baseUrl()}/`);
      await expectVisible(page.getByRole('heading', { level: 1, name: 'PCRM 공공고객관리' }));
      await expectVisible(page.getByRole('radio', { name: /부산광역시/ }));
      expect(await page.evaluate(() => sessionStorage.getItem('pcrm.session'))).toBeNull();
    });
  });
});
