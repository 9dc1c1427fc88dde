/**
 * The case page's attachments and resident notices in Chromium (충청북도, at 1440 px and 390 px): an agent picks
 * files on the intake form — a file whose content is not what its name says and one over 10 MB are refused
 * with the server's words, a real picture is uploaded with its progress — and receives the petition. The case
 * lists the picture and downloads exactly its bytes (access-logged by the server); six more files are offered
 * on the case, five are attached and the sixth refused; the 접수 notice to the resident shows its template,
 * channel, masked number and delivery state until it is 발송. axe finds no WCAG A/AA violation on either screen.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  chooseLanguage,
  DESKTOP,
  expectVisible,
  loginFresh,
  browserPerTest,
  PHONE,
  type Viewport,
} from './support/browser';
import { contentOverflow, pickOption, settledAxe } from './support/screens';
import { FILES } from '../../../libs/crm-core/test/attachment-files';

jest.setTimeout(300_000);

const CHUNGBUK = /충청북도/;
let owner: Client;
const browser = browserPerTest();

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
});
afterAll(() => owner.end());

const file = (name: string, mimeType: string, buffer: Buffer) => ({ name, mimeType, buffer });

async function caseWithFilesAndNotices(viewport: Viewport, what: string): Promise<void> {
  // Unique per attempt: a retried attempt must not find the case an earlier attempt made.
  const title = `${what} ${Date.now().toString(36)}`;
  const s = await browser.open(viewport);
  const { page } = s;
  const picker = () => page.locator('input[type="file"]').first();
  const refusals = page.getByRole('alert').filter({ hasText: '올리지 못한 파일' });

  await s.step('login', () => loginFresh(page, CHUNGBUK, 'agent'));

  await s.step('intake', async () => {
    await page.goto(new URL('/app/petitions/new', page.url()).toString());
    await expectVisible(page.getByRole('heading', { level: 1, name: '민원 접수' }));
    await pickOption(page, page.getByRole('combobox', { name: '분류' }), '교통');
    await page.getByLabel('제목').fill(title);
    await page.getByLabel('내용').fill('횡단보도 신호등 버튼이 눌리지 않습니다. 사진을 붙입니다.');
    await page.getByLabel('이름').fill('충북민');
    await page.getByLabel('전화번호').fill('010-3030-5555');
  });

  await s.step('refused-files', async () => {
    await picker().setInputFiles([file('가짜.pdf', 'application/pdf', Buffer.from('MZ\x90\x00 not a pdf'))]);
    await expectVisible(refusals.getByText("파일 '가짜.pdf'의 내용이 이름(.pdf)과 맞지 않습니다"));
    // From a path: a 10 MB buffer would cross the DevTools protocol in base64, slowly.
    const dir = mkdtempSync(join(tmpdir(), 'pcrm-case-files-'));
    const big = join(dir, '큰파일.pdf');
    writeFileSync(big, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]));
    try {
      await picker().setInputFiles(big);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await expectVisible(refusals.getByText("파일 '큰파일.pdf'이(가) 10MB 를 넘습니다."));
    // The refused files leave the list (after the list's fade-out).
    await page.locator('.ant-upload-list-item').first().waitFor({ state: 'detached' });
  });

  await s.step('upload', async () => {
    await picker().setInputFiles([file('신호등 사진.png', 'image/png', FILES.png)]);
    await expectVisible(page.locator('.ant-upload-list-item-done').getByText('신호등 사진.png'));
    expect(await refusals.count()).toBe(0);
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
    await page.getByRole('button', { name: '접수' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: title }));
  });

  const {
    rows: [voc],
  } = await owner.query<{ id: string }>(
    `SELECT id FROM voc_items WHERE tenant_id = 'chungbuk' AND title = $1`,
    [title],
  );
  const files = page.getByTestId('voc-attachments');
  const notices = page.getByTestId('voc-notices');

  await s.step('attachment-download', async () => {
    expect(voc).toBeDefined();
    await expectVisible(files.getByText(`${FILES.png.length} B · image/png`));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      files.getByRole('button', { name: '신호등 사진.png 내려받기' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('신호등 사진.png');
    expect(readFileSync((await download.path())!).equals(FILES.png)).toBe(true);
    const {
      rows: [stored],
    } = await owner.query<{ id: string; owner_id: string }>(
      `SELECT id, owner_id FROM attachments WHERE tenant_id = 'chungbuk' AND owner_type = 'voc' AND owner_id = $1`,
      [voc.id],
    );
    expect(stored.owner_id).toBe(voc.id);
    const logged = await owner.query(
      `SELECT 1 FROM access_log WHERE tenant_id = 'chungbuk' AND entity = 'attachment' AND record_id = $1`,
      [stored.id],
    );
    expect(logged.rowCount).toBeGreaterThanOrEqual(1);
  });

  await s.step('notice-delivered', async () => {
    const row = notices.locator('tr', { hasText: '민원 접수' }).first();
    await expectVisible(row.getByText('문자'));
    await expectVisible(row.getByText('010-****-5555'));
    // The dispatcher sends within a few seconds; the card polls while a notice waits.
    await row.getByText('발송', { exact: true }).waitFor({ state: 'visible', timeout: 30_000 });
    const { rows } = await owner.query<{ state: string; attempts: number }>(
      `SELECT state, attempts FROM notification_outbox
        WHERE tenant_id = 'chungbuk' AND subject_type = 'voc' AND subject_id = $1 AND template_key = 'voc.received'`,
      [voc.id],
    );
    expect(rows).toEqual([{ state: 'SENT', attempts: 1 }]);
    await expectVisible(row.getByText('1회'));
  });

  await s.step('failed-and-skipped-notices', async () => {
    // States the development receivers never produce, written as the dispatcher and the consent check would.
    await owner.query(
      `INSERT INTO notification_outbox (tenant_id, subject_type, subject_id, purpose, channel, sms_kind, recipient,
         template_key, body, state, attempts, last_error, last_error_en, skip_reason)
       VALUES ('chungbuk', 'voc', $1, 'ADMIN_NOTICE', 'SMS', 'SMS', '01030305555', 'voc.assigned', '배정 안내',
               'FAILED', 5, '문자 중계 서버가 거절했습니다 (HTTP 400).', 'The SMS gateway refused (HTTP 400).', NULL),
              ('chungbuk', 'voc', $1, 'SATISFACTION_SURVEY', 'SMS', 'SMS', '01030305555', 'voc.survey', '만족도 조사',
               'SKIPPED', 0, NULL, NULL, '만족도 조사 수신 동의가 없습니다.')`,
      [voc.id],
    );
    await page.reload();
    const failed = notices.locator('tr', { hasText: '문자 중계 서버가 거절했습니다' }).first();
    await expectVisible(failed.getByText('실패', { exact: true }));
    await expectVisible(failed.getByText('문자 중계 서버가 거절했습니다 (HTTP 400).'));
    await expectVisible(failed.getByText('5회'));
    const skipped = notices.locator('tr', { hasText: '만족도 조사 수신 동의가 없습니다.' }).first();
    await expectVisible(skipped.getByText('건너뜀', { exact: true }));
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });

  await s.step('add-files-on-the-case', async () => {
    const six = Array.from({ length: 6 }, (_, i) =>
      file(`보완${i + 1}.txt`, 'text/plain', Buffer.from(`보완 자료 ${i + 1}\n`)),
    );
    await files.locator('input[type="file"]').setInputFiles(six);
    await expectVisible(
      files.getByRole('alert').getByText('첨부파일은 5개까지입니다. 보완6.txt은(는) 올리지 않았습니다.'),
    );
    await files.locator('.ant-upload-list-item-done').nth(4).waitFor({ state: 'visible' });
    await files.getByRole('button', { name: '첨부 추가' }).click();
    await expectVisible(files.getByRole('button', { name: '보완5.txt 내려받기' }));
    expect(await files.locator('.pcrm-voc-files li').count()).toBe(6);
    const { rows } = await owner.query<{ file_name: string }>(
      `SELECT file_name FROM attachments WHERE owner_type = 'voc' AND owner_id = $1 ORDER BY file_name`,
      [voc.id],
    );
    // Uploaded side by side: their order is the server's, so the names are compared as a set.
    expect(rows.map((r) => r.file_name).sort()).toEqual(
      ['신호등 사진.png', '보완1.txt', '보완2.txt', '보완3.txt', '보완4.txt', '보완5.txt'].sort(),
    );
    expect(await settledAxe(page)).toEqual([]);
  });

  await s.step('english', async () => {
    await chooseLanguage(page, 'English');
    await expectVisible(page.getByRole('heading', { name: 'Resident notices' }));
    const row = notices.locator('tr', { hasText: 'Petition received' }).first();
    await expectVisible(row.getByText('Sent', { exact: true }));
    await expectVisible(files.getByRole('button', { name: 'Download 신호등 사진.png' }));
    await chooseLanguage(page, '한국어');
  });
}

it('receives a petition with a picture, downloads it and shows the notice at 1440 px', () =>
  caseWithFilesAndNotices(DESKTOP, '횡단보도 버튼 고장 (데스크톱)'));

it('receives a petition with a picture, downloads it and shows the notice at 390 px', () =>
  caseWithFilesAndNotices(PHONE, '횡단보도 버튼 고장 (휴대폰)'));
