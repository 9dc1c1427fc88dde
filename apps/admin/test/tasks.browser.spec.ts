/**
 * Tasks in Debian's Chromium (issue 10 #8, #9): Chungbuk's tenant-admin creates a task in a department of this
 * file, plans it in two steps whose weights reach 100 %, approves the plan, starts the task, records progress,
 * finishes every step and completes the task, at 1440 px then at 390 px with no axe violations, and reads the
 * task's deadline compliance on the department's scorecard of the month once the roll-up has run; an agent
 * (least privileged) reads the list and a task but is offered no change.
 */
import { randomBytes } from 'node:crypto';
import { gql, userToken } from '../../api/test/support/api';
import { JOB_FIELDS, waitForJob, type JobView } from '../../api/test/support/jobs';
import {
  DESKTOP,
  PHONE,
  axeViolations,
  expectVisible,
  horizontalOverflow,
  loginFresh,
  browserPerTest,
  waitForAppUrl,
} from './support/browser';

jest.setTimeout(240_000);

const CHUNGBUK = /충청북도/;
const browser = browserPerTest();
const DEPARTMENT = `과제평가과 ${randomBytes(3).toString('hex').toUpperCase()}`;
let admin: string;

beforeAll(async () => {
  admin = await userToken('chungbuk', 'admin');
  const created = await gql(
    admin,
    `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`,
    { input: { name: DEPARTMENT, code: `TSK-${DEPARTMENT.slice(-6)}` } },
  );
  expect(created.errors).toBeUndefined();
});

/** This month in Korea, as the scorecard's pickers name it. */
const koreanMonth = () => {
  const d = new Date(Date.now() + 9 * 3_600_000);
  return { year: String(d.getUTCFullYear()), month: `${d.getUTCMonth() + 1}월` };
};

/** `n` days before today in Korea, as a date input takes it. */
const daysAgo = (n: number) => {
  const d = new Date(Date.now() + 9 * 3_600_000);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};

it('takes a task from creation through an approved plan to completion, at 1440 and 390 px with no axe violations', async () => {
  const s = await browser.open(DESKTOP);
  const { page } = s;
  const title = `브라우저 과제 ${Date.now().toString(36)}`;

  await s.step('login', () => loginFresh(page, CHUNGBUK, 'admin'));

  await s.step('open-list', async () => {
    await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '과제 관리' }).click();
    await waitForAppUrl(page, (url) => url.pathname === '/app/tasks');
    await expectVisible(page.getByRole('heading', { level: 1, name: '과제 관리' }));
    await expectVisible(page.locator('.ant-table-row'));
    expect(await axeViolations(page, '#main')).toEqual([]);
  });

  await s.step('create', async () => {
    await page.getByRole('button', { name: '과제 등록' }).click();
    await waitForAppUrl(page, (url) => url.pathname === '/app/tasks/new');
    await expectVisible(page.getByRole('heading', { level: 1, name: '과제 등록' }));
    await page.getByLabel('과제명', { exact: true }).fill(title);
    await page.getByLabel('과제 요약').fill('민원이 거듭 접수된 통학로 보도 정비');
    await page.getByRole('combobox', { name: '담당 부서' }).click();
    await page.getByRole('combobox', { name: '담당 부서' }).fill(DEPARTMENT);
    await page.locator('.ant-select-tree-title', { hasText: DEPARTMENT }).first().click();
    expect(await axeViolations(page, '#main')).toEqual([]);
    await page.getByRole('button', { name: '등록' }).click();
    await waitForAppUrl(page, (url) => /^\/app\/tasks\/[0-9a-f-]{36}$/.test(url.pathname));
    await expectVisible(page.getByRole('heading', { level: 1, name: title }));
  });

  const plan = async (steps: [string, number, number, string, string, number][]) => {
    await page.getByRole('button', { name: '계획 편집' }).click();
    for (const [i, [name, weight, days, start, end, progress]] of steps.entries()) {
      if ((await page.getByLabel(`해결방법 ${i + 1}`).count()) === 0)
        await page.getByRole('button', { name: '단계 추가' }).click();
      await page.getByLabel(`해결방법 ${i + 1}`).fill(name);
      await page.getByLabel(`가중치(%) ${i + 1}`).fill(String(weight));
      await page.getByLabel(`계획기간(일) ${i + 1}`).fill(String(days));
      await page.getByLabel(`시작일 ${i + 1}`).fill(start);
      await page.getByLabel(`종료일 ${i + 1}`).fill(end);
      await page.getByLabel(`진행률(%) ${i + 1}`).fill(String(progress));
    }
    await page.getByRole('button', { name: '계획 저장' }).click();
    await expectVisible(page.getByRole('button', { name: '계획 편집' }));
  };

  await s.step('plan-and-approve', async () => {
    await plan([
      ['서류검토', 40, 10, daysAgo(10), daysAgo(5), 100],
      ['현장조사', 60, 20, '', '', 0],
    ]);
    await expectVisible(page.getByText('가중치 합 100%'));
    await expectVisible(page.getByRole('progressbar', { name: '과제진행률 40%' }));
    expect(await axeViolations(page, '#main')).toEqual([]);
    await page.getByRole('button', { name: '계획 확정' }).click();
    await expectVisible(page.getByText('계획 확정됨'));
    await page.getByRole('button', { name: '과제 시작' }).click();
    await expectVisible(page.locator('.pcrm-tone-warn', { hasText: '진행중' }));
  });

  await s.step('progress-and-complete', async () => {
    await plan([
      ['서류검토', 40, 10, daysAgo(10), daysAgo(5), 100],
      ['현장조사', 60, 20, daysAgo(4), daysAgo(1), 100],
    ]);
    await expectVisible(page.getByRole('progressbar', { name: '과제진행률 100%' }));
    await page.getByRole('button', { name: '완료', exact: true }).click();
    await expectVisible(page.locator('.pcrm-tone-good', { hasText: '완료' }));
    await expectVisible(page.getByText('지금 할 수 있는 처리가 없습니다.'));
    expect(await axeViolations(page, '#main')).toEqual([]);
  });

  await s.step('phone', async () => {
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await expectVisible(page.getByRole('heading', { level: 1, name: title }));
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axeViolations(page, '#main')).toEqual([]);
    await page.getByRole('button', { name: '과제 목록' }).click();
    await waitForAppUrl(page, (url) => url.pathname === '/app/tasks');
    const search = page.getByRole('searchbox', { name: '과제명·관리번호 검색' });
    await search.fill(title);
    await search.press('Enter');
    await expectVisible(page.getByRole('link', { name: title }));
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axeViolations(page, '#main')).toEqual([]);
  });

  await s.step('scorecard', async () => {
    const started = await gql<{ startPerformanceRollup: JobView }>(
      admin,
      `mutation { startPerformanceRollup(full: true) { ${JOB_FIELDS} } }`,
    );
    expect(
      (await waitForJob(admin, started.data!.startPerformanceRollup.id, { timeoutMs: 120_000 })).state,
    ).toBe('COMPLETED');
    await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
    await page.goto(new URL('/app/performance-scorecards', page.url()).toString());
    await expectVisible(page.getByRole('heading', { level: 1, name: '성과 평가표' }));
    await page.getByRole('combobox', { name: '부서' }).fill(DEPARTMENT);
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${DEPARTMENT}"]`).click();
    const { year, month } = koreanMonth();
    for (const [label, option] of [
      ['연도', year],
      ['월·분기', month],
    ]) {
      await page.getByRole('combobox', { name: label }).click();
      await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
    }
    // Both steps finished within their planned days: the completed task's compliance is 100 %.
    const row = page.getByRole('row', { name: /과업 처리기간 준수도/ });
    await expectVisible(row.getByRole('cell', { name: /^100(\.0+)?$/ }).first());
    expect(await axeViolations(page, '#main')).toEqual([]);
  });

  expect(s.errors).toEqual([]);
});

it('shows an agent the tasks and a task’s plan but offers no change, at 390 px with no axe violations', async () => {
  const s = await browser.open(PHONE);
  const { page } = s;
  await s.step('login', () => loginFresh(page, CHUNGBUK, 'agent'));
  await s.step('list', async () => {
    await page.goto(`${new URL(page.url()).origin}/app/tasks?q=${encodeURIComponent('노후 보도블록')}`);
    await expectVisible(page.getByRole('heading', { level: 1, name: '과제 관리' }));
    expect(await page.getByRole('button', { name: '과제 등록' }).count()).toBe(0);
    expect(await axeViolations(page, '#main')).toEqual([]);
  });
  await s.step('detail', async () => {
    await page.getByRole('link', { name: '노후 보도블록 정비' }).first().click();
    await expectVisible(page.getByRole('progressbar', { name: '과제진행률 39.5%' }));
    await expectVisible(page.getByText('지연').first());
    expect(await page.getByRole('button', { name: '계획 편집' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '수정' }).count()).toBe(0);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axeViolations(page, '#main')).toEqual([]);
  });
  expect(s.errors).toEqual([]);
});
