/**
 * Satisfaction surveys in Chromium (Chungbuk, a tenant no other browser spec touches) at 1440 px and 390 px,
 * on rows this spec writes itself: a department of its own with three closed cases, two answered (one under
 * the threshold, with its follow-up) and one not. A department head reads the results of that department
 * (averages, the response rate 2/3, the answers with their free text and links to the cases), closes the
 * follow-up with a note, then rates the complex case's quality on the case page. An agent sees the results
 * without the free text, no follow-up menu and no rating form. axe finds no WCAG A/AA violation anywhere.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { petitionReference } from '../../api/test/support/petition-reference';
import { newSurveyCase, newSurveyLink, type Query } from '../../../libs/crm-core/test/survey-cases';
import {
  chooseLanguage,
  DESKTOP,
  expectVisible,
  loginFresh,
  logout,
  browserPerTest,
  PHONE,
  type BrowserSession,
  type Viewport,
} from './support/browser';
import { contentOverflow, pickOption, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const TENANT = 'chungbuk';
const CHUNGBUK = /충청북도/;
let owner: Client;
const browser = browserPerTest();
const asOwner: Query = async (text, params) => (await owner.query(text, params)).rows;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
});
afterAll(() => owner.end());

interface Fixture {
  department: { id: string; name: string };
  officer: { id: string; name: string };
  low: { id: string; receiptNo: string; comment: string };
  high: { id: string; receiptNo: string; comment: string };
  followupId: string;
}

/** A department, an officer and three cases in the survey step: answered low (follow-up), answered high, silent. */
async function fixture(): Promise<Fixture> {
  const tag = randomBytes(3).toString('hex');
  const [department] = await asOwner(
    `INSERT INTO departments (tenant_id, code, name, sort_order)
     SELECT $1, $2, $3, coalesce(max(sort_order), 0) + 1 FROM departments WHERE tenant_id = $1 AND parent_id IS NULL
     RETURNING id, name`,
    [TENANT, `SVY-${tag}`, `민원만족과 ${tag}`],
  );
  const [officer] = await asOwner(
    `INSERT INTO staff (tenant_id, name, department_id, active) VALUES ($1, $2, $3, true) RETURNING id, name`,
    [TENANT, `조사담당 ${tag}`, department.id],
  );
  const owned = { departmentId: department.id as string, officerId: officer.id as string };
  const [low, high, silent] = await Promise.all([
    newSurveyCase(asOwner, TENANT, petitionReference(), {
      ...owned,
      handlingClass: 'COMPLEX',
      status: 'CLOSED',
    }),
    newSurveyCase(asOwner, TENANT, petitionReference(), { ...owned, status: 'CLOSED' }),
    newSurveyCase(asOwner, TENANT, petitionReference(), owned),
  ]);
  for (const c of [low, high, silent]) await newSurveyLink(asOwner, TENANT, c.id);
  const answer = (vocId: string, scores: number[], comment: string) =>
    asOwner(
      `INSERT INTO voc_survey_responses (tenant_id, voc_id, department_id, officer_id, speed, kindness, fairness,
         convenience, comment) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [TENANT, vocId, department.id, officer.id, ...scores, comment],
    );
  const lowComment = `담당자 연락이 늦었습니다 ${tag}`;
  const highComment = `친절하게 안내해 주셨습니다 ${tag}`;
  await answer(low.id, [1, 2, 2, 1], lowComment);
  await answer(high.id, [5, 4, 5, 4], highComment);
  // Oldest of the tenant, so it heads the first page of follow-ups (oldest first) whatever the demo seed holds.
  const [followup] = await asOwner(
    `INSERT INTO voc_survey_followups (tenant_id, voc_id, mean_score, created_at)
     VALUES ($1, $2, 1.5, '2020-01-01T00:00:00Z'::timestamptz + random() * interval '1 day') RETURNING id`,
    [TENANT, low.id],
  );
  return {
    department: { id: department.id, name: department.name },
    officer: { id: officer.id, name: officer.name },
    low: { id: low.id, receiptNo: low.receiptNo, comment: lowComment },
    high: { id: high.id, receiptNo: high.receiptNo, comment: highComment },
    followupId: followup.id,
  };
}

const checked = async (s: BrowserSession) => {
  expect(await settledAxe(s.page)).toEqual([]);
  expect(await contentOverflow(s.page)).toEqual([]);
};

async function managerJourney(viewport: Viewport): Promise<BrowserSession> {
  const f = await fixture();
  const s = await browser.open(viewport);
  const { page } = s;
  const go = (path: string) => page.goto(new URL(path, page.url()).toString());
  await s.step('login', () => loginFresh(page, CHUNGBUK, 'manager'));

  await s.step('results', async () => {
    await go(`/app/petition-survey-results?department=${f.department.id}`);
    await expectVisible(page.getByRole('heading', { level: 1, name: '만족도 조사 결과' }));
    const summary = page.getByTestId('survey-summary');
    await expectVisible(summary.getByText('66.7% (2/3건)'));
    // 신속 (1+5)/2, 친절 (2+4)/2, 공정 (2+5)/2, 편이 (1+4)/2, overall (1.5+4.5)/2.
    for (const [label, value] of [
      ['응답 수', '2'],
      ['신속', '3.00'],
      ['친절', '3.00'],
      ['공정', '3.50'],
      ['편이', '2.50'],
      ['전체 평균', '3.00'],
    ])
      await expectVisible(
        summary
          .locator('tr')
          .filter({ hasText: label })
          .locator('td')
          .filter({ hasText: new RegExp(`^${value}$`) })
          .first(),
      );
    await expectVisible(page.getByText('응답 2건'));
    await expectVisible(page.getByText(f.low.comment));
    await expectVisible(page.getByText(f.high.comment));
    await expectVisible(page.getByRole('link', { name: f.low.receiptNo }));
    await checked(s);
  });

  await s.step('results-by-officer', async () => {
    await pickOption(page, page.getByRole('combobox', { name: '담당자' }), f.officer.name);
    await page.getByRole('button', { name: '조회' }).click();
    await page.waitForURL((u) => u.searchParams.get('officer') === f.officer.id);
    await expectVisible(page.getByTestId('survey-summary').getByText('66.7% (2/3건)'));
    await expectVisible(page.getByText('응답 2건'));
  });

  await s.step('followups', async () => {
    await go('/app/petition-survey-followups');
    await expectVisible(page.getByRole('heading', { level: 1, name: '만족도 후속조치' }));
    const row = page.locator('tr').filter({ has: page.getByRole('link', { name: f.low.receiptNo }) });
    await expectVisible(row.getByText('조치 필요'));
    await expectVisible(row.getByText('1.50'));
    await checked(s);
    await row.getByRole('button', { name: '조치 완료' }).click();
    const dialog = page.getByRole('dialog');
    await expectVisible(dialog.getByText(`후속조치 완료: ${f.low.receiptNo}`));
    await dialog.getByRole('button', { name: '조치 완료' }).click();
    await expectVisible(dialog.getByText('조치 내용을 적어 주세요.'));
    expect(await settledAxe(page)).toEqual([]);
    const [still] = await asOwner(`SELECT status FROM voc_survey_followups WHERE id = $1`, [f.followupId]);
    expect(still.status).toBe('OPEN');
    await dialog.getByLabel('조치 내용').fill('민원인에게 전화로 사과하고 처리 결과를 다시 안내함');
    await dialog.getByRole('button', { name: '조치 완료' }).click();
    await expectVisible(page.getByText('후속조치를 완료했습니다.'));
    await page.getByRole('link', { name: f.low.receiptNo }).waitFor({ state: 'detached' });
    const [done] = await asOwner(`SELECT status, note FROM voc_survey_followups WHERE id = $1`, [
      f.followupId,
    ]);
    expect(done).toEqual({ status: 'DONE', note: '민원인에게 전화로 사과하고 처리 결과를 다시 안내함' });

    await page.locator('.ant-segmented-item', { hasText: '조치 완료' }).click();
    const doneRow = page.locator('tr').filter({ has: page.getByRole('link', { name: f.low.receiptNo }) });
    await expectVisible(doneRow.getByText('민원인에게 전화로 사과하고 처리 결과를 다시 안내함'));
    expect(await doneRow.getByRole('button', { name: '조치 완료' }).count()).toBe(0);
    await checked(s);
  });

  await s.step('case-quality', async () => {
    await page.getByRole('link', { name: f.low.receiptNo }).click();
    const card = page.getByTestId('voc-survey');
    await expectVisible(card.getByRole('heading', { name: '만족도 조사' }));
    await expectVisible(card.getByText(f.low.comment));
    await expectVisible(card.getByText('조치 완료', { exact: true }));
    await expectVisible(card.getByTestId('voc-quality-value').getByText('아직 평가하지 않았습니다.'));
    await checked(s);
    await pickOption(page, card.getByRole('combobox', { name: '품질 점수 (1~5)' }), '4');
    await card.getByRole('button', { name: '평가 저장' }).click();
    await expectVisible(card.getByTestId('voc-quality-value').getByText(/^4점 \/ 5점/));
    const [voc] = await asOwner(`SELECT quality_score FROM voc_items WHERE id = $1`, [f.low.id]);
    expect(voc.quality_score).toBe(4);
    await checked(s);
  });

  await s.step('simple-case-has-no-rating', async () => {
    await go(`/app/petitions/${f.high.id}`);
    const card = page.getByTestId('voc-survey');
    await expectVisible(card.getByText(f.high.comment));
    await expectVisible(card.getByText('없음 (기준 점수 이상)'));
    expect(await card.getByRole('heading', { name: '처리 품질 평가' }).count()).toBe(0);
  });
  return s;
}

describe('satisfaction survey screens', () => {
  it('department head at 1440 px: results, follow-up closed with a note, quality rating; English switch', async () => {
    const s = await managerJourney(DESKTOP);
    await s.step('menu-and-english', async () => {
      const nav = s.page.getByRole('navigation', { name: '주 메뉴' });
      await expectVisible(nav.getByRole('link', { name: '만족도 조사 결과' }));
      await expectVisible(nav.getByRole('link', { name: '만족도 후속조치' }));
      await nav.getByRole('link', { name: '만족도 조사 결과' }).click();
      await chooseLanguage(s.page, 'English');
      await expectVisible(s.page.getByRole('heading', { level: 1, name: 'Satisfaction survey results' }));
      await expectVisible(s.page.getByText('Response rate'));
      expect(await settledAxe(s.page)).toEqual([]);
      await chooseLanguage(s.page, '한국어');
    });
  });

  it('department head at 390 px: the same on a phone', async () => {
    await managerJourney(PHONE);
  });

  it('agent: results without free text, no follow-up menu, no rating form', async () => {
    const f = await fixture();
    const s = await browser.open(DESKTOP);
    const { page } = s;
    await s.step('login', () => loginFresh(page, CHUNGBUK, 'agent'));
    await s.step('menu', async () => {
      const nav = page.getByRole('navigation', { name: '주 메뉴' });
      await expectVisible(nav.getByRole('link', { name: '만족도 조사 결과' }));
      expect(await nav.getByRole('link', { name: '만족도 후속조치' }).count()).toBe(0);
    });
    await s.step('results', async () => {
      await page.goto(
        new URL(`/app/petition-survey-results?department=${f.department.id}`, page.url()).toString(),
      );
      await expectVisible(page.getByTestId('survey-summary').getByText('66.7% (2/3건)'));
      await expectVisible(page.getByRole('link', { name: f.low.receiptNo }));
      expect(await page.getByText(f.low.comment).count()).toBe(0);
      expect(await page.getByRole('columnheader', { name: '서술형 의견' }).count()).toBe(0);
      await checked(s);
    });
    await s.step('case', async () => {
      await page.getByRole('link', { name: f.low.receiptNo }).click();
      const card = page.getByTestId('voc-survey');
      await expectVisible(card.getByText('1 / 5').first());
      await expectVisible(card.getByTestId('voc-quality-value'));
      expect(await card.getByText(f.low.comment).count()).toBe(0);
      expect(await card.getByText('후속조치').count()).toBe(0);
      expect(await card.getByRole('button', { name: '평가 저장' }).count()).toBe(0);
      await checked(s);
    });
    await logout(page);
  });
});
