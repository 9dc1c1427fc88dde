/**
 * The admin shell as a new user meets it, at 1440×900 and on a 390×844 phone (Debian Chromium):
 * deep links and page titles, the header and menu on a phone, wording that follows the role, English
 * texts, accessibility (axe-core), and no personal data from the back/forward cache after logout.
 */
import type { Page } from 'playwright-core';
import {
  axeViolations,
  baseUrl,
  chooseLanguage,
  DESKTOP,
  expectVisible,
  horizontalOverflow,
  insideViewport,
  login,
  loginFresh,
  logout,
  openBrowser,
  PHONE,
  type BrowserSession,
} from './support/browser';

jest.setTimeout(300_000);

const BUSAN = /부산광역시|Busan/;
const MINISTRY = /중앙부처|행정안전부|Ministry/;

async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  // judge the screen as the user reads it, not its loading placeholders
  await page.waitForFunction(() => !document.querySelector('.ant-skeleton, .ant-spin-spinning'));
  const violations = await axeViolations(page);
  expect([screen, violations]).toEqual([screen, []]);
}

describe.each([DESKTOP, PHONE])('admin shell at $width×$height', (viewport) => {
  let browser: BrowserSession;
  let page: Page;
  const onPhone = viewport === PHONE;

  beforeAll(async () => {
    browser = await openBrowser(viewport);
    page = browser.page;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  }, 30_000);

  afterEach(async () => {
    await browser.context.clearCookies();
    await page.evaluate(() => sessionStorage.clear()).catch(() => undefined);
    await page.evaluate(() => localStorage.clear()).catch(() => undefined);
  });

  it('returns to a deep link after login, with a title per page', async () => {
    await browser.step('deep-link-logged-out', async () => {
      await page.goto(`${baseUrl()}/app/staff?q=${encodeURIComponent('김')}`);
      await page.waitForURL((url) => url.pathname === '/');
      expect(await page.title()).toBe('PCRM 공공고객관리');
      await expectVisible(page.getByRole('alert').getByText('로그인이 필요합니다.'));
    });
    await browser.step('login-returns', async () => {
      await login(page, BUSAN, 'officer');
      await page.waitForURL((url) => url.pathname === '/app/staff');
      expect(new URL(page.url()).searchParams.get('q')).toBe('김');
      await expectVisible(page.getByRole('heading', { level: 1, name: '직원' }));
      expect(await page.title()).toBe('직원 · PCRM 공공고객관리');
    });
    await browser.step('titles-per-page', async () => {
      for (const [path, title] of [
        ['/app', '안녕하세요'],
        ['/app/departments', '조직도 · PCRM 공공고객관리'],
        ['/app/tenants', '접근 권한이 없습니다 · PCRM 공공고객관리'],
        ['/app/nowhere', '페이지를 찾을 수 없습니다 · PCRM 공공고객관리'],
      ]) {
        await page.goto(`${baseUrl()}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' });
        await page.waitForFunction((expected) => document.title.includes(expected), title);
      }
    });
    await logout(page);
  });

  it('keeps the header on screen and opens the menu as a drawer over the content', async () => {
    await loginFresh(page, BUSAN, 'manager');
    await browser.step('header-fits', async () => {
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const header = page.locator('.pcrm-header');
      for (const control of [
        header.getByRole('radiogroup'),
        header.getByTestId('user-name'),
        header.getByRole('button', { name: '로그아웃' }),
      ]) {
        await expectVisible(control);
        expect(await insideViewport(control)).toBe(true);
      }
      await browser.screenshot(`${viewport.name}-home`);
    });
    await browser.step('menu', async () => {
      const main = page.locator('#main');
      const before = (await main.boundingBox())!;
      if (onPhone) {
        expect(before.width).toBeGreaterThanOrEqual(viewport.width - 1);
        await page.getByRole('button', { name: '메뉴 열기' }).click();
        const drawer = page.getByRole('dialog');
        await expectVisible(drawer.getByRole('link', { name: '직원' }));
        // the drawer covers the content; the content keeps its full width underneath
        expect((await main.boundingBox())!.width).toBe(before.width);
        await browser.screenshot(`${viewport.name}-drawer`);
        await drawer.getByRole('link', { name: '직원' }).click();
        await page.waitForURL((url) => url.pathname === '/app/staff');
        await drawer.waitFor({ state: 'hidden' });
      } else {
        const nav = page.getByRole('navigation', { name: '주 메뉴' });
        await nav.getByRole('link', { name: '직원' }).click();
        await page.waitForURL((url) => url.pathname === '/app/staff');
      }
      await page.locator('.ant-table-row').first().waitFor({ state: 'visible' });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await browser.screenshot(`${viewport.name}-staff`);
    });
    await logout(page);
  });

  it('words the screens for the role: read-only for agent, officer and manager, manage for tenant-admin', async () => {
    // every read-only role on the desktop; one on the phone, where the wording is the same
    for (const username of onPhone ? ['agent'] : ['agent', 'officer', 'manager']) {
      await loginFresh(page, BUSAN, username);
      await browser.step(`read-only-${username}`, async () => {
        await expectVisible(page.getByText('업무 화면입니다'));
        expect(await page.getByText('관리자 화면입니다').count()).toBe(0);
        await page.goto(`${baseUrl()}/app/departments`);
        await expectVisible(page.getByRole('heading', { level: 1, name: '조직도' }));
        await expectVisible(page.getByText('조회 전용 화면입니다'));
        expect(await page.getByRole('button', { name: '부서 추가' }).count()).toBe(0);
        expect(await page.getByText('조직(부서) 관리').count()).toBe(0);
      });
      await logout(page);
    }
    await loginFresh(page, BUSAN, 'admin');
    await browser.step('manage-admin', async () => {
      await expectVisible(page.getByText('관리자 화면입니다'));
      await page.goto(`${baseUrl()}/app/departments`);
      await expectVisible(page.getByRole('heading', { level: 1, name: '조직(부서) 관리' }));
      await expectVisible(page.getByRole('button', { name: '부서 추가' }));
    });
    await logout(page);
  });

  it('speaks English: job titles, the forbidden page of a ministry user, the login page', async () => {
    await page.goto(`${baseUrl()}/`);
    await chooseLanguage(page, 'English');
    await browser.step('english-login-page', async () => {
      await page.getByRole('radio', { name: BUSAN }).check();
      await page.locator('.pcrm-login-button').click();
      await page.waitForURL((url) => url.pathname.includes('/login-actions/'));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await expectVisible(page.getByText('Username'));
      await expectVisible(page.getByText('Password'));
      expect(await page.locator('body').innerText()).not.toMatch(/[가-힣]{2,}\s*(로그인|아이디|비밀번호)/);
      await expectNoAxeViolations(page, 'idp-login');
      await page.locator('#username').fill('manager');
      await page.locator('#password').fill('pcrm1234');
      await page.locator('#kc-login').click();
      await page.waitForURL((url) => url.pathname.startsWith('/app'));
    });
    await browser.step('english-job-titles', async () => {
      await page.goto(`${baseUrl()}/app/staff`);
      await page.locator('.ant-table-row').first().waitFor({ state: 'visible' });
      const table = await page.locator('.ant-table-tbody').innerText();
      expect(table).toMatch(/Team Leader|Administrative Officer|Division Director/);
      expect(table).not.toMatch(/주무관|팀장|과장|국장/);
    });
    await logout(page);
    await browser.step('english-ministry-forbidden', async () => {
      await login(page, MINISTRY, 'analyst');
      await page.goto(`${baseUrl()}/app/staff`);
      await expectVisible(page.getByRole('heading', { level: 1, name: 'Access denied' }));
      const text = await page.locator('#main').innerText();
      expect(text).toContain('Ministry of the Interior and Safety');
      expect(text).not.toMatch(/tenant administrator|시·도 관리자|[가-힣]/);
    });
    await logout(page);
  });

  it('has no accessibility violations on any screen (axe-core)', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.locator('.pcrm-realm-card').first().waitFor({ state: 'visible' });
    await expectNoAxeViolations(page, 'start');
    await login(page, BUSAN, 'admin');
    for (const [path, ready] of [
      ['/app', '.pcrm-shortcuts'],
      ['/app/departments', '.pcrm-dept-name'],
      ['/app/staff', '.ant-table-row'],
      ['/app/tenants', '.ant-result'],
      ['/app/nowhere', '.ant-result'],
    ]) {
      await browser.step(`axe-${path}`, async () => {
        await page.goto(`${baseUrl()}${path}`);
        await page.locator(ready).first().waitFor({ state: 'visible' });
        await expectNoAxeViolations(page, path);
      });
    }
    await browser.step('axe-department-detail-and-form', async () => {
      await page.goto(`${baseUrl()}/app/departments`);
      await page.locator('[data-testid=department-tree]').getByText('기획조정실', { exact: true }).click();
      await page.locator('.pcrm-detail').waitFor({ state: 'visible' });
      await expectNoAxeViolations(page, 'department-detail');
      await page.getByRole('button', { name: '부서 추가' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: '부서 추가' }).click();
      await expectVisible(dialog.getByText('부서명을 입력해 주세요.'));
      await expectNoAxeViolations(page, 'department-form-errors');
      await dialog.getByRole('button', { name: '취소' }).click();
    });
    await logout(page);
    await login(page, MINISTRY, 'analyst');
    await browser.step('axe-ministry', async () => {
      await page.goto(`${baseUrl()}/app/tenants`);
      await page.locator('.ant-table-row').first().waitFor({ state: 'visible' });
      await expectNoAxeViolations(page, 'tenants');
      await page.goto(`${baseUrl()}/app/staff`);
      await page.locator('.ant-result').waitFor({ state: 'visible' });
      await expectNoAxeViolations(page, 'forbidden');
    });
    await logout(page);
  });

  it('shows no personal data from the back/forward cache after logout', async () => {
    await loginFresh(page, BUSAN, 'manager');
    let someone = '';
    await browser.step('staff-shown', async () => {
      await page.goto(`${baseUrl()}/app/staff`);
      const firstName = page.locator('.ant-table-row td').first();
      await firstName.waitFor({ state: 'visible' });
      someone = (await firstName.innerText()).trim();
      expect(someone.length).toBeGreaterThan(0);
    });
    await logout(page);
    await browser.step('back-after-logout', async () => {
      await page.goBack();
      await page.waitForLoadState('load');
      // whatever the browser restores, it must not show the signed-in page's data
      await page
        .waitForFunction(() => !document.querySelector('.ant-table-row') || !!document.hidden, null, {
          timeout: 5_000,
        })
        .catch(() => undefined);
      await page.waitForTimeout(1_000);
      const visibleText = await page.evaluate(() => {
        const root = document.getElementById('root');
        return root && !root.hidden ? root.innerText : '';
      });
      expect(visibleText).not.toContain(someone);
      expect(await page.locator('.ant-table-row').count()).toBe(0);
    });
  });
});
