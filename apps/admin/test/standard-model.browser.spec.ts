/**
 * 표준 모델 and 표준 준수 보고서 in Chromium at 1440 px and 390 px: Ulsan's tenant administrator runs the dry
 * run of edition 2, sees the one conflict (Ulsan answers surveys within 21 days, the standard moves to 7),
 * decides it, applies after the confirmation and finds edition 2 in use (its reworded menu entry at once), the
 * change in the database and the report with its score, in Korean and in English. A manager sees both screens read-only at 390 px. axe finds
 * no WCAG A/AA violation; nothing sticks out at 390 px. No other browser spec changes Ulsan's reference data,
 * fields or standard version; Ulsan is put back on edition 1 before and after.
 */
import { Client } from 'pg';
import { resetToStandardV1 } from '../../api/test/support/standard-model';
import {
  baseUrl,
  browserPerTest,
  chooseLanguage,
  DESKTOP,
  expectVisible,
  loginFresh,
  PHONE,
} from './support/browser';
import { contentOverflow, menuLink, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const ULSAN = /울산광역시/;
let owner: Client;
const browser = browserPerTest();

/** Edition 1 with one customization edition 2 conflicts with. */
const customized = async () => {
  await resetToStandardV1(owner, 'ulsan');
  await owner.query(`UPDATE voc_settings SET survey_valid_days = 21 WHERE tenant_id = 'ulsan'`);
};

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
});
afterAll(async () => {
  await resetToStandardV1(owner, 'ulsan');
  await owner.end();
});

it('a tenant administrator dry-runs edition 2, resolves the conflict and applies it, at 1440 px', async () => {
  await customized();
  const s = await browser.open(DESKTOP);
  const { page } = s;
  await s.step('login', () => loginFresh(page, ULSAN, 'admin'));

  await s.step('standard-model', async () => {
    await (await menuLink(page, '표준 모델', '맞춤 설정')).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: '표준 모델' }));
    await expectVisible(page.getByText('현재 1판'));
    expect(await settledAxe(page)).toEqual([]);
  });

  await s.step('dry-run', async () => {
    await page.getByRole('button', { name: '2판 사전 점검' }).click();
    await expectVisible(page.getByRole('heading', { name: '1판 → 2판 사전 점검 결과' }));
    await expectVisible(page.getByText('변경 10건 · 충돌 1건 (해결 0건)'));
    await expectVisible(page.getByText('충돌: 기관도 변경함'));
    expect(await page.getByRole('button', { name: '2판 적용' }).isDisabled()).toBe(true);
    expect(await settledAxe(page)).toEqual([]);
  });

  await s.step('resolve-and-apply', async () => {
    await page.getByRole('radiogroup', { name: 'surveyValidDays 해결 방법' }).getByText('표준 적용').click();
    await expectVisible(page.getByText('변경 10건 · 충돌 1건 (해결 1건)'));
    await page.getByRole('button', { name: '2판 적용' }).click();
    await expectVisible(page.getByText('2판을 적용할까요?'));
    await page.getByRole('button', { name: '적용', exact: true }).click();
    await expectVisible(page.getByText('2판을 적용했습니다.'));
    await expectVisible(page.getByText('현재 2판'));
    await expectVisible(page.getByText('최신 판입니다.'));
    await expectVisible(page.getByText(/1판 → 2판 · admin · .* · 반영 10건, 기관 설정 유지 0건/));
    // Edition 2's standard words reach the menu without a reload.
    const nav = page.getByRole('navigation', { name: '주 메뉴' });
    await expectVisible(nav.getByRole('link', { name: '처리기한 경과·미처리 민원', exact: true }));
    expect(await settledAxe(page)).toEqual([]);
  });
  const { rows } = await owner.query(
    `SELECT t.standard_version, s.survey_valid_days FROM tenants t JOIN voc_settings s ON s.tenant_id = t.id
     WHERE t.id = 'ulsan'`,
  );
  expect(rows).toEqual([{ standard_version: 2, survey_valid_days: 7 }]);

  await s.step('conformance', async () => {
    await (await menuLink(page, '표준 준수 보고서', '맞춤 설정')).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: '표준 준수 보고서' }));
    await expectVisible(page.getByText(/2판 표준 요소 \d+개 중 \d+개를 그대로 사용/));
    expect(await settledAxe(page)).toEqual([]);
  });

  await s.step('english', async () => {
    await chooseLanguage(page, 'English');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Conformance report' }));
    await expectVisible(page.getByText(/standard elements of edition 2 used unchanged/));
    await page.goto(`${baseUrl()}/app/customization/standard`);
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Standard model' }));
    await expectVisible(page.getByText('This is the latest edition.'));
    expect(await settledAxe(page)).toEqual([]);
  });
});

it('a manager reads both screens without applying, at 390 px', async () => {
  await customized();
  const s = await browser.open(PHONE);
  const { page } = s;
  await s.step('login', () => loginFresh(page, ULSAN, 'manager'));
  await s.step('standard-model', async () => {
    await page.goto(`${baseUrl()}/app/customization/standard`);
    await expectVisible(page.getByRole('heading', { level: 1, name: '표준 모델' }));
    await expectVisible(page.getByText('표준 판 적용은 시·도 관리자만 할 수 있습니다.'));
    await page.getByRole('button', { name: '2판 사전 점검' }).click();
    await expectVisible(page.getByText('변경 10건 · 충돌 1건 (해결 0건)'));
    expect(await page.getByRole('button', { name: '2판 적용' }).count()).toBe(0);
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });
  await s.step('conformance', async () => {
    await page.goto(`${baseUrl()}/app/customization/conformance`);
    await expectVisible(page.getByRole('heading', { level: 1, name: '표준 준수 보고서' }));
    await expectVisible(page.getByText('표준 준수 점수'));
    await expectVisible(page.getByText('surveyValidDays'));
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });
  const { rows } = await owner.query(`SELECT standard_version FROM tenants WHERE id = 'ulsan'`);
  expect(rows).toEqual([{ standard_version: 1 }]);
});
