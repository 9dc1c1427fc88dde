/**
 * 설정 꾸러미 in Chromium at 1440 px and 390 px: Daegu's tenant administrator exports its customization (a
 * custom field and a renamed term, set up over the API) and Incheon's imports it — preview table with NEW items,
 * confirmation, result, history — and the field and term are in Incheon's database. Pasted text that is not
 * JSON and a package for another standard version are refused with the reason; a second preview finds
 * everything SAME and offers nothing to apply. The English switch relabels the screen. axe finds no WCAG A/AA
 * violation; nothing sticks out at 390 px. Daegu and Incheon: no other browser spec changes their fields or terms.
 */
import { randomInt } from 'node:crypto';
import { Client } from 'pg';
import { gql, userToken } from '../../api/test/support/api';
import {
  chooseLanguage,
  browserPerTest,
  DESKTOP,
  expectVisible,
  login,
  loginFresh,
  logout,
  PHONE,
  type BrowserSession,
} from './support/browser';
import { contentOverflow, menuLink, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const DAEGU = /대구광역시/;
const INCHEON = /인천광역시/;
const TERM = 'term.channel';
/** A key this run alone uses (a retried test makes a new one: keys are never reused). */
const KEY = `pkgb_${Date.now().toString(36)}${randomInt(1000)}`;
const LABEL = `방문 경로 ${KEY.slice(5)}`;

let owner: Client;
const browsers = browserPerTest();
let exported = '';

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  const admin = await userToken('daegu', 'admin');
  const defined = await gql(
    admin,
    `mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { key } }`,
    {
      i: {
        entity: 'crm-core.customers',
        key: KEY,
        labelKo: LABEL,
        labelEn: `Visit route ${KEY.slice(5)}`,
        type: 'SELECT',
        options: [
          { value: 'walk_in', labelKo: '방문', labelEn: 'Walk-in' },
          { value: 'phone', labelKo: '전화', labelEn: 'Phone' },
        ],
      },
    },
  );
  expect(defined.errors).toBeUndefined();
  const { version } = (await gql(admin, '{ terminology { version } }')).data!.terminology;
  const termed = await gql(
    admin,
    `mutation($e: [TermInput!]!, $v: Int!) { setTerminology(entries: $e, expectedVersion: $v) { version } }`,
    { e: [{ key: TERM, ko: '접수 경로', en: 'Intake route' }], v: version },
  );
  expect(termed.errors).toBeUndefined();
});
afterAll(async () => {
  await owner.query(`DELETE FROM tenant_terms WHERE tenant_id IN ('daegu', 'incheon') AND term_key = $1`, [
    TERM,
  ]);
  await owner.end();
});

const openPackages = async (page: BrowserSession['page']) => {
  await (await menuLink(page, '설정 꾸러미', '맞춤 설정')).click();
  await expectVisible(page.getByRole('heading', { level: 1, name: '설정 꾸러미' }));
};

it('Daegu exports its customization and Incheon previews and imports it, at 1440 px', async () => {
  const s = await browsers.open(DESKTOP);
  const { page } = s;

  await s.step('daegu-export', async () => {
    await loginFresh(page, DAEGU, 'admin');
    await openPackages(page);
    expect(await settledAxe(page)).toEqual([]);
    await page.getByRole('button', { name: '꾸러미 만들기' }).click();
    await expectVisible(page.getByText(/꾸러미를 만들었습니다: 사용자 정의 항목 \d+개, 용어 1개\./));
    await expectVisible(page.getByRole('link', { name: 'JSON 파일 내려받기' }));
    exported = await page.getByRole('textbox', { name: '만든 꾸러미 (JSON)' }).inputValue();
    expect(await settledAxe(page)).toEqual([]);
  });
  const pkg = JSON.parse(exported);
  expect(pkg).toMatchObject({ format: 'pcrm.customization-package', sourceTenant: 'daegu' });
  expect(pkg.sections.customFields.map((f: { key: string }) => f.key)).toContain(KEY);

  await s.step('incheon-preview', async () => {
    await logout(page);
    await login(page, INCHEON, 'admin');
    await openPackages(page);
    const input = page.getByRole('textbox', { name: '꾸러미 JSON' });
    await input.fill('{ not json');
    await page.getByRole('button', { name: '미리 보기' }).click();
    await expectVisible(page.getByRole('alert').getByText(/JSON으로 읽을 수 없습니다/));
    await input.fill(exported);
    await page.getByRole('button', { name: '미리 보기' }).click();
    await expectVisible(page.getByText(/daegu에서 내보낸 꾸러미 \(표준 버전 1/));
    const table = page.getByRole('region', { name: '꾸러미 항목' });
    const row = table.getByRole('row', { name: new RegExp(LABEL) });
    await expectVisible(row.getByText('새 항목'));
    await expectVisible(table.getByRole('row', { name: /접수 경로/ }).getByText('새 항목'));
    expect(await settledAxe(page)).toEqual([]);
  });

  await s.step('incheon-import', async () => {
    await page.getByRole('button', { name: /^가져오기 \(\d+건 적용\)$/ }).click();
    const dialog = page.getByRole('dialog', { name: '꾸러미를 가져올까요?' });
    await expectVisible(dialog.getByText(/모두 한 번에 적용되고/));
    expect(await settledAxe(page)).toEqual([]);
    await dialog.getByRole('button', { name: '가져오기' }).click();
    await expectVisible(page.getByText(/가져왔습니다: \d+건 적용/));
    await expectVisible(page.getByText(/#\d+ · daegu에서 · \d+건 적용 · admin/).first());
    expect(await settledAxe(page)).toEqual([]);
  });
  const field = await owner.query(
    `SELECT label_ko, type FROM custom_field_definitions WHERE tenant_id = 'incheon' AND key = $1`,
    [KEY],
  );
  expect(field.rows).toEqual([{ label_ko: LABEL, type: 'SELECT' }]);
  const term = await owner.query(
    `SELECT label_ko, label_en FROM tenant_terms WHERE tenant_id = 'incheon' AND term_key = $1`,
    [TERM],
  );
  expect(term.rows).toEqual([{ label_ko: '접수 경로', label_en: 'Intake route' }]);

  await s.step('english', async () => {
    await chooseLanguage(page, 'English');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Settings packages' }));
    await expectVisible(page.getByRole('button', { name: 'Create package' }));
    expect(await settledAxe(page)).toEqual([]);
    await chooseLanguage(page, '한국어');
  });
});

it('a second preview finds everything the same and another standard version is refused, at 390 px', async () => {
  expect(exported).not.toBe('');
  const s = await browsers.open(PHONE);
  const { page } = s;
  await s.step('incheon-phone', async () => {
    await loginFresh(page, INCHEON, 'admin');
    await page.goto(new URL('/app/customization/packages', page.url()).toString());
    await expectVisible(page.getByRole('heading', { level: 1, name: '설정 꾸러미' }));
    const input = page.getByRole('textbox', { name: '꾸러미 JSON' });
    await input.fill(exported.replace('"standardVersion": 1', '"standardVersion": 2'));
    await page.getByRole('button', { name: '미리 보기' }).click();
    // The checksum no longer matches either; the server names the first problem it finds.
    await expectVisible(page.getByRole('alert').getByText(/체크섬|표준 모델 버전/));
    await input.fill(exported);
    await page.getByRole('button', { name: '미리 보기' }).click();
    const table = page.getByRole('region', { name: '꾸러미 항목' });
    await expectVisible(table.getByRole('row', { name: new RegExp(LABEL) }).getByText('같음'));
    expect(await page.getByRole('button', { name: '가져오기 (0건 적용)' }).isDisabled()).toBe(true);
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });
});
