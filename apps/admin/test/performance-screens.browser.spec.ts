/**
 * The indicator designer and the processing-time reduction analysis in real Chromium at 1440 px and on a
 * 390 px phone. A jeonbuk tenant-admin adds an (inactive) indicator of this file, edits it, sees the API refuse
 * bands out of order on the bands editor, saves and reads the two versions; a manager reads the indicators
 * without an editor; an officer has neither menu. The manager reads the reduction of this file's department in
 * March 2026 against March 2025 (avg 4.0 against 8.0 days: 50%). No axe violations, nothing sticking out.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { gql, userToken } from '../../api/test/support/api';
import { insertCase } from '../../api/test/support/voc-cases';
import { baseUrl, browserPerTest, DESKTOP, loginFresh, PHONE, type Viewport } from './support/browser';
import { contentOverflow, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const JEONBUK = /전북특별자치도/;
const suffix = randomBytes(3).toString('hex').toUpperCase();
const DEPARTMENT = `단축분석과 ${suffix}`;
let departmentId = '';
let measureLabel = '';

beforeAll(async () => {
  const admin = await userToken('jeonbuk', 'admin');
  const created = await gql(
    admin,
    `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`,
    { input: { name: DEPARTMENT, code: `RED-${suffix}` } },
  );
  departmentId = created.data!.createDepartment.id;
  const measures = await gql<{ performanceMeasures: { labelKo: string }[] }>(
    admin,
    `{ performanceMeasures { labelKo } }`,
  );
  measureLabel = measures.data!.performanceMeasures[0].labelKo;
  const owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  try {
    for (const [received, days] of [
      ['2026-03-02T10:00:00+09:00', 3],
      ['2026-03-03T10:00:00+09:00', 5],
      ['2025-03-04T10:00:00+09:00', 8],
    ] as const) {
      const id = await insertCase(owner, 'jeonbuk', { departmentId, handlingClass: 'COMPLEX' });
      await owner.query(
        `UPDATE voc_items SET received_at = $2::timestamptz,
           answered_at = $2::timestamptz + make_interval(days => $3),
           closed_at = $2::timestamptz + make_interval(days => $3), status = 'CLOSED'
         WHERE id = $1`,
        [id, received, days],
      );
    }
  } finally {
    await owner.end();
  }
}, 120_000);

async function openScreen(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

async function checkScreen(page: Page): Promise<void> {
  expect(await contentOverflow(page)).toEqual([]);
  expect(await settledAxe(page)).toEqual([]);
}

const browsers = browserPerTest();
const codeFor = (viewport: Viewport) => `PS_${suffix}_${viewport.name.toUpperCase()}`;
const nameFor = (viewport: Viewport) => `화면시험 지표 ${suffix} ${viewport.name}`;

describe.each([DESKTOP, PHONE])('performance screens at $width×$height', (viewport) => {
  it('lets a tenant-admin add and edit an indicator, shows a refusal on its bands and the version history', async () => {
    const browser = await browsers.open(viewport);
    const { page } = browser;
    const name = nameFor(viewport);
    await browser.step('login-admin', () => loginFresh(page, JEONBUK, 'admin'));
    await browser.step('designer', async () => {
      await openScreen(page, '/app/performance-indicators', '성과지표 설계');
      await page.getByText(/활성 지표 가중치 합계/).waitFor();
      await page.getByRole('cell', { name: '표준' }).first().waitFor();
      await checkScreen(page);
    });
    await browser.step('create', async () => {
      await page.getByRole('button', { name: '새 지표' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('지표 코드').fill(codeFor(viewport));
      await drawer.getByLabel('지표명 (한국어)').fill(name);
      await drawer.getByLabel('지표명 (영어)').fill(`Screen test ${suffix} ${viewport.name}`);
      await drawer.getByRole('combobox', { name: '측정항목' }).fill(measureLabel);
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
      await checkScreen(page);
      await drawer.getByRole('button', { name: '저장' }).click();
      await drawer.waitFor({ state: 'detached' });
      const row = page.locator('.ant-table-row').filter({ hasText: codeFor(viewport) });
      await row.getByText('시·도 지표').waitFor();
      await row.getByText('사용 안 함').waitFor();
    });
    await browser.step('refusal', async () => {
      await page.getByRole('button', { name: `${name} 편집` }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('2구간 기준값').fill('95');
      await drawer.getByRole('button', { name: '저장' }).click();
      await drawer
        .getByRole('alert')
        .filter({ hasText: '높을수록 좋은 지표의 기준값은 위 구간부터 차례로 작아져야 합니다.' })
        .waitFor();
      await checkScreen(page);
      await drawer.getByLabel('2구간 기준값').fill('70');
      await drawer.getByLabel(/^목표 \(/).fill('85');
      await drawer.getByRole('button', { name: '저장' }).click();
      await drawer.waitFor({ state: 'detached' });
    });
    await browser.step('history', async () => {
      await page.getByRole('button', { name: `${name} 변경 이력` }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByText('저장된 버전 2개').waitFor();
      expect(await drawer.locator('.ant-table-row').count()).toBe(2);
      await drawer.getByRole('cell', { name: /A ≥70/ }).waitFor();
      await checkScreen(page);
    });
    expect(browser.errors).toEqual([]);
  });

  it('shows a manager the indicators read-only and the reduction analysis', async () => {
    const browser = await browsers.open(viewport);
    const { page } = browser;
    await browser.step('login-manager', () => loginFresh(page, JEONBUK, 'manager'));
    await browser.step('indicators-read-only', async () => {
      await openScreen(page, '/app/performance-indicators', '성과지표');
      await page.getByRole('cell', { name: '표준' }).first().waitFor();
      expect(await page.getByRole('button', { name: '새 지표' }).count()).toBe(0);
      await page.getByRole('button', { name: '목표기한 내 처리율 보기' }).click();
      const drawer = page.getByRole('dialog');
      expect(await drawer.getByLabel('지표명 (한국어)').isDisabled()).toBe(true);
      expect(await drawer.getByRole('button', { name: '저장' }).count()).toBe(0);
      await checkScreen(page);
    });
    await browser.step('reduction', async () => {
      await openScreen(
        page,
        `/app/petition-reduction?from=2026-03&to=2026-03&department=${departmentId}`,
        '처리기간 단축 분석',
      );
      const row = page.locator('.ant-table-row').filter({ hasText: DEPARTMENT });
      await row.first().waitFor();
      expect(await row.count()).toBe(1);
      const cells = await row.locator('td').allInnerTexts();
      expect(cells).toEqual(['2026-03', DEPARTMENT, DEPARTMENT, '복합', '2', '4.0', '1', '8.0', '50%']);
      await page.getByText('월별 평균 처리일수', { exact: false }).first().waitFor();
      await checkScreen(page);
      await page.getByRole('combobox', { name: '처리유형' }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="단순상담"]').click();
      await page.waitForURL((url) => url.searchParams.get('class') === 'SIMPLE_CONSULT');
      await page.getByText('기간 중 자료가 없습니다.').waitFor();
    });
    expect(browser.errors).toEqual([]);
  });

  it('has neither screen for an officer', async () => {
    const browser = await browsers.open(viewport);
    const { page } = browser;
    await browser.step('login-officer', () => loginFresh(page, JEONBUK, 'officer'));
    await browser.step('no-menu', async () => {
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await page.getByRole('link', { name: /성과지표/ }).count()).toBe(0);
      expect(await page.getByRole('link', { name: '처리기간 단축 분석' }).count()).toBe(0);
    });
    await browser.step('forbidden', async () => {
      for (const path of ['/app/performance-indicators', '/app/petition-reduction'])
        await openScreen(page, path, '접근 권한이 없습니다');
      expect(await settledAxe(page)).toEqual([]);
    });
  });
});
