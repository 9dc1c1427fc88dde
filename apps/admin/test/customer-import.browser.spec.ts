/**
 * The import wizard end to end in Debian's Chromium (Daejeon's tenant-admin), at 1440 px and on a 390 px
 * phone: upload a small CSV, map its columns (saved for the source), preview the counts, run it and follow
 * the progress to the report; a file with a bad mobile number previews the error with its line and column
 * and cannot be run. axe finds no WCAG A/AA violation; agents and officers see no import screen.
 */
import { randomBytes } from 'node:crypto';
import {
  baseUrl,
  DESKTOP,
  expectVisible,
  loginFresh,
  browserPerTest,
  PHONE,
  type BrowserSession,
  type Viewport,
} from './support/browser';
import { contentOverflow, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const DAEJEON = /대전광역시/;
const browser = browserPerTest();

const digits = () => String(randomBytes(4).readUInt32BE(0) % 10_000).padStart(4, '0');
function csv(rows: string[][]): Buffer {
  return Buffer.from(`\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8');
}

async function upload(s: BrowserSession, source: string, fileName: string, body: Buffer) {
  const { page } = s;
  await page.getByLabel('출처').fill(source);
  await page
    .locator('.pcrm-import-drop input[type=file]')
    .setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: body });
  await expectVisible(page.getByTestId('import-step-map'));
}

describe.each([DESKTOP, PHONE])('import wizard at $width px', (viewport: Viewport) => {
  it('uploads a CSV, maps, previews, runs it and shows the report; a bad row is named by line and column', async () => {
    const s = await browser.open(viewport);
    const { page } = s;
    const source = `브라우저시험-${viewport.name}-${randomBytes(3).toString('hex')}`;
    await s.step('login', () => loginFresh(page, DAEJEON, 'admin'));

    await s.step('open', async () => {
      await page.goto(`${baseUrl()}/app/customer-import`);
      await expectVisible(page.getByRole('heading', { level: 1, name: '입수고객 가져오기' }));
      expect(await settledAxe(page)).toEqual([]);
      expect(await contentOverflow(page)).toEqual([]);
    });

    await s.step('bad-file-preview', async () => {
      await upload(
        s,
        source,
        'bad.csv',
        csv([
          ['성명', '휴대전화', '생년월일'],
          [`가${digits()}`, `010-5${digits().slice(1)}-${digits()}`, '1970-01-01'],
          [`나${digits()}`, '010-12', '1980-02-02'],
        ]),
      );
      await page.getByRole('button', { name: '미리보기' }).click();
      await expectVisible(page.getByTestId('import-step-preview'));
      const errors = page.getByTestId('import-row-errors');
      const row = errors.locator('tr', { hasText: '휴대전화' });
      await expectVisible(row.getByRole('cell', { name: '3', exact: true }));
      expect(await page.getByRole('button', { name: '가져오기 실행' }).isDisabled()).toBe(true);
      expect(await settledAxe(page)).toEqual([]);
      expect(await contentOverflow(page)).toEqual([]);
      await page.getByRole('button', { name: '다른 파일' }).click();
    });

    await s.step('upload-and-map', async () => {
      await upload(
        s,
        source,
        'good.csv',
        csv([
          ['성명', '휴대전화', '생년월일', '시군구', '비고'],
          [`다${digits()}`, `010-6${digits().slice(1)}-${digits()}`, '1970-01-01', '유성구', '가'],
          [`라${digits()}`, `010-7${digits().slice(1)}-${digits()}`, '1985-03-03', '서구', '나'],
        ]),
      );
      // The mapping the server suggested from the headers; saved for the source on the way to the preview.
      const nameField = page.locator('.pcrm-form-field').filter({ has: page.locator('#import-map-NAME') });
      await expectVisible(nameField.getByTitle('성명'));
      expect(await settledAxe(page)).toEqual([]);
      expect(await contentOverflow(page)).toEqual([]);
      await page.getByRole('button', { name: '미리보기' }).click();
      await expectVisible(page.getByTestId('import-step-preview'));
      await expectVisible(page.getByText('오류가 없습니다.', { exact: false }));
      expect(await settledAxe(page)).toEqual([]);
    });

    await s.step('run-and-report', async () => {
      await page.getByRole('button', { name: '가져오기 실행' }).click();
      await page.waitForURL((url) => /^\/app\/customer-import\/[0-9a-f-]{36}$/.test(url.pathname));
      const report = page.getByTestId('import-report');
      await report.getByText('완료', { exact: true }).waitFor({ state: 'visible', timeout: 60_000 });
      expect(await report.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
      await expectVisible(report.getByText('2 / 2행 처리'));
      expect(await settledAxe(page)).toEqual([]);
      expect(await contentOverflow(page)).toEqual([]);
    });

    await s.step('listed', async () => {
      await page.getByRole('link', { name: '가져오기 목록' }).click();
      await expectVisible(page.getByTestId('import-batches').getByRole('link', { name: 'good.csv' }).first());
      expect(s.errors).toEqual([]);
    });
  });
});

it('shows no import screen to an officer', async () => {
  const session = await browser.open(DESKTOP);
  const { page } = session;
  await session.step('officer', async () => {
    await loginFresh(page, DAEJEON, 'officer');
    const nav = page.getByRole('navigation', { name: '주 메뉴' });
    await expectVisible(nav.getByRole('link', { name: '직원' }));
    expect(await nav.getByRole('link', { name: '고객 가져오기' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: '고객정보 품질' }).count()).toBe(0);
    await page.goto(`${baseUrl()}/app/customer-import`);
    await expectVisible(page.getByText('접근 권한이 없습니다'));
  });
});
