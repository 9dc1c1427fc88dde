/**
 * The customer screens in Debian's Chromium at 1440 px and on a 390 px phone (Gwangju): the list finds a
 * customer by 초성, by the last four digits of the mobile, by a phone typed with hyphens and by address words, masked; the
 * 360 view masks personal data for an agent, who reveals the name only after giving a reason; a contact
 * recorded appears on the timeline; a consent is granted and withdrawn; a manager registers a customer
 * (the server's Korean error for a bad phone is shown on the field), edits it, and sees it unmasked; the
 * access log names the customer and the reason. axe finds no WCAG A/AA violation on any of these screens.
 */
import { randomInt } from 'node:crypto';
import { Client } from 'pg';
import { insertCustomers } from '../../api/test/support/owner-customers';
import {
  baseUrl,
  chooseLanguage,
  DESKTOP,
  expectVisible,
  loginFresh,
  browserPerTest,
  PHONE,
  waitForAppUrl,
} from './support/browser';
import { clickUntil, contentOverflow, pickOption, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const GWANGJU = /광주광역시/;
/** A name no other spec or seed uses: three syllables drawn at random (initials searchable). */
const SYLLABLES = ['곽', '탁', '편', '표', '팽', '함', '허', '견', '뇌', '빈', '옹', '육'];
const uniqueName = () => Array.from({ length: 3 }, () => SYLLABLES[randomInt(SYLLABLES.length)]).join('');
const INITIALS: Record<string, string> = {
  곽: 'ㄱ',
  탁: 'ㅌ',
  편: 'ㅍ',
  표: 'ㅍ',
  팽: 'ㅍ',
  함: 'ㅎ',
  허: 'ㅎ',
  견: 'ㄱ',
  뇌: 'ㄴ',
  빈: 'ㅂ',
  옹: 'ㅇ',
  육: 'ㅇ',
};
const reason = `전화 회신 ${randomInt(1e6)}`;
/**
 * The first test's customer, made afresh by each attempt (a retry must not find the first attempt's contact or
 * consent): its name, 초성, mobile and a road only it lives on.
 */
let name: string;
let initials: string;
let mobileTail: string;
let hyphenated: string;
let road: string;
let customerId: string;
/** A pair inserted as duplicates for the merge dialog: survivor and duplicate. */
let survivorId: string;
let duplicateId: string;
const browser = browserPerTest();

async function withOwner<T>(work: (owner: Client) => Promise<T>): Promise<T> {
  const owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  try {
    return await work(owner);
  } finally {
    await owner.end();
  }
}

async function newCustomer(): Promise<void> {
  name = uniqueName();
  initials = [...name].map((c) => INITIALS[c]).join('');
  mobileTail = String(randomInt(1000, 9999));
  const mobile = `0107${String(randomInt(100, 999))}${mobileTail}`;
  hyphenated = `${mobile.slice(0, 3)}-${mobile.slice(3, 7)}-${mobile.slice(7)}`;
  road = `${uniqueName()}로`;
  await withOwner(async (owner) => {
    [customerId] = await insertCustomers(owner, 'gwangju', [
      { name, mobile, birthDate: '1961-05-05', sigungu: '북구', tags: ['브라우저시험'] },
    ]);
    await owner.query(`UPDATE customers SET road_address = $2, building_no = '12' WHERE id = $1`, [
      customerId,
      `광주광역시 북구 ${road} 12`,
    ]);
  });
}

beforeAll(async () => {
  [survivorId, duplicateId] = await withOwner((owner) =>
    insertCustomers(owner, 'gwangju', [
      { name: uniqueName(), sigungu: '남구' },
      { name: uniqueName(), sigungu: '남구' },
    ]),
  );
});

const masked = (full: string) => `${full[0]}*${full.slice(2)}`;

it('lets an agent find a customer masked, reveal the name with a reason, record a contact and manage consents (1440 px, then 390 px)', async () => {
  await newCustomer();
  const s = await browser.open(DESKTOP);
  const { page } = s;
  await s.step('login', () => loginFresh(page, GWANGJU, 'agent'));

  const table = page.getByTestId('customers-table');
  // The list may still be setting its form from the URL when the first text is typed, and clear it: type again
  // until the search box holds the text when 검색 is pressed.
  const search = async (text: string) => {
    const box = page.getByLabel('검색어');
    for (let attempt = 1; attempt <= 3; attempt++) {
      await box.fill(text);
      if ((await box.inputValue()) !== text) continue;
      await page.getByRole('button', { name: '검색', exact: true }).click();
      const searched = await waitForAppUrl(page, (url) => url.searchParams.get('q') === text, 10_000)
        .then(() => true)
        .catch(() => false);
      if (searched) return;
    }
    await waitForAppUrl(page, (url) => url.searchParams.get('q') === text);
  };
  await s.step('list-and-search', async () => {
    const nav = page.getByRole('navigation', { name: '주 메뉴' });
    await nav.getByRole('link', { name: '고객', exact: true }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: '고객' }));
    expect(await nav.getByRole('link', { name: '고객 가져오기' }).count()).toBe(0);
    for (const query of [initials, mobileTail, hyphenated]) {
      await search(query);
      await expectVisible(table.getByRole('link', { name: masked(name) }));
      expect(await table.textContent()).not.toContain(name);
    }
    // Whole address words in the filters, kept in the URL like the others.
    await page.getByLabel('검색어').fill('');
    await page.getByRole('button', { name: '필터', exact: true }).click();
    await page.getByLabel('주소', { exact: true }).fill(`${road} 12`);
    await page.getByRole('button', { name: '검색', exact: true }).click();
    await waitForAppUrl(page, (url) => url.searchParams.get('addr') === `${road} 12`);
    await expectVisible(table.getByRole('link', { name: masked(name) }));
    expect(await settledAxe(page)).toEqual([]);
    await page.getByLabel('주소', { exact: true }).fill('');
    await search('없는고객이름이에요');
    await expectVisible(page.getByText('조건에 맞는 고객이 없습니다.', { exact: false }));
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });

  await s.step('open-masked-and-reveal', async () => {
    await search(initials);
    await table.getByRole('link', { name: masked(name) }).click();
    await waitForAppUrl(page, (url) => url.pathname === `/app/customers/${customerId}`);
    await expectVisible(page.getByRole('heading', { level: 1, name: masked(name) }));
    const shown = page.getByTestId('customer-NAME');
    expect(await shown.textContent()).toBe(masked(name));
    await page.getByRole('button', { name: '이름 보기 (사유 입력)' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '사유 남기고 보기' }).click();
    await expectVisible(dialog.getByText('열람 사유를 2자 이상 입력해 주세요.'));
    expect(await settledAxe(page)).toEqual([]);
    await dialog.getByLabel('열람 사유').fill(reason);
    await clickUntil(dialog.getByRole('button', { name: '사유 남기고 보기' }), dialog, 'hidden');
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="customer-NAME"]')?.textContent === expected,
      name,
    );
    await expectVisible(page.getByText('열람 기록됨'));
  });

  await s.step('record-contact', async () => {
    await expectVisible(page.getByText('아직 접촉 이력이 없습니다.'));
    await page.getByRole('button', { name: '접촉 기록' }).click();
    const dialog = page.getByRole('dialog', { name: '접촉 기록하기' });
    await pickOption(page, dialog.getByRole('combobox', { name: '채널' }), '전화');
    await dialog.getByLabel('내용 요약').fill('주차 민원 회신 요청');
    expect(await settledAxe(page)).toEqual([]);
    await clickUntil(dialog.getByRole('button', { name: '저장' }), dialog, 'hidden');
    const timeline = page.getByTestId('customer-timeline');
    await expectVisible(timeline.getByText('주차 민원 회신 요청'));
    await expectVisible(timeline.getByText('전화', { exact: true }));
  });

  await s.step('consent-grant-and-withdraw', async () => {
    await page.getByRole('button', { name: '동의 등록' }).click();
    const dialog = page.getByRole('dialog', { name: '수신 동의 등록' });
    await pickOption(page, dialog.getByRole('combobox', { name: '목적' }), '홍보·캠페인');
    await dialog.getByLabel('증빙').fill('동의서 2026-17');
    await clickUntil(dialog.getByRole('button', { name: '저장' }), dialog, 'hidden');
    const consents = page.getByTestId('customer-consents');
    const row = consents.locator('tr', { hasText: '홍보·캠페인' });
    await expectVisible(row.getByText('동의', { exact: true }));
    await row.getByRole('button', { name: '철회' }).click();
    const withdraw = page.getByRole('dialog', { name: /동의 철회/ });
    await clickUntil(withdraw.getByRole('button', { name: '철회' }), withdraw, 'hidden');
    await expectVisible(row.getByText('철회', { exact: true }));
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });

  await s.step('english', async () => {
    await chooseLanguage(page, 'English');
    await expectVisible(page.getByRole('heading', { level: 2, name: 'Contact history' }));
    await expectVisible(page.getByRole('heading', { level: 2, name: 'Consents' }));
    await chooseLanguage(page, '한국어');
  });

  await s.step('phone', async () => {
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await expectVisible(page.getByRole('heading', { level: 2, name: '접촉 이력' }));
    expect(await contentOverflow(page)).toEqual([]);
    expect(await settledAxe(page)).toEqual([]);
    await page.getByRole('link', { name: '고객 목록' }).click();
    await expectVisible(page.getByTestId('customers-table'));
    expect(await contentOverflow(page)).toEqual([]);
    expect(await settledAxe(page)).toEqual([]);
  });
  expect(s.errors).toEqual([]);
});

it('lets a manager register a customer (server errors shown on the field), edit it and see it unmasked, on a phone', async () => {
  const s = await browser.open(PHONE);
  const { page } = s;
  const newName = uniqueName();
  await s.step('login', () => loginFresh(page, GWANGJU, 'manager'));
  await s.step('form', async () => {
    await page.goto(`${baseUrl()}/app/customers/new`);
    await expectVisible(page.getByRole('heading', { level: 1, name: '고객 등록' }));
    await page.getByRole('button', { name: '등록', exact: true }).click();
    await expectVisible(page.getByText('이름을 입력해 주세요.'));
    await page.getByLabel('이름', { exact: true }).fill(newName);
    await page.getByLabel('1번 전화번호').fill('010-12');
    await page.getByLabel('시·군·구').fill('서구');
    await page.getByRole('button', { name: '등록', exact: true }).click();
    // The API refuses the number; its Korean message names the problem and nothing is created.
    await expectVisible(page.getByRole('alert').filter({ hasText: '저장하지 못했습니다' }));
    expect(new URL(page.url()).pathname).toBe('/app/customers/new');
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
    await page.getByLabel('1번 전화번호').fill('010-2345-6789');
    await page.getByRole('button', { name: '등록', exact: true }).click();
    await waitForAppUrl(page, (url) => /^\/app\/customers\/[0-9a-f-]{36}$/.test(url.pathname));
    // A manager holds customer:personal:read: the 360 view shows the values unmasked.
    await expectVisible(page.getByTestId('customer-NAME').getByText(newName, { exact: true }));
    await expectVisible(page.getByText('010-2345-6789'));
    expect(await page.getByRole('button', { name: /보기 \(사유 입력\)/ }).count()).toBe(0);
  });
  await s.step('edit', async () => {
    await page.getByRole('button', { name: '수정' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: `${newName} 수정` }));
    const tags = page.getByRole('combobox', { name: '태그' });
    await tags.fill('경로우대');
    await tags.press('Enter');
    await page.getByRole('button', { name: '저장', exact: true }).click();
    await waitForAppUrl(page, (url) => !url.pathname.endsWith('/edit'));
    await expectVisible(page.getByText('경로우대', { exact: true }));
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });
  expect(s.errors).toEqual([]);
});

it('lets a manager merge a duplicate into a customer by its number and reason (refusals in Korean, the database keeps the duplicate merged)', async () => {
  const s = await browser.open(DESKTOP);
  const { page } = s;
  const owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  try {
    const numbers = await owner.query<{ id: string; customer_no: string }>(
      'SELECT id, customer_no FROM customers WHERE id = ANY($1)',
      [[survivorId, duplicateId]],
    );
    const noOf = (id: string) => numbers.rows.find((r) => r.id === id)!.customer_no;
    await s.step('login', () => loginFresh(page, GWANGJU, 'manager'));
    await s.step('merge', async () => {
      await page.goto(`${baseUrl()}/app/customers/${survivorId}`);
      await page.getByRole('button', { name: '중복 병합' }).click();
      const dialog = page.getByRole('dialog');
      await expectVisible(dialog.getByText('병합할 중복 고객의 고객번호'));
      await dialog.getByLabel('병합할 중복 고객의 고객번호').fill(noOf(survivorId));
      await dialog.getByLabel('병합 사유').fill('중복 등록 정리');
      await dialog.getByRole('button', { name: '병합', exact: true }).click();
      await expectVisible(dialog.getByRole('alert').filter({ hasText: '자기 자신에 병합할 수 없습니다' }));
      expect(await settledAxe(page)).toEqual([]);
      await dialog.getByLabel('병합할 중복 고객의 고객번호').fill(noOf(duplicateId));
      await dialog.getByRole('button', { name: '병합', exact: true }).click();
      await expectVisible(page.getByText(`${noOf(duplicateId)} 고객을 병합했습니다.`));
      // The survivor's 360 lists what was merged into it, with the reason, linking to the merged record.
      const merged = page.getByTestId('customer-merged-records');
      await expectVisible(merged.getByRole('link', { name: noOf(duplicateId) }));
      await expectVisible(merged.getByText('사유: 중복 등록 정리'));
      expect(await settledAxe(page)).toEqual([]);
      const row = await owner.query<{ status: string; merged_into_id: string }>(
        'SELECT status, merged_into_id FROM customers WHERE id = $1',
        [duplicateId],
      );
      expect(row.rows[0]).toEqual({ status: 'MERGED', merged_into_id: survivorId });
      await page.goto(`${baseUrl()}/app/customers/${duplicateId}`);
      await expectVisible(page.getByText('다른 고객으로 병합된 기록입니다.'));
      expect(await page.getByRole('button', { name: '중복 병합' }).count()).toBe(0);
      expect(await settledAxe(page)).toEqual([]);
    });
  } finally {
    await owner.end();
  }
  expect(s.errors).toEqual([]);
});

it('shows tenant-admin the reveal in the access log as a customer read with its reason', async () => {
  const session = await browser.open(DESKTOP);
  const { page } = session;
  await session.step('access-log', async () => {
    await loginFresh(page, GWANGJU, 'admin');
    await page.goto(`${baseUrl()}/app/access-log?recordId=${customerId}`);
    const row = page.locator('tr', { hasText: reason });
    await expectVisible(row);
    await expectVisible(row.getByText('고객', { exact: true }));
    expect(await settledAxe(page)).toEqual([]);
  });
});
