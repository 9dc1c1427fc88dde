/**
 * The resident pages in Chromium at 1440 and 390 px: KRDS look, zero axe-core violations on every page and
 * state, nothing sticking out sideways on a phone, focus on the error summary or the result after a submit,
 * and no content-security-policy complaint. Cases and survey links are written as the owner (the intake and
 * lifecycle are other pieces).
 */
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { newSurveyCase, newSurveyLink, type Query } from '../../../libs/crm-core/test/survey-cases';
import { petitionReference } from '../../api/test/support/petition-reference';
import {
  axeViolations,
  baseUrl,
  DESKTOP,
  expectVisible,
  openBrowser,
  PHONE,
  settledOverflow,
  type BrowserSession,
} from './support/browser';

let owner: Client;
const asOwner: Query = async (text, params) => (await owner.query(text, params)).rows;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
});
afterAll(() => owner.end());

async function accessible(page: Page, screen: string): Promise<void> {
  expect([screen, await axeViolations(page)]).toEqual([screen, []]);
}

/**
 * Opens a page and checks the browser refused nothing of it under its content security policy (before axe
 * runs: axe probes style sheets in ways a strict policy refuses).
 */
async function visit(browser: BrowserSession, path: string): Promise<void> {
  browser.errors.length = 0;
  await browser.page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
  expect(browser.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe.each([DESKTOP, PHONE])('resident pages at $width px (browser)', (viewport) => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser(viewport);
  }, 60_000);
  afterAll(() => browser?.close(), 30_000);

  it('apply, 나의 민원보기 and the survey work by keyboard focus and pass axe', async () => {
    const { page, step } = browser;
    const [dept] = await asOwner(
      `SELECT id FROM departments WHERE tenant_id = 'gyeongnam' AND parent_id IS NOT NULL ORDER BY code LIMIT 1`,
    );
    const c = await newSurveyCase(asOwner, 'gyeongnam', petitionReference(), { departmentId: dept.id });
    const token = await newSurveyLink(asOwner, 'gyeongnam', c.id);

    await step('apply-form', async () => {
      await visit(browser, '/r/gyeongnam/apply');
      await expectVisible(page.getByRole('heading', { level: 1, name: '민원 신청' }));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
      const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(font).toContain('Pretendard GOV');
      expect(await settledOverflow(page)).toBe(0);
      await accessible(page, 'apply');
    });

    await step('apply-errors', async () => {
      await page.getByRole('button', { name: '신청' }).click();
      await page.waitForLoadState('load');
      const summary = page.getByRole('alert').filter({ hasText: '입력 내용을 확인해 주세요' });
      await expectVisible(summary);
      await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
      await summary.getByRole('link', { name: '민원 분야를 골라 주세요.' }).click();
      expect(await focusedId(page)).toBe('category');
      expect(await settledOverflow(page)).toBe(0);
      await accessible(page, 'apply with errors');
    });

    await step('status-found', async () => {
      await visit(browser, '/r/gyeongnam/status');
      await page.getByLabel('접수번호').fill(c.receiptNo);
      await page.getByLabel('휴대전화 번호 뒷자리 4자리').fill('4211');
      await page.getByRole('button', { name: '조회' }).click();
      await expectVisible(page.getByRole('heading', { level: 2, name: `접수번호 ${c.receiptNo}` }));
      await page.waitForFunction(() => document.activeElement?.classList.contains('r-case'));
      await expectVisible(page.getByText('만족도조사', { exact: true }));
      expect(await settledOverflow(page)).toBe(0);
      await accessible(page, 'status found');
    });

    await step('status-not-found', async () => {
      await page.getByLabel('휴대전화 번호 뒷자리 4자리').fill('0000');
      await page.getByRole('button', { name: '조회' }).click();
      await expectVisible(page.getByRole('heading', { name: '민원을 찾을 수 없습니다' }));
      await accessible(page, 'status not found');
    });

    await step('survey', async () => {
      await visit(browser, `/r/gyeongnam/survey/${token}`);
      await expectVisible(page.getByRole('heading', { level: 1, name: '민원 만족도 조사' }));
      expect(await settledOverflow(page)).toBe(0);
      await accessible(page, 'survey form');
      for (const [legend, label] of [
        ['신속', '5 매우 만족'],
        ['친절', '4 만족'],
        ['공정', '4 만족'],
        ['편이', '3 보통'],
      ]) {
        // KRDS draws its own radio over the native one: the resident clicks the label.
        const group = page.getByRole('group', { name: new RegExp(`^${legend}:`) });
        await group.locator('label', { hasText: label }).click();
        expect(await group.getByLabel(label).isChecked()).toBe(true);
      }
      await page.getByLabel('하고 싶은 말씀 (선택)').fill('설명이 친절했습니다.');
      await page.getByRole('button', { name: '응답 제출' }).click();
      await expectVisible(page.getByRole('heading', { name: '응답해 주셔서 감사합니다' }));
      await accessible(page, 'survey thanks');
      await visit(browser, `/r/gyeongnam/survey/${token}`);
      await expectVisible(page.getByRole('heading', { name: '이미 응답하신 조사입니다' }));
      await accessible(page, 'survey used');
    });

    const [answer] = await asOwner(
      `SELECT speed, kindness, fairness, convenience FROM voc_survey_responses WHERE voc_id = $1`,
      [c.id],
    );
    expect(answer).toEqual({ speed: 5, kindness: 4, fairness: 4, convenience: 3 });
  });
});
