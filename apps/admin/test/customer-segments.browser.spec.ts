/**
 * Segments and the data-quality dashboard in Debian's Chromium, at 1440 px and on a 390 px phone:
 * Ulsan's manager builds a segment with the rule builder and watches the live count follow each
 * condition, saves it, takes a membership snapshot; the quality report shows the spec's own source with
 * its completeness and accuracy, records today's history and draws it. axe finds no WCAG A/AA violation.
 * An officer sees segments read-only and no quality page; an agent sees neither.
 */
import { Client } from 'pg';
import { insertCustomers, uniqueWord } from '../../api/test/support/owner-customers';
import {
  baseUrl,
  chooseLanguage,
  DESKTOP,
  expectVisible,
  loginFresh,
  browserPerTest,
  PHONE,
} from './support/browser';
import { contentOverflow, pickOption, settledAxe } from './support/screens';

jest.setTimeout(240_000);

const ULSAN = /울산광역시/;
const tag = uniqueWord('세그');
const source = uniqueWord('품질출처');
const browser = browserPerTest();

beforeAll(async () => {
  const owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  try {
    await insertCustomers(owner, 'ulsan', [
      { name: '김울산', tags: [tag], source, mobile: '01012345678', birthDate: '1950-03-01' },
      { name: '이울산', tags: [tag], source, mobile: '0121234567', birthDate: '1995-03-01' },
      { name: '(주)울산상회', tags: [tag], source, partyType: 'ORGANIZATION' },
    ]);
  } finally {
    await owner.end();
  }
});

it('lets a manager build, count, save and snapshot a segment at 1440 px, then shows it on a phone', async () => {
  const s = await browser.open(DESKTOP);
  const { page } = s;
  await s.step('login', () => loginFresh(page, ULSAN, 'manager'));

  await s.step('open-from-menu', async () => {
    const nav = page.getByRole('navigation', { name: '주 메뉴' });
    await nav.getByRole('link', { name: '고객 세그먼트' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: '고객 세그먼트' }));
    await expectVisible(page.getByTestId('segments-table'));
    expect(await settledAxe(page)).toEqual([]);
  });

  const name = `고령 ${tag}`;
  await s.step('build-rule-with-live-count', async () => {
    await page.getByRole('button', { name: '새 세그먼트' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: '새 세그먼트' }));
    // Saving without a name or a value names both problems and sends nothing.
    await page.getByRole('button', { name: '조건 추가' }).click();
    await page.getByRole('button', { name: '만들기' }).click();
    await expectVisible(page.getByText('이름을 입력해 주세요.'));
    await expectVisible(page.getByText('1번 조건의 값을 입력해 주세요.'));
    expect(await settledAxe(page)).toEqual([]);

    await page.getByLabel('이름', { exact: true }).fill(name);
    await pickOption(page, page.getByRole('combobox', { name: '1번 조건 항목' }), '태그');
    const value = page.getByRole('combobox', { name: '1번 조건 값' });
    await value.fill(tag);
    await value.press('Enter');
    const count = page.getByTestId('segment-live-count');
    await count.getByText('3', { exact: true }).waitFor();

    await page.getByRole('button', { name: '조건 추가' }).click();
    await pickOption(page, page.getByRole('combobox', { name: '2번 조건 항목' }), '개인·단체');
    await pickOption(page, page.getByRole('combobox', { name: '2번 조건 값' }), '개인');
    await count.getByText('2', { exact: true }).waitFor();

    await page.getByRole('button', { name: '조건 추가' }).click();
    await pickOption(page, page.getByRole('combobox', { name: '3번 조건 항목' }), '생애주기');
    await pickOption(page, page.getByRole('combobox', { name: '3번 조건 값' }), '노년 (65세 이상)');
    await count.getByText('1', { exact: true }).waitFor();
    await page.getByRole('button', { name: '3번 조건 삭제' }).click();
    await count.getByText('2', { exact: true }).waitFor();
  });

  await s.step('save-and-snapshot', async () => {
    await page.getByRole('button', { name: '만들기' }).click();
    await page.waitForURL((url) => /^\/app\/segments\/[0-9a-f-]{36}$/.test(url.pathname));
    await expectVisible(page.getByRole('heading', { level: 1, name }));
    await expectVisible(page.getByText('아직 스냅숏이 없습니다.'));
    await page.getByRole('button', { name: '스냅숏 남기기' }).click();
    await expectVisible(page.getByRole('cell', { name: '2명' }));
    await expectVisible(page.getByRole('img', { name: /스냅숏별 인원/ }));
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });

  await s.step('listed', async () => {
    await page.getByRole('link', { name: '세그먼트 목록' }).click();
    const row = page.getByTestId('segments-table').locator('tr', { hasText: name });
    await expectVisible(row.getByText('2명'));
  });

  await s.step('english', async () => {
    await chooseLanguage(page, 'English');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Customer segments' }));
    await page.getByRole('link', { name }).click();
    await expectVisible(page.getByText('Membership snapshots'));
    await expectVisible(page.getByRole('combobox', { name: 'Field of condition 1' }));
    await chooseLanguage(page, '한국어');
  });

  await s.step('phone', async () => {
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await expectVisible(page.getByRole('heading', { level: 1, name }));
    await page.getByTestId('segment-live-count').getByText('2', { exact: true }).waitFor();
    expect(await contentOverflow(page)).toEqual([]);
    expect(await settledAxe(page)).toEqual([]);
  });
  expect(s.errors).toEqual([]);
});

it('shows the data-quality report by source with today’s history, at 390 and 1440 px', async () => {
  const s = await browser.open(PHONE);
  const { page } = s;
  await s.step('login', () => loginFresh(page, ULSAN, 'manager'));

  await s.step('open-from-drawer', async () => {
    await page.getByRole('button', { name: '메뉴 열기' }).click();
    await page.getByRole('dialog').getByRole('link', { name: '고객정보 품질' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: '고객정보 품질 현황' }));
    await expectVisible(page.getByRole('heading', { level: 2, name: '시·도 전체' }));
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });

  const card = page.locator('.ant-card', { has: page.getByRole('heading', { level: 2, name: source }) });
  await s.step('by-source', async () => {
    await page.getByText('출처별', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('by') === 'SOURCE');
    await expectVisible(card);
    // 3 customers of the source: names all filled; mobiles 2 of 3 filled, 1 of 3 valid (0121234567 is no mobile).
    const nameRow = card.locator('tr', { hasText: '이름' });
    await expectVisible(nameRow.getByText('100%'));
    const mobileRow = card.locator('tr', { hasText: '휴대전화' });
    expect(await mobileRow.getByRole('progressbar').first().getAttribute('aria-label')).toBe('충실도 66.7%');
    expect(await mobileRow.getByRole('progressbar').nth(1).getAttribute('aria-label')).toBe('정확도 33.3%');
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });

  await s.step('history', async () => {
    await pickOption(page, page.getByRole('combobox', { name: '추이를 볼 묶음' }), source);
    await page.getByRole('button', { name: '오늘 기록 남기기' }).click();
    await expectVisible(page.getByRole('img', { name: /충실도 추이/ }));
    await expectVisible(page.getByRole('img', { name: /정확도 추이/ }));
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });

  await s.step('desktop', async () => {
    await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
    await expectVisible(card.getByRole('columnheader', { name: '정상입력' }));
    expect(await contentOverflow(page)).toEqual([]);
    expect(await settledAxe(page)).toEqual([]);
  });
  expect(s.errors).toEqual([]);
});

it('gives an officer segments read-only and no quality page, and an agent neither', async () => {
  let session = await browser.open(DESKTOP);
  const { page } = session;
  await session.step('officer', async () => {
    await loginFresh(page, ULSAN, 'officer');
    const nav = page.getByRole('navigation', { name: '주 메뉴' });
    await expectVisible(nav.getByRole('link', { name: '고객 세그먼트' }));
    expect(await nav.getByRole('link', { name: '고객정보 품질' }).count()).toBe(0);
    await nav.getByRole('link', { name: '고객 세그먼트' }).click();
    await expectVisible(page.getByTestId('segments-table'));
    expect(await page.getByRole('button', { name: '새 세그먼트' }).count()).toBe(0);
    await page.goto(`${baseUrl()}/app/data-quality`);
    await expectVisible(page.getByText('접근 권한이 없습니다'));
  });
  await session.close();
  session = await browser.open(DESKTOP);
  const agentPage = session.page;
  await session.step('agent', async () => {
    await loginFresh(agentPage, ULSAN, 'agent');
    const nav = agentPage.getByRole('navigation', { name: '주 메뉴' });
    await expectVisible(nav.getByRole('link', { name: '직원' }));
    expect(await nav.getByRole('link', { name: '고객 세그먼트' }).count()).toBe(0);
    await agentPage.goto(`${baseUrl()}/app/segments`);
    await expectVisible(agentPage.getByText('접근 권한이 없습니다'));
  });
});
