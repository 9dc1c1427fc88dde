/**
 * Segments and the data-quality dashboard in Debian's Chromium, at 1440 px and on a 390 px phone:
 * Ulsan's manager builds a segment with the rule builder and watches the live count follow each
 * condition, saves it, takes a membership snapshot; the quality report shows the spec's own source with
 * its completeness and accuracy, records today's history and draws it. axe finds no WCAG A/AA violation.
 * An officer sees segments read-only and no quality page; an agent sees neither. A rule on Ulsan's custom
 * fields (a choice and a number of this run) is built at 1440 and 390 px; once its field is archived the
 * segment is marked as needing editing.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { gql, userToken } from '../../api/test/support/api';
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

const run = randomBytes(3).toString('hex');
const cfTag = uniqueWord('세그CF');
const band = { key: `seg_band_${run}`, label: `소득 구간 ${run}` };
const size = { key: `seg_size_${run}`, label: `가구원 수 ${run}` };
let ulsanAdmin: string;

/** Two custom fields of Ulsan's customers and three customers of this run holding them. */
async function defineCustomFields(): Promise<void> {
  ulsanAdmin = await userToken('ulsan', 'admin');
  const define = `mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { key } }`;
  const entity = 'crm-core.customers';
  for (const i of [
    {
      entity,
      key: band.key,
      labelKo: band.label,
      labelEn: `Income band ${run}`,
      type: 'SELECT',
      options: [
        { value: 'LOW', labelKo: '저소득', labelEn: 'Low' },
        { value: 'MID', labelKo: '중간', labelEn: 'Middle' },
      ],
    },
    { entity, key: size.key, labelKo: size.label, labelEn: `Household size ${run}`, type: 'INTEGER' },
  ])
    expect((await gql(ulsanAdmin, define, { i })).errors).toBeUndefined();
  const create = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }`;
  for (const [name, values] of [
    ['한울산', { [band.key]: 'LOW', [size.key]: 4 }],
    ['두울산', { [band.key]: 'LOW', [size.key]: 1 }],
    ['세울산', { [band.key]: 'MID', [size.key]: 5 }],
  ] as const)
    expect(
      (await gql(ulsanAdmin, create, { i: { name, tags: [cfTag], customFields: values } })).errors,
    ).toBeUndefined();
}

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
  await defineCustomFields();
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

it('builds a rule on custom fields at 1440 px and on a phone, and marks it once a field is archived', async () => {
  const s = await browser.open(DESKTOP);
  const { page } = s;
  await s.step('login', () => loginFresh(page, ULSAN, 'manager'));
  const name = `소득 ${cfTag}`;
  const count = page.getByTestId('segment-live-count');

  const tagCondition = async () => {
    await page.getByRole('button', { name: '조건 추가' }).click();
    await pickOption(page, page.getByRole('combobox', { name: '1번 조건 항목' }), '태그');
    const value = page.getByRole('combobox', { name: '1번 조건 값' });
    await value.fill(cfTag);
    await value.press('Enter');
    await count.getByText('3', { exact: true }).waitFor();
  };

  await s.step('build-at-1440', async () => {
    await page.goto(`${baseUrl()}/app/segments/new`);
    await expectVisible(page.getByRole('heading', { level: 1, name: '새 세그먼트' }));
    await page.getByLabel('이름', { exact: true }).fill(name);
    await tagCondition();

    await page.getByRole('button', { name: '조건 추가' }).click();
    await pickOption(page, page.getByRole('combobox', { name: '2번 조건 항목' }), band.label, {
      search: true,
    });
    await expectVisible(page.getByRole('combobox', { name: '2번 조건 연산자' }));
    await pickOption(page, page.getByRole('combobox', { name: '2번 조건 값' }), '저소득');
    await count.getByText('2', { exact: true }).waitFor();

    await page.getByRole('button', { name: '조건 추가' }).click();
    await pickOption(page, page.getByRole('combobox', { name: '3번 조건 항목' }), size.label, {
      search: true,
    });
    await pickOption(page, page.getByRole('combobox', { name: '3번 조건 연산자' }), '이상');
    await page.getByRole('spinbutton', { name: '3번 조건 값' }).fill('3');
    await count.getByText('1', { exact: true }).waitFor();
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);

    await page.getByRole('button', { name: '만들기' }).click();
    await page.waitForURL((url) => /^\/app\/segments\/[0-9a-f-]{36}$/.test(url.pathname));
    await expectVisible(page.getByRole('heading', { level: 1, name }));
    await expectVisible(page.getByText('저장된 규칙: 1명'));
  });

  await s.step('english', async () => {
    await chooseLanguage(page, 'English');
    await expectVisible(page.getByRole('combobox', { name: 'Field of condition 3' }));
    await expectVisible(page.getByText(`Household size ${run}`, { exact: true }));
    await expectVisible(page.getByText('at least', { exact: true }));
    await chooseLanguage(page, '한국어');
  });

  await s.step('build-at-390', async () => {
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await page.goto(`${baseUrl()}/app/segments/new`);
    await expectVisible(page.getByRole('heading', { level: 1, name: '새 세그먼트' }));
    await tagCondition();
    await page.getByRole('button', { name: '조건 추가' }).click();
    await pickOption(page, page.getByRole('combobox', { name: '2번 조건 항목' }), size.label, {
      search: true,
    });
    await pickOption(page, page.getByRole('combobox', { name: '2번 조건 연산자' }), '비어 있음');
    await count.getByText('0', { exact: true }).waitFor();
    await pickOption(page, page.getByRole('combobox', { name: '2번 조건 연산자' }), '이하');
    await page.getByRole('spinbutton', { name: '2번 조건 값' }).fill('4');
    await count.getByText('2', { exact: true }).waitFor();
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });

  await s.step('archived-field', async () => {
    const archive = `mutation($e: String!, $k: String!) { archiveCustomField(entity: $e, key: $k) { key } }`;
    expect((await gql(ulsanAdmin, archive, { e: 'crm-core.customers', k: band.key })).errors).toBeUndefined();
    await page.goto(`${baseUrl()}/app/segments`);
    const row = page.getByTestId('segments-table').locator('tr', { hasText: name });
    await expectVisible(row.getByText('규칙 수정 필요'));
    await row.getByRole('link', { name }).click();
    await expectVisible(page.getByTestId('segment-rule-problem'));
    await expectVisible(page.getByText(band.key, { exact: false }).first());
    await expectVisible(page.getByTestId('segment-condition-2').getByRole('alert'));
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
    await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
    await expectVisible(page.getByTestId('segment-rule-problem'));
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
