/**
 * End-to-end: the built admin UI, the API and the development identity provider, driven through
 * Debian's Chromium with playwright-core. The global setup starts everything on 127.0.0.1 and sets
 * PCRM_BASE_URL.
 *
 * Start page → 부산광역시 → IdP login as `officer` → /app → 조직(부서) 관리 shows the seeded
 * "기획조정실" → 로그아웃 → back on the start page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env.PCRM_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const STEP_TIMEOUT_MS = 15_000;
const NAVIGATION_TIMEOUT_MS = 20_000;

jest.setTimeout(120_000);

describe('admin UI login (browser)', () => {
  let baseUrl: string;
  let profileDir: string | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    const fromEnv = process.env.PCRM_BASE_URL;
    if (!fromEnv)
      throw new Error('PCRM_BASE_URL is not set: the global setup must start the API and admin UI first');
    baseUrl = fromEnv.replace(/\/+$/, '');
    profileDir = mkdtempSync(join(tmpdir(), 'pcrm-admin-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
      locale: 'ko-KR',
      viewport: { width: 1366, height: 900 },
      timeout: 30_000,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
    page.on('pageerror', (e) => browserErrors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') browserErrors.push(`console: ${m.text()}`);
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  }, 30_000);

  /** Runs a step; on failure saves a screenshot (and the browser's errors) to a temp dir, then rethrows. */
  async function step(name: string, body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      const dir = mkdtempSync(join(tmpdir(), 'pcrm-admin-e2e-'));
      const file = join(dir, `${name.replace(/[^a-z0-9-]+/gi, '_')}.png`);
      await page.screenshot({ path: file, fullPage: true, timeout: 10_000 }).catch(() => undefined);
      const detail =
        `step "${name}" failed at ${page.url()}; screenshot: ${file}` +
        (browserErrors.length ? `\nbrowser errors:\n  ${browserErrors.join('\n  ')}` : '');
      console.error(detail);
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${detail}\n${message}`, { cause: error });
    }
  }

  it('logs in to 부산광역시 as officer, shows the department tree and logs out', async () => {
    await step('open-start-page', async () => {
      await page.goto(`${baseUrl}/`);
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
      await nav.getByRole('link', { name: '조직(부서) 관리' }).click();
      await page.waitForURL((url) => url.pathname === '/app/departments');
      const tree = page.locator('[data-testid=department-tree]');
      await expectVisible(tree.getByText('기획조정실', { exact: true }));
    });

    await step('logout', async () => {
      await page.getByRole('button', { name: '로그아웃' }).click();
      await page.waitForURL((url) => `${url.origin}${url.pathname}` === `${baseUrl}/`);
      await expectVisible(page.getByRole('heading', { level: 1, name: 'PCRM 공공고객관리' }));
      await expectVisible(page.getByRole('radio', { name: /부산광역시/ }));
      expect(await page.evaluate(() => sessionStorage.getItem('pcrm.session'))).toBeNull();
    });
  });
});

async function expectVisible(locator: ReturnType<Page['locator']>): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
  expect(await locator.first().isVisible()).toBe(true);
}
