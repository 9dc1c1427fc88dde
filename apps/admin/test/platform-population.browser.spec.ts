/**
 * The platform operator's 인구 기준자료 screen (issue 11 #1/#2, docs/adr/0019 "Population") in real Chromium at
 * 1440 px and on a 390 px phone: the operator sees every 시·도's figures, pages through 경상남도's 시·군·구,
 * enters a figure (an API refusal shown at its field), with no axe violations and nothing sticking out; a tenant
 * user (the least privileged role) has no entry and is refused; the analyst's equity view shows the districts
 * per 1,000 residents.
 */
import { Client } from 'pg';
import { baseUrl, DESKTOP, loginFresh, openBrowser, PHONE, type BrowserSession } from './support/browser';
import { contentOverflow, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const PLATFORM = /플랫폼 운영/;
const BUSAN = /부산광역시/;
const MINISTRY = /중앙부처|행정안전부/;
const YEAR = 1994;

async function removeFigure(): Promise<void> {
  const owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  try {
    await owner.query(`DELETE FROM tenant_population WHERE tenant_id = 'gyeongnam' AND year = $1`, [YEAR]);
  } finally {
    await owner.end();
  }
}

beforeAll(removeFigure);
afterAll(removeFigure);

describe.each([DESKTOP, PHONE])('인구 기준자료 at $width×$height', (viewport) => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser(viewport);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  }, 30_000);

  it("lists every 시·도's figures and pages through 경상남도's districts", async () => {
    const { page } = browser;
    await browser.step('login-operator', () => loginFresh(page, PLATFORM, 'operator'));
    await browser.step('open', async () => {
      if (viewport === DESKTOP) await page.getByRole('link', { name: '인구 기준자료' }).click();
      else await page.goto(`${baseUrl()}/app/platform/population`);
      await page.getByRole('heading', { level: 1, name: '인구 기준자료' }).waitFor();
      await page.getByText(/^총 \d+개 시·도$/).waitFor();
      await page.getByRole('cell', { name: '경상남도', exact: true }).waitFor();
      expect(await contentOverflow(page)).toEqual([]);
      expect(await settledAxe(page)).toEqual([]);
    });
    await browser.step('districts', async () => {
      await page.getByRole('button', { name: '경상남도 시·군·구 보기' }).click();
      await page.getByRole('heading', { name: '경상남도 시·군·구별 인구' }).waitFor();
      const card = page.locator('.ant-card').filter({ hasText: '경상남도 시·군·구별 인구' });
      await card.getByText(/^총 \d+건$/).waitFor();
      await card.getByRole('cell', { name: '김해시', exact: true }).waitFor();
      expect(await card.locator('.ant-table-row').count()).toBe(20);
      await card.locator('.ant-pagination-item-2').click();
      await card.getByRole('cell', { name: '합천군', exact: true }).waitFor();
      expect(await card.locator('.ant-table-row').count()).toBeLessThan(20);
      expect(await contentOverflow(page)).toEqual([]);
      expect(await settledAxe(page)).toEqual([]);
    });
    expect(browser.errors).toEqual([]);
  });

  if (viewport === DESKTOP)
    it('enters a figure, with an API refusal shown at its field', async () => {
      const { page } = browser;
      await browser.step('refused', async () => {
        await page.getByRole('button', { name: '경상남도 인구 입력·수정' }).click();
        const dialog = page.getByRole('dialog', { name: '경상남도 인구' });
        await dialog.getByLabel('연도').fill(String(YEAR));
        await dialog.getByLabel('인구 (명)').fill('3200000');
        await dialog.getByLabel('출처').fill('\u200B\u200B');
        await dialog.getByRole('button', { name: '저장' }).click();
        await dialog.getByText(/보이는 글자로 200자 이내/).waitFor();
        expect(await settledAxe(page)).toEqual([]);
      });
      await browser.step('saved', async () => {
        const dialog = page.getByRole('dialog', { name: '경상남도 인구' });
        await dialog.getByLabel('출처').fill('화면 시험 (근사치)');
        await dialog.getByRole('button', { name: '저장' }).click();
        await page.getByText('저장했습니다.').waitFor();
        await page
          .getByRole('row', { name: /경상남도/ })
          .getByText(new RegExp(`${YEAR}`))
          .waitFor();
      });
      expect(browser.errors).toEqual([]);
    });

  it('shows the analyst the districts per 1,000 residents in the equity view', async () => {
    await browser.close();
    browser = await openBrowser(viewport);
    const { page } = browser;
    await browser.step('login-analyst', () => loginFresh(page, MINISTRY, 'analyst'));
    await browser.step('equity-districts', async () => {
      await page.goto(`${baseUrl()}/app/ministry-equity?dimension=DISTRICT`);
      await page.getByRole('heading', { name: /시·군·구별 주민 1,000명당 접수/ }).waitFor();
      await page.getByRole('columnheader', { name: '주민 1,000명당' }).waitFor();
      expect(await contentOverflow(page)).toEqual([]);
      expect(await settledAxe(page)).toEqual([]);
    });
    expect(browser.errors).toEqual([]);
  });

  it('gives a tenant user no entry', async () => {
    await browser.close();
    browser = await openBrowser(viewport);
    const { page } = browser;
    await browser.step('login-agent', () => loginFresh(page, BUSAN, 'agent'));
    await browser.step('refused', async () => {
      await page.goto(`${baseUrl()}/app/platform/population`);
      await page.getByText('접근 권한이 없습니다').first().waitFor();
      expect(await page.getByRole('link', { name: '인구 기준자료' }).count()).toBe(0);
    });
    expect(browser.errors).toEqual([]);
  });
});
