import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

export interface Browser {
  page: Page;
  /** Errors the page logged or threw. */
  errors: string[];
  close(): Promise<void>;
}

/** Debian's Chromium through playwright-core, in a throwaway profile, Korean locale. */
export async function openBrowser(viewport: { width: number; height: number }): Promise<Browser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'pcrm-admin-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    locale: 'ko-KR',
    viewport,
    timeout: 30_000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  page.setDefaultNavigationTimeout(20_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return {
    page,
    errors,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** The start page's realm choice and the identity provider's login form, ending on /app. */
export async function logIn(
  page: Page,
  baseUrl: string,
  realmNameKo: string,
  username: string,
): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('radio', { name: new RegExp(realmNameKo) }).check();
  await page.getByRole('button', { name: '로그인' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/realms/'));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('pcrm1234');
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.pathname === '/app');
}

/** axe-core's violations (WCAG 2.x A and AA rules) within `selector` of the current page. */
export async function axeViolations(
  page: Page,
  selector = 'body',
): Promise<{ id: string; help: string; targets: string[] }[]> {
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly refuses an injected tag.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run: (c: string, o: object) => Promise<any> } }).axe;
    const result = await axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v: any) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n: any) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`),
    }));
  }, selector);
}
