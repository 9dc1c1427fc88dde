/**
 * The department scorecard in real Chromium at 1440 px and on a 390 px phone: a jeonbuk manager picks a
 * department of this file and March 2026, reads each indicator's value and grade from the roll-ups, opens the
 * drill-down of 목표기한 내 처리율 and sees the three cases behind it; no axe violations, nothing sticking out.
 * An officer has no scorecard in the navigation.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { gql, userToken } from '../../api/test/support/api';
import { JOB_FIELDS, waitForJob, type JobView } from '../../api/test/support/jobs';
import { insertCase } from '../../api/test/support/voc-cases';
import { baseUrl, browserPerTest, DESKTOP, loginFresh, PHONE } from './support/browser';
import { contentOverflow, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const JEONBUK = /전북특별자치도/;
const suffix = randomBytes(3).toString('hex').toUpperCase();
const DEPARTMENT = `평가표화면과 ${suffix}`;
const OFFICER = `평가직원${suffix}`;

beforeAll(async () => {
  const admin = await userToken('jeonbuk', 'admin');
  const created = await gql(
    admin,
    `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`,
    { input: { name: DEPARTMENT, code: `SCB-${suffix}` } },
  );
  const departmentId: string = created.data!.createDepartment.id;
  const owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  try {
    const [officer] = (
      await owner.query(
        `INSERT INTO staff (tenant_id, department_id, name, position, active) VALUES ('jeonbuk', $1, $2, '주무관', true)
         RETURNING id`,
        [departmentId, OFFICER],
      )
    ).rows;
    for (const days of [1, 5, 9]) {
      const id = await insertCase(owner, 'jeonbuk', { departmentId });
      await owner.query(`UPDATE voc_items SET officer_id = $2 WHERE id = $1`, [id, officer.id]);
      await owner.query(
        `UPDATE voc_items SET received_at = '2026-03-02T10:00:00+09:00',
           target_due_at = '2026-03-05T22:00:00+09:00', due_at = '2026-03-09T10:00:00+09:00',
           answered_at = '2026-03-02T10:00:00+09:00'::timestamptz + make_interval(days => $2),
           closed_at = '2026-03-02T10:00:00+09:00'::timestamptz + make_interval(days => $2), status = 'CLOSED'
         WHERE id = $1`,
        [id, days],
      );
    }
  } finally {
    await owner.end();
  }
  const started = await gql<{ startPerformanceRollup: JobView }>(
    admin,
    `mutation { startPerformanceRollup(full: true) { ${JOB_FIELDS} } }`,
  );
  const done = await waitForJob(admin, started.data!.startPerformanceRollup.id, { timeoutMs: 120_000 });
  expect(done.state).toBe('COMPLETED');
}, 180_000);

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  // antd's role=option list is the hidden one for screen readers; the visible items carry the label as title.
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

const browsers = browserPerTest();

describe.each([DESKTOP, PHONE])('department scorecard at $width×$height', (viewport) => {
  it('shows a manager the March scorecard and the cases behind a number', async () => {
    const browser = await browsers.open(viewport);
    const { page } = browser;
    await browser.step('login-manager', () => loginFresh(page, JEONBUK, 'manager'));
    await browser.step('scorecard', async () => {
      await page.goto(`${baseUrl()}/app/performance-scorecards`);
      await page.getByRole('heading', { level: 1, name: '성과 평가표' }).waitFor();
      await page.getByRole('combobox', { name: '부서' }).fill(DEPARTMENT);
      await page
        .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${DEPARTMENT}"]`)
        .click();
      await choose(page, '연도', '2026');
      await choose(page, '월·분기', '3월');
      await page.getByRole('cell', { name: '1 / 3' }).waitFor();
      await page.getByRole('cell', { name: '33.33' }).waitFor();
      expect(await contentOverflow(page)).toEqual([]);
      expect(await settledAxe(page)).toEqual([]);
    });
    await browser.step('drill-down', async () => {
      await page.getByRole('button', { name: '목표기한 내 처리율', exact: true }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByText('3건, 분자 1 / 분모 3').waitFor();
      expect(await drawer.locator('.ant-table-row').count()).toBe(3);
      expect(await settledAxe(page)).toEqual([]);
    });
    expect(browser.errors).toEqual([]);
  });

  it('shows a manager an officer’s March scorecard, found by name', async () => {
    const browser = await browsers.open(viewport);
    const { page } = browser;
    await browser.step('login-manager', () => loginFresh(page, JEONBUK, 'manager'));
    await browser.step('officer-scorecard', async () => {
      await page.goto(`${baseUrl()}/app/performance-scorecards`);
      await page.getByRole('heading', { level: 1, name: '성과 평가표' }).waitFor();
      await page.locator('.ant-segmented').getByText('직원', { exact: true }).click();
      await page.getByRole('combobox', { name: '직원' }).fill(OFFICER);
      await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title^="${OFFICER}"]`).click();
      await choose(page, '연도', '2026');
      await choose(page, '월·분기', '3월');
      const row = page.getByRole('row', { name: /목표기한 내 처리율 \(담당자\)/ });
      await row.getByRole('cell', { name: '1 / 3' }).waitFor();
      expect(await contentOverflow(page)).toEqual([]);
      expect(await settledAxe(page)).toEqual([]);
    });
    expect(browser.errors).toEqual([]);
  });

  it('has no scorecard for an officer', async () => {
    const browser = await browsers.open(viewport);
    const { page } = browser;
    await browser.step('login-officer', () => loginFresh(page, JEONBUK, 'officer'));
    await browser.step('no-menu', async () => {
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await page.getByRole('link', { name: '성과 평가표' }).count()).toBe(0);
    });
  });
});
