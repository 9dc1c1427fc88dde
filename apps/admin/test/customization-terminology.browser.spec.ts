/**
 * 맞춤 설정 in Chromium at 1440 px and 390 px: Jeonbuk's tenant administrator renames 고객 to 민원인 on the
 * 용어 screen and the menu says 민원인 at once (its own item and the headings that name customers); a Jeonbuk
 * officer sees the new word too, while Gwangju still shows 고객. The 기준 정보 screen saves the petition
 * handling values with their version and links the holidays and categories screens. axe finds no WCAG A/AA
 * violation; nothing sticks out at 390 px. Jeonbuk is a tenant no other browser spec edits; no spec renames
 * Gwangju's words.
 */
import { Client } from 'pg';
import {
  DESKTOP,
  expectVisible,
  loginFresh,
  browserPerTest,
  PHONE,
  type BrowserSession,
} from './support/browser';
import { contentOverflow, menuLink, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const JEONBUK = /전북특별자치도/;
/** A tenant no spec file renames 고객 in (the customization-packages spec renames it in Daejeon). */
const GWANGJU = /광주광역시/;
let owner: Client;
const browser = browserPerTest();

/** Jeonbuk back to the standard terms and petition values (a retried test starts from version 0). */
const standard = async () => {
  await owner.query(`DELETE FROM tenant_terms WHERE tenant_id = 'jeonbuk'`);
  await owner.query(`DELETE FROM tenant_setting_changes WHERE tenant_id = 'jeonbuk'`);
  await owner.query(
    `UPDATE voc_settings SET target_share = 0.5, survey_threshold = 3, survey_valid_days = 14,
       progress_notice_days = 30 WHERE tenant_id = 'jeonbuk'`,
  );
};

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
});
afterAll(async () => {
  await standard();
  await owner.end();
});

const menuOf = (page: BrowserSession['page']) => page.getByRole('navigation', { name: '주 메뉴' });

it('a tenant administrator renames 고객 to 민원인 and the menu follows, at 1440 px', async () => {
  await standard();
  const s = await browser.open(DESKTOP);
  const { page } = s;
  await s.step('login', () => loginFresh(page, JEONBUK, 'admin'));
  const menu = menuOf(page);

  await s.step('terminology-screen', async () => {
    await expectVisible(menu.getByText('맞춤 설정'));
    await expectVisible(menu.getByRole('link', { name: '고객', exact: true }));
    await (await menuLink(page, '용어', '맞춤 설정')).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: '용어 설정' }));
    await expectVisible(page.getByText('현재 버전 0'));
    expect(await settledAxe(page)).toEqual([]);
  });

  await s.step('rename', async () => {
    await page.getByRole('textbox', { name: '업무 대상 고객 한국어 용어', exact: true }).fill('민원인');
    await page.getByRole('button', { name: '변경 저장 (1건)' }).click();
    await expectVisible(page.getByText('용어를 저장했습니다.'));
    await expectVisible(menu.getByRole('link', { name: '민원인', exact: true }));
    await expectVisible(menu.getByRole('link', { name: '민원인 가져오기', exact: true }));
    expect(await menu.getByRole('link', { name: '고객', exact: true }).count()).toBe(0);
    await expectVisible(page.getByText('현재 버전 1'));
    await expectVisible(page.getByText(/버전 1 · admin ·/));
    expect(await settledAxe(page)).toEqual([]);
  });
  const { rows } = await owner.query(
    `SELECT term_key, label_ko, label_en, updated_by FROM tenant_terms WHERE tenant_id = 'jeonbuk'`,
  );
  expect(rows).toEqual([
    { term_key: 'entity.crm-core.customers', label_ko: '민원인', label_en: null, updated_by: 'admin' },
  ]);

  await s.step('customers-page-title', async () => {
    await menu.getByRole('link', { name: '민원인', exact: true }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: '민원인' }));
  });

  await s.step('reference-data', async () => {
    await (await menuLink(page, '기준 정보', '맞춤 설정')).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: '기준 정보' }));
    const share = page.getByRole('spinbutton', { name: '목표 처리 비율' });
    await expectVisible(share);
    expect(await settledAxe(page)).toEqual([]);
    await share.fill('0.6');
    await page.getByRole('button', { name: '저장', exact: true }).click();
    await expectVisible(page.getByText('민원 처리 기준을 저장했습니다.'));
    await expectVisible(page.getByText(/버전 1 · admin ·/));
  });
  const settings = await owner.query(
    `SELECT target_share::text FROM voc_settings WHERE tenant_id = 'jeonbuk'`,
  );
  expect(settings.rows).toEqual([{ target_share: '0.60' }]);

  await s.step('reference-links', async () => {
    await page.getByRole('tab', { name: '문자 발신번호' }).click();
    await expectVisible(page.getByLabel('문자 발신번호'));
    expect(await settledAxe(page)).toEqual([]);
    await page.getByRole('tab', { name: '분류·처리기간' }).click();
    await page.getByRole('link', { name: '분류·처리기간 열기' }).click();
    await expectVisible(page.getByRole('tab', { name: '민원 분류', selected: true }));
  });
});

it('the new word reaches every Jeonbuk user and no other tenant, at 390 px', async () => {
  await owner.query(
    `INSERT INTO tenant_terms (tenant_id, term_key, label_ko, updated_by)
     VALUES ('jeonbuk', 'entity.crm-core.customers', '민원인', 'admin') ON CONFLICT DO NOTHING`,
  );
  const openMenu = async (page: BrowserSession['page']) => {
    await page.getByRole('button', { name: '메뉴 열기' }).click();
    await expectVisible(page.getByRole('dialog').getByRole('navigation', { name: '주 메뉴' }));
  };

  let session = await browser.open(PHONE);
  let s = session;
  let { page } = s;
  await s.step('jeonbuk-officer', async () => {
    await loginFresh(page, JEONBUK, 'officer');
    await openMenu(page);
    await expectVisible(menuOf(page).getByRole('link', { name: '민원인', exact: true }));
    await (await menuLink(page, '용어', '맞춤 설정')).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: '용어 설정' }));
    await expectVisible(page.getByText('용어는 시·도 관리자만 바꿀 수 있습니다.'));
    expect(await page.getByRole('button', { name: /변경 저장/ }).count()).toBe(0);
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });

  await s.close();
  session = await browser.open(PHONE);
  s = session;
  ({ page } = s);
  await s.step('gwangju-admin', async () => {
    await loginFresh(page, GWANGJU, 'admin');
    await openMenu(page);
    await expectVisible(menuOf(page).getByRole('link', { name: '고객', exact: true }));
    expect(await menuOf(page).getByRole('link', { name: '민원인', exact: true }).count()).toBe(0);
    await (await menuLink(page, '용어', '맞춤 설정')).click();
    await expectVisible(page.getByRole('textbox', { name: '업무 대상 고객 한국어 용어', exact: true }));
    expect(
      await page.getByRole('textbox', { name: '업무 대상 고객 한국어 용어', exact: true }).inputValue(),
    ).toBe('고객');
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });

  await s.step('gwangju-reference-data', async () => {
    await page.goto(new URL('/app/customization/reference-data', page.url()).toString());
    await expectVisible(page.getByRole('spinbutton', { name: '목표 처리 비율' }));
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });
});
