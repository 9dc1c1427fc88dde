/**
 * The jobs screen in Debian's Chromium at phone width (390 px): a tenant-admin starts a CSV export,
 * watches it finish (the page polls), downloads the file, and axe finds no WCAG A/AA violation.
 */
import { readFileSync } from 'node:fs';
import { axeViolations, expectVisible, logIn, openBrowser, type BrowserSession } from './support/browser';

jest.setTimeout(120_000);

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser({ width: 390, height: 844 }, { acceptDownloads: true });
}, 60_000);

afterAll(async () => {
  await session?.close();
}, 30_000);

it('starts an export, shows its progress to completion and downloads the CSV, at 390 px with no axe violations', async () => {
  const { page, step, baseUrl } = session;

  await step('login', () => logIn(session, /제주특별자치도/, 'admin'));

  await step('open-jobs', async () => {
    await page.goto(`${baseUrl}/app/jobs`);
    await expectVisible(page.getByRole('heading', { level: 1, name: '백그라운드 작업' }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
  });

  await step('start-export', async () => {
    await page.getByRole('button', { name: 'CSV로 내보내기' }).click();
    await expectVisible(page.getByText('내보내기 작업을 시작했습니다.', { exact: false }));
  });

  await step('see-completion', async () => {
    const table = page.getByTestId('jobs-table');
    await table.getByText('완료', { exact: true }).first().waitFor({ state: 'visible', timeout: 45_000 });
    await expectVisible(table.getByRole('progressbar'));
    await expectVisible(table.getByText('부서·직원 내보내기'));
  });

  await step('download', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('jobs-table').getByRole('button', { name: '내려받기' }).first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^부서-직원-jeju-.*\.csv$/);
    const content = readFileSync((await download.path())!);
    expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(content.subarray(3).toString('utf8').split('\r\n')[0]).toBe(
      '구분,부서 코드,부서 경로,이름,직위,아이디,이메일',
    );
  });

  await step('axe-with-results', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
  });
});
