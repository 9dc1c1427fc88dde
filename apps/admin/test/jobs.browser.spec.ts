/**
 * The jobs screen in Debian's Chromium: at a phone's width (390 px) Busan's tenant-admin starts a CSV
 * export, watches it reach completion (the page polls), downloads the file, and axe finds no WCAG A/AA
 * violation; the same page at 1440 px; an agent neither sees the entry nor may open the page.
 */
import { readFileSync } from 'node:fs';
import {
  DESKTOP,
  PHONE,
  axeViolations,
  baseUrl,
  expectVisible,
  horizontalOverflow,
  loginFresh,
  browserPerTest,
  type BrowserSession,
} from './support/browser';

jest.setTimeout(180_000);

const BUSAN = /부산광역시/;
const BUSAN_CODE_PREFIX = '626';
const browser = browserPerTest();

/** Elements of the page's own content that stick out of the viewport (tables scroll inside their card). */
function overflowingContent(s: BrowserSession): Promise<string[]> {
  return s.page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest('.ant-table'))
      .map((e) => `${e.tagName}.${e.className}`),
  );
}

/** Where the page title sits relative to the export buttons. */
async function headerLayout(s: BrowserSession): Promise<'stacked' | 'side-by-side'> {
  const title = await s.page.getByRole('heading', { level: 1 }).boundingBox();
  const button = await s.page.getByRole('button', { name: 'CSV로 내보내기' }).boundingBox();
  if (!title || !button) throw new Error('page title or export button not rendered');
  return button.y >= title.y + title.height ? 'stacked' : 'side-by-side';
}

it('lets Busan tenant-admin export to CSV, follow the progress to completion and download the file, at 390 and 1440 px with no axe violations', async () => {
  const s = await browser.open(PHONE);
  const { page } = s;

  await s.step('login', () => loginFresh(page, BUSAN, 'admin'));

  await s.step('open-jobs-from-menu', async () => {
    await page.getByRole('button', { name: '메뉴 열기' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('link', { name: '작업·내보내기' }).click();
    await page.waitForURL((url) => url.pathname === '/app/jobs');
    await drawer.waitFor({ state: 'hidden' });
    await expectVisible(page.getByRole('heading', { level: 1, name: '백그라운드 작업' }));
    await expectVisible(page.getByTestId('jobs-table'));
    expect(await headerLayout(s)).toBe('stacked');
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await overflowingContent(s)).toEqual([]);
    expect(await axeViolations(page, '#main')).toEqual([]);
  });

  await s.step('start-export', async () => {
    await page.getByRole('button', { name: 'CSV로 내보내기' }).click();
    await expectVisible(page.getByText('내보내기 작업을 시작했습니다.', { exact: false }));
  });

  const table = page.getByTestId('jobs-table');
  const firstRow = table.locator('tbody tr.ant-table-row').first();
  await s.step('see-completion', async () => {
    await expectVisible(firstRow.getByText('부서·직원 내보내기'));
    await firstRow.getByText('완료', { exact: true }).waitFor({ state: 'visible', timeout: 60_000 });
    const bar = firstRow.getByRole('progressbar');
    await expectVisible(bar);
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    expect(await firstRow.textContent()).toMatch(/(\d+) \/ \1행/);
  });

  await s.step('download', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      firstRow.getByRole('button', { name: '내려받기' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^부서-직원-busan-.*\.csv$/);
    const content = readFileSync((await download.path())!);
    expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = content.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('구분,부서 코드,부서 경로,이름,직위,아이디,이메일');
    expect(lines.some((l) => l.includes('해양농수산국'))).toBe(true);
    // Only Busan's departments: every seeded (numeric, 행정표준기관코드-based) code carries Busan's agency prefix,
    // as no other 시·도's does; departments other specs add have codes of their own choosing.
    const codes = lines
      .slice(1)
      .map((l) => l.split(',')[1])
      .filter((c) => /^\d+$/.test(c));
    expect(codes.length).toBeGreaterThan(10);
    expect(codes.filter((c) => !c.startsWith(BUSAN_CODE_PREFIX))).toEqual([]);
  });

  await s.step('phone-with-results', async () => {
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await overflowingContent(s)).toEqual([]);
    expect(await axeViolations(page, '#main')).toEqual([]);
  });

  await s.step('desktop', async () => {
    await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
    const nav = page.getByRole('navigation', { name: '주 메뉴' });
    await expectVisible(nav.getByRole('link', { name: '작업·내보내기' }));
    expect(await headerLayout(s)).toBe('side-by-side');
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await overflowingContent(s)).toEqual([]);
    expect(await axeViolations(page, '#main')).toEqual([]);
  });

  expect(s.errors).toEqual([]);
});

it('hides the jobs page from an agent, whom the API would refuse', async () => {
  const session = await browser.open(DESKTOP);
  const { page } = session;
  await session.step('login', () => loginFresh(page, BUSAN, 'agent'));
  await session.step('no-entry', async () => {
    const nav = page.getByRole('navigation', { name: '주 메뉴' });
    await expectVisible(nav.getByRole('link', { name: '직원' }));
    expect(await nav.getByRole('link', { name: '작업·내보내기' }).count()).toBe(0);
    await page.goto(`${baseUrl()}/app/jobs`);
    await expectVisible(page.getByText('접근 권한이 없습니다'));
    expect(await page.getByRole('button', { name: 'CSV로 내보내기' }).count()).toBe(0);
  });
});
