/**
 * Browser tests of the admin UI: Debian's Chromium driven by playwright-core against the platform
 * the global setup started (PCRM_BASE_URL). One persistent profile per suite; `step()` saves a
 * screenshot and the browser's errors when a step fails.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../../api/test/support/repo-paths';
import { serverLogExcerpt } from '../../../api/test/support/server-log';

/*
 * Every browser spec imports this module: a failed browser test is run once more, its first failure printed
 * (so a flake stays visible in the log). On two shared cores a click can land in an antd animation or a
 * re-render; a real defect fails both runs.
 */
jest.retryTimes(1, { logErrorsBeforeRetry: true });

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
// Waits for what must appear, not speed limits (speed is `npm run bench`'s): on CI two suites each drive a
// browser against one shared server on two cores, and a stall of over 15 s (GC, checkpoint) was seen there.
const STEP_TIMEOUT_MS = 30_000;
const NAVIGATION_TIMEOUT_MS = 30_000;

export const DESKTOP = { name: 'desktop', width: 1440, height: 900 } as const;
export const PHONE = { name: 'phone', width: 390, height: 844 } as const;
export type Viewport = typeof DESKTOP | typeof PHONE;

export const DEMO_PASSWORD = 'pcrm1234';

export function baseUrl(): string {
  const fromEnv = process.env.PCRM_BASE_URL;
  if (!fromEnv)
    throw new Error('PCRM_BASE_URL is not set: the global setup must start the API and admin UI first');
  return fromEnv.replace(/\/+$/, '');
}

export interface BrowserSession {
  page: Page;
  context: BrowserContext;
  errors: string[];
  /** Runs a step; on failure saves a screenshot (and the browser's errors) to a temp dir, then rethrows. */
  step(name: string, body: () => Promise<void>): Promise<void>;
  /** Saves a full-page screenshot to a temp dir and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** The name the access-log test knows the session by. */
export type Browser = BrowserSession;

export async function openBrowser(viewport: { width: number; height: number }): Promise<BrowserSession> {
  const profileDir = mkdtempSync(join(tmpdir(), 'pcrm-admin-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    locale: 'ko-KR',
    viewport,
    timeout: 30_000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  const shotDir = mkdtempSync(join(tmpdir(), 'pcrm-admin-e2e-'));
  const screenshot = async (name: string) => {
    const file = join(shotDir, `${name.replace(/[^a-z0-9-]+/gi, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true, timeout: 10_000 }).catch(() => undefined);
    return file;
  };
  return {
    page,
    context,
    errors,
    screenshot,
    async step(name, body) {
      try {
        await body();
      } catch (error) {
        const file = await screenshot(`failed-${name}`);
        const message = error instanceof Error ? error.message : String(error);
        const detail =
          `step "${name}" failed: ${message.split('\n')[0]}\nat ${page.url()}; screenshot: ${file}` +
          (errors.length ? `\nbrowser errors:\n  ${errors.join('\n  ')}` : '') +
          `\nserver log, last lines:\n${serverLogExcerpt(undefined, 15)}`;
        console.error(detail);
        throw new Error(`${detail}\n${message}`, { cause: error });
      }
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * A spec's browser: `open` starts a fresh session (closing one the test opened before), and whatever is open
 * is closed after each test, passed or failed.
 */
export function browserPerTest(): { open(viewport: Viewport): Promise<BrowserSession> } {
  let current: BrowserSession | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  }, 30_000);
  return {
    async open(viewport) {
      await current?.close();
      current = await openBrowser(viewport);
      return current;
    },
  };
}

/**
 * Waits until the app's own router has put the page at a URL `matches` accepts. The wait ends when the URL
 * commits: an in-app navigation (history.pushState) has no load event of its own to wait for.
 */
export async function waitForAppUrl(
  page: Page,
  matches: (url: URL) => boolean,
  timeout?: number,
): Promise<void> {
  await page.waitForURL(matches, { waitUntil: 'commit', timeout });
}

/** Fails (after the page's action timeout) unless the locator's first element becomes visible. */
export async function expectVisible(locator: Locator): Promise<void> {
  // waitFor is the assertion: checking isVisible() again after it raced with re-renders (an element
  // replaced right after it showed read as not visible).
  await locator.first().waitFor({ state: 'visible' });
}

/** Switches the language with the header's 한국어 / English control. */
export async function chooseLanguage(page: Page, label: '한국어' | 'English'): Promise<void> {
  await page.locator('.ant-segmented-item', { hasText: label }).first().click();
}

/** On the start page: picks the organization whose card matches `org`, then signs in at the IdP. */
export async function login(page: Page, org: RegExp, username: string): Promise<void> {
  await page.getByRole('radio', { name: org }).check();
  await page.locator('.pcrm-login-button').click();
  await page.waitForURL((url) => url.pathname.includes('/login-actions/'));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.pathname.startsWith('/app'));
}

/** The start page's realm choice (by its Korean name) and the IdP's login form, ending on /app. */
export async function logIn(page: Page, base: string, realmNameKo: string, username: string): Promise<void> {
  await page.goto(`${base}/`);
  await login(page, new RegExp(realmNameKo), username);
}

/** From anywhere: the start page, then `login()`. */
export async function loginFresh(page: Page, org: RegExp, username: string): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  await login(page, org, username);
}

export async function logout(page: Page): Promise<void> {
  await page.locator('.pcrm-logout').click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.locator('.pcrm-realm-card').first().waitFor({ state: 'visible' });
}

const AXE_SOURCE = readFileSync(join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (WCAG 2.x A/AA rules) within `selector` of the current page and returns its violations.
 * Evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly refuses an injected tag.
 */
export async function axeViolations(page: Page, selector = 'body'): Promise<AxeViolation[]> {
  // antd animates what appears and goes (`…-enter`, `…-leave`, `…-appear` classes): an element caught fading,
  // such as a form error leaving, has less contrast than it will have. Wait for the motion to end (bounded:
  // a motion that never ends is then axe's to report).
  await page
    .waitForFunction(
      (context) =>
        !document.querySelector(
          `${context} [class*="-enter"], ${context} [class*="-leave"], ${context} [class*="-appear"]`,
        ),
      selector,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run(ctx: string, opts: object): Promise<any> } }).axe;
    const result = await axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return (result.violations as AxeViolation[]).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, selector);
}

/** Nothing sticks out sideways: the page never scrolls horizontally. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * The horizontal overflow once the layout has settled after a resize (tables pick their columns by breakpoint
 * on the resize event): polls for up to `timeoutMs` until there is none, then answers the last measure.
 */
export async function settledOverflow(page: Page, timeoutMs = 5_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let overflow = await horizontalOverflow(page);
  while (overflow > 0 && Date.now() < deadline) {
    await page.waitForTimeout(100);
    overflow = await horizontalOverflow(page);
  }
  return overflow;
}

/** True when the element's box lies entirely inside the viewport horizontally. */
export async function insideViewport(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const width = await locator.page().evaluate(() => window.innerWidth);
  return !!box && box.x >= 0 && box.x + box.width <= width + 0.5 && box.width > 0;
}
