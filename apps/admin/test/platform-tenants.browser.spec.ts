/**
 * The platform operator's screen (ADR 0024) in real Chromium, against a server and database of its own (a new
 * tenant must not change what the other specs see): the operator logs in to the `platform` realm from the start
 * page, sees the 16 시·도, is refused a reserved code next to the field, registers a tenant, deactivates it and
 * sees both actions in the audit; no axe violations at 1440 and 390 px. A tenant administrator sees no entry.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../api/test/support/free-port';
import { startServerProcess, type ServerProcess } from '../../api/test/support/server-process';
import { createFreshDatabase, type TestDatabase } from '../../api/test/support/test-database';
import { axeViolations, logIn, openBrowser, type Browser } from './support/browser';

jest.setTimeout(240_000);

const PLATFORM_KO = '플랫폼 운영';
let database: TestDatabase;
let dataDir: string;
let server: ServerProcess;
let browser: Browser | undefined;

beforeAll(async () => {
  database = await createFreshDatabase(process.env.PCRM_OWNER_DATABASE_URL!);
  dataDir = await mkdtemp(join(tmpdir(), 'pcrm-test-platform-ui-'));
  server = await startServerProcess(
    {
      DATABASE_URL: database.ownerUrl,
      PCRM_DATA_DIR: dataDir,
      PCRM_APP_DB_PASSWORD: 'pcrm-app-test',
      PCRM_SEED_CUSTOMERS: '0',
      PCRM_SEED_CASES: '0',
    },
    await freePort(),
  );
}, 180_000);

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

afterAll(async () => {
  await server?.stop();
  await database?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** The page's own content fits the viewport (tables scroll inside their card). */
const overflowing = (b: Browser) =>
  b.page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth && !e.closest('.ant-table'))
      .map((e) => `${e.tagName}.${e.className}`),
  );

it('registers and deactivates a tenant at 1440 px, with field errors from the API and the audit', async () => {
  browser = await openBrowser({ width: 1440, height: 900 });
  const { page, step } = browser;
  // Unique per attempt: a retried test must not meet its own first tenant.
  const suffix = Date.now().toString(36);
  const code = `ui-${suffix}`;
  const nameKo = `화면시험시${suffix}`;
  let before = 0;

  await step('log in to the platform realm', async () => {
    await logIn(page, server.url, PLATFORM_KO, 'operator');
    await page.getByRole('link', { name: '시·도 등록·관리' }).click();
    await page.getByRole('heading', { level: 1, name: '시·도 등록·관리' }).waitFor();
    await page.getByText(/^총 \d+개 시·도$/).waitFor();
    before = Number((await page.getByText(/^총 \d+개 시·도$/).textContent())!.replace(/\D/g, ''));
    expect(before).toBeGreaterThanOrEqual(16);
    expect(await page.getByRole('cell', { name: '부산광역시' }).count()).toBe(1);
  });

  await step('the API refuses a reserved code next to the field', async () => {
    await page.getByRole('button', { name: /새 시·도 등록/ }).click();
    const dialog = page.getByRole('dialog', { name: '새 시·도 등록' });
    await dialog.getByLabel('시·도 코드 (realm 이름)').fill('admin');
    await dialog.getByLabel('한글 이름').fill(nameKo);
    await dialog.getByLabel('영문 이름').fill(`UI test city ${suffix}`);
    await dialog.getByLabel('첫 관리자 사용자 이름').fill('first-admin');
    await dialog.getByLabel('첫 관리자 이름').fill('홍관리');
    await dialog.getByLabel('첫 관리자 전자우편').fill('first.admin@example.go.kr');
    await dialog.getByRole('button', { name: /새 시·도 등록/ }).click();
    await dialog.getByText(/예약어/).waitFor();
  });

  await step('registers the tenant', async () => {
    const dialog = page.getByRole('dialog', { name: '새 시·도 등록' });
    await dialog.getByLabel('시·도 코드 (realm 이름)').fill(code);
    await dialog.getByRole('button', { name: /새 시·도 등록/ }).click();
    // The confirmation offers the realm export for a real Keycloak.
    await page.getByRole('button', { name: /realm 내보내기 받기/ }).waitFor();
    await page.locator('.ant-modal-confirm-btns button').click();
    await page.getByText(`총 ${before + 1}개 시·도`).waitFor();
    const row = page.getByRole('row', { name: new RegExp(nameKo) });
    await row.getByText('사용 중', { exact: true }).waitFor();
    expect(await axeViolations(page, '#main')).toEqual([]);
    expect(await overflowing(browser!)).toEqual([]);
  });

  await step('deactivates it after a confirmation; the audit names both actions', async () => {
    const row = page.getByRole('row', { name: new RegExp(nameKo) });
    await row.getByRole('button', { name: /사용 중지/ }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /사용 중지/ })
      .click();
    await row.getByRole('button', { name: /다시 사용/ }).waitFor();
    const audit = page
      .locator('.ant-card')
      .filter({ hasText: '운영 기록' })
      .getByRole('row', { name: new RegExp(code) });
    await audit.filter({ hasText: '등록' }).first().waitFor();
    await audit.filter({ hasText: 'platform/operator' }).first().waitFor();
    expect(await audit.count()).toBe(2);
  });
  expect(browser.errors).toEqual([]);
});

it('fits a 390 px phone with no axe violations', async () => {
  browser = await openBrowser({ width: 390, height: 844 });
  const { page, step } = browser;
  await step('open the screen on a phone', async () => {
    await logIn(page, server.url, PLATFORM_KO, 'operator');
    await page.goto(`${server.url}/app/platform/tenants`);
    await page.getByRole('heading', { level: 1, name: '시·도 등록·관리' }).waitFor();
    await page.getByRole('cell', { name: '부산광역시' }).waitFor();
  });
  expect(await overflowing(browser)).toEqual([]);
  expect(await axeViolations(page, '#main')).toEqual([]);
  expect(browser.errors).toEqual([]);
});

it('hides the screen from a tenant administrator, whom the API would refuse', async () => {
  browser = await openBrowser({ width: 1440, height: 900 });
  const { page } = browser;
  await logIn(page, server.url, '부산광역시', 'admin');
  await page.goto(`${server.url}/app/platform/tenants`);
  await page.getByText('접근 권한이 없습니다').first().waitFor();
  expect(await page.getByRole('link', { name: '시·도 등록·관리' }).count()).toBe(0);
});
