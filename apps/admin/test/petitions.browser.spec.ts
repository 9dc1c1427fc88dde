/**
 * Petitions in Chromium (Gangwon, a tenant no other browser spec touches) at 1440 px and 390 px: an agent
 * receives a petition from an anonymous resident, sees the due dates before saving, lands on the case with
 * its receipt number, deadlines and history, and finds it in the tenant's inbox with its due state in words.
 * axe finds no WCAG A/AA violation on any of the three screens.
 */
import { Client } from 'pg';
import {
  DESKTOP,
  expectVisible,
  loginFresh,
  openBrowser,
  PHONE,
  type BrowserSession,
  type Viewport,
} from './support/browser';
import { contentOverflow, pickOption, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const GANGWON = /강원특별자치도/;
let owner: Client;
let session: BrowserSession | undefined;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
});
afterAll(() => owner.end());
afterEach(async () => {
  await session?.close();
  session = undefined;
}, 30_000);

async function intakeToDetail(viewport: Viewport, what: string): Promise<void> {
  // Unique per attempt: a retried attempt must not find the case an earlier attempt made.
  const title = `${what} ${Date.now().toString(36)}`;
  session = await openBrowser(viewport);
  const s = session;
  const { page } = s;
  await s.step('login', () => loginFresh(page, GANGWON, 'agent'));

  await s.step('inbox', async () => {
    await page.goto(new URL('/app/petitions?scope=ALL', page.url()).toString());
    await expectVisible(page.getByRole('heading', { level: 1, name: '민원함' }));
    await expectVisible(page.getByText(/^\d+건$/));
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
    await page.getByRole('link', { name: '민원 접수' }).click();
  });

  await s.step('intake-preview', async () => {
    await expectVisible(page.getByRole('heading', { level: 1, name: '민원 접수' }));
    await pickOption(page, page.getByRole('combobox', { name: '분류' }), '교통');
    await expectVisible(page.getByTestId('voc-preview-due'));
    await expectVisible(page.getByText('법정 처리기간: 건의민원 (14일)'));
    await page.getByLabel('제목').fill(title);
    await page.getByLabel('내용').fill('버스 정류장 안내판이 꺼져 있어 도착 시간을 알 수 없습니다.');
    await page.getByLabel('이름').fill('강원민');
    await page.getByLabel('전화번호').fill('010-4444-5555');
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });

  await s.step('refused-then-received', async () => {
    await page.getByLabel('전화번호').fill('12');
    await page.getByRole('button', { name: '접수' }).click();
    await expectVisible(page.getByRole('alert').filter({ hasText: '전화번호 형식이 올바르지 않습니다' }));
    await page.getByLabel('전화번호').fill('010-4444-5555');
    await page.getByRole('button', { name: '접수' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: title }));
  });

  await s.step('detail', async () => {
    const { rows } = await owner.query<{ receipt_no: string }>(
      `SELECT receipt_no FROM voc_items WHERE tenant_id = 'gangwon' AND title = $1`,
      [title],
    );
    expect(rows).toHaveLength(1);
    await expectVisible(page.getByText(rows[0].receipt_no));
    await expectVisible(page.getByRole('heading', { name: '처리 이력' }));
    await expectVisible(page.getByTestId('voc-actions'));
    await expectVisible(page.getByText('정상').first());
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });

  await s.step('back-in-inbox', async () => {
    await page.getByRole('link', { name: '민원함으로' }).click();
    await page.locator('.ant-segmented-item', { hasText: '전체' }).click();
    await expectVisible(page.getByRole('link', { name: title }));
  });
}

it('receives a petition and shows it at 1440 px', () =>
  intakeToDetail(DESKTOP, '정류장 안내판 고장 (데스크톱)'));

it('receives a petition and shows it at 390 px', () => intakeToDetail(PHONE, '정류장 안내판 고장 (휴대폰)'));
