/**
 * 서비스 이행표준·고객만족 and 위임전결 기준 in Chromium at 1440 px and 390 px, in 광주광역시 (gwangju; the API spec
 * writes these areas of jeonnam): the tenant admin adds a standard, records a month's result and sees its
 * attainment, opens the CSI, phone-courtesy and recognition tabs, and saves an approval-matrix rule; an agent
 * reads the standards and the matrix without any control. axe finds no WCAG A/AA violation.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import {
  baseUrl,
  DESKTOP,
  expectVisible,
  loginFresh,
  browserPerTest,
  PHONE,
  type Viewport,
} from './support/browser';
import { clickUntil, contentOverflow, pickOption, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const GWANGJU = /광주광역시/;
const RUN = randomBytes(3).toString('hex');
const browser = browserPerTest();
let departmentName: string;

beforeAll(async () => {
  const owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ name: string }>(
      `SELECT name FROM departments WHERE tenant_id = 'gwangju' AND active AND parent_id IS NOT NULL ORDER BY code LIMIT 1`,
    );
    departmentName = rows[0].name;
  } finally {
    await owner.end();
  }
});
const thisMonth = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 7);

describe.each([DESKTOP, PHONE])('at $width px', (viewport: Viewport) => {
  it('lets the tenant admin keep standards, record results and save the approval matrix', async () => {
    const s = await browser.open(viewport);
    const { page } = s;
    const name = `전화 응답 ${viewport.width} ${RUN}`;
    await s.step('login', () => loginFresh(page, GWANGJU, 'admin'));

    await s.step('add-standard', async () => {
      await page.goto(`${baseUrl()}/app/service-standards`);
      await expectVisible(page.getByRole('heading', { level: 1, name: '서비스 이행표준·고객만족' }));
      expect(await settledAxe(page)).toEqual([]);
      const dialog = page.getByRole('dialog');
      await clickUntil(page.getByRole('button', { name: '이행표준 추가' }), dialog);
      await dialog.getByLabel('표준 이름').fill(name);
      await dialog.getByLabel('약속 문안').fill('전화는 벨이 3번 울리기 전에 받습니다.');
      await dialog.getByLabel('목표 값').fill('3');
      await pickOption(page, dialog.getByLabel('단위'), '회(벨)');
      await pickOption(page, dialog.getByLabel('책임 부서'), departmentName, { search: true });
      expect(await settledAxe(page)).toEqual([]);
      await clickUntil(dialog.getByRole('button', { name: '저장' }), dialog, 'hidden');
      await expectVisible(page.getByRole('row', { name: new RegExp(name) }));
    });

    await s.step('record-result', async () => {
      const row = page.getByRole('row', { name: new RegExp(name) });
      const dialog = page.getByRole('dialog');
      await clickUntil(row.getByRole('button', { name: '결과 기록' }), dialog);
      await dialog.getByLabel('측정 월').fill(thisMonth());
      await dialog.getByLabel('표본 수').fill('40');
      await dialog.getByLabel('충족 건수').fill('36');
      await clickUntil(dialog.getByRole('button', { name: '저장' }), dialog, 'hidden');
      await expectVisible(row.getByRole('cell', { name: '90.0%' }));
      expect(await contentOverflow(page)).toEqual([]);
    });

    await s.step('result-tabs', async () => {
      for (const [tab, text] of [
        ['고객만족도(CSI)', /설문 설계 1판/],
        ['전화친절도', /모니터링 결과 입력/],
        ['포상 순위', /종합/],
      ] as const) {
        await page.getByRole('tab', { name: tab }).click();
        await expectVisible(page.getByText(text).first());
        expect(await settledAxe(page)).toEqual([]);
        expect(await contentOverflow(page)).toEqual([]);
      }
    });

    await s.step('approval-matrix', async () => {
      await page.goto(`${baseUrl()}/app/approval-matrix`);
      await expectVisible(page.getByRole('heading', { level: 1, name: '위임전결 기준' }));
      const version = Number((await page.getByText(/^버전 \d+$/).innerText()).replace(/\D/g, ''));
      await page.getByRole('button', { name: '행 추가' }).first().click();
      const condition = page.getByLabel('조건', { exact: true }).last();
      await condition.fill(`예산 ${viewport.width} ${RUN}`);
      await pickOption(page, page.getByLabel('유형', { exact: true }).last(), '복합');
      await page.getByRole('button', { name: '기준 저장' }).click();
      await expectVisible(page.getByText(`버전 ${version + 1}`, { exact: true }));
      await expectVisible(page.getByRole('heading', { name: '결재 단계별 비중' }));
      expect(await settledAxe(page)).toEqual([]);
      expect(await contentOverflow(page)).toEqual([]);
    });
    expect(s.errors).toEqual([]);
  });

  it('shows an agent the standards and the matrix without controls or results', async () => {
    const s = await browser.open(viewport);
    const { page } = s;
    await s.step('login', () => loginFresh(page, GWANGJU, 'agent'));
    await s.step('standards', async () => {
      await page.goto(`${baseUrl()}/app/service-standards`);
      await expectVisible(page.getByRole('heading', { level: 1, name: '서비스 이행표준·고객만족' }));
      await expectVisible(page.getByRole('tab', { name: '이행표준' }));
      expect(await page.getByRole('tab', { name: '포상 순위' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: '이행표준 추가' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: '결과 기록' }).count()).toBe(0);
      expect(await settledAxe(page)).toEqual([]);
      expect(await contentOverflow(page)).toEqual([]);
    });
    await s.step('matrix', async () => {
      await page.goto(`${baseUrl()}/app/approval-matrix`);
      await expectVisible(page.getByRole('heading', { level: 1, name: '위임전결 기준' }));
      expect(await page.getByRole('button', { name: '기준 저장' }).count()).toBe(0);
      expect(await page.getByRole('heading', { name: '결재 단계별 비중' }).count()).toBe(0);
      expect(await settledAxe(page)).toEqual([]);
      expect(await contentOverflow(page)).toEqual([]);
    });
    expect(s.errors).toEqual([]);
  });
});
