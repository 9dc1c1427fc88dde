/**
 * Petitions in Chromium (Gangwon, a tenant no other browser spec touches) at 1440 px and 390 px: an agent
 * receives a petition from an anonymous resident, sees the due dates before saving, lands on the case with
 * its receipt number, deadlines and history, and finds it in the tenant's inbox with its due state in words.
 * The agent may not handle it; a department head then drives it 배정 → 처리 시작 → 답변 from the actions panel,
 * meeting a concurrent change (CONFLICT, reload) and a missing answer on the way. axe finds no WCAG A/AA
 * violation on any screen, the open dialogs included.
 */
import { Client } from 'pg';
import {
  axeViolations,
  DESKTOP,
  expectVisible,
  loginFresh,
  logout,
  browserPerTest,
  PHONE,
  type BrowserSession,
  type Viewport,
} from './support/browser';
import { clickUntil, contentOverflow, pickOption, settledAxe } from './support/screens';

jest.setTimeout(300_000);

const GANGWON = /강원특별자치도/;
let owner: Client;
const browser = browserPerTest();

let pausedRules: string[] = [];

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  // Gangwon routes nothing during this spec, so a new case waits in 접수 for 배정 by hand.
  await owner.query(
    `UPDATE voc_settings SET routing_seeded_at = coalesce(routing_seeded_at, now()) WHERE tenant_id = 'gangwon'`,
  );
  const { rows } = await owner.query<{ id: string }>(
    `UPDATE voc_routing_rules SET active = false WHERE tenant_id = 'gangwon' AND active RETURNING id`,
  );
  pausedRules = rows.map((r) => r.id);
});
afterAll(async () => {
  await owner.query(`UPDATE voc_routing_rules SET active = true WHERE id = ANY($1::uuid[])`, [pausedRules]);
  await owner.end();
});

async function intakeToDetail(viewport: Viewport, what: string): Promise<void> {
  // Unique per attempt: a retried attempt must not find the case an earlier attempt made.
  const title = `${what} ${Date.now().toString(36)}`;
  const s = await browser.open(viewport);
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
    const { rows } = await owner.query<{ receipt_no: string; client_key: string }>(
      `SELECT receipt_no, client_key FROM voc_items WHERE tenant_id = 'gangwon' AND title = $1`,
      [title],
    );
    expect(rows).toHaveLength(1);
    // The form's own key, sent with the refused try and the accepted one: a lost answer's retry files nothing new.
    expect(rows[0].client_key).toMatch(/^admin:[0-9a-f]{32}$/);
    await expectVisible(page.getByText(rows[0].receipt_no));
    await expectVisible(page.getByRole('heading', { name: '처리 이력' }));
    await expectVisible(page.getByTestId('voc-actions').getByText('처리 권한이 없어 상태만 볼 수 있습니다.'));
    expect(await page.getByTestId('voc-action-buttons').count()).toBe(0);
    await expectVisible(page.getByText('정상').first());
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });

  await s.step('back-in-inbox', async () => {
    await page.getByRole('link', { name: '민원함으로' }).click();
    await page.locator('.ant-segmented-item', { hasText: '전체' }).click();
    await expectVisible(page.getByRole('link', { name: title }));
  });

  await handle(s, title);
}

/** A department head takes the case through 배정 → 처리 시작 → 답변 from the 처리 card. */
async function handle(s: BrowserSession, title: string): Promise<void> {
  const { page } = s;
  const {
    rows: [voc],
  } = await owner.query<{ id: string }>(
    `SELECT id FROM voc_items WHERE tenant_id = 'gangwon' AND title = $1`,
    [title],
  );
  const {
    rows: [department],
  } = await owner.query<{ name: string }>(
    // The head's own 과: a department head acts on the cases of their department and those under it only.
    `SELECT d.name FROM departments d JOIN staff s ON s.tenant_id = d.tenant_id AND s.department_id = d.id
     WHERE d.tenant_id = 'gangwon' AND s.username = 'manager'`,
  );
  const panel = page.getByTestId('voc-actions');
  const dialog = page.getByRole('dialog');
  const timeline = page.locator('.ant-timeline');
  /** Opens a step's dialog from the panel, and answers the dialog's OK button (named like the step). */
  const open = async (label: string) => {
    await panel.getByRole('button', { name: label, exact: true }).click();
    await expectVisible(dialog.getByText(label).first());
    return dialog.getByRole('button', { name: label, exact: true });
  };
  const status = (label: string) => expectVisible(page.getByText(label, { exact: true }).first());

  await s.step('handler', async () => {
    await logout(page);
    await loginFresh(page, GANGWON, 'manager');
    await page.goto(new URL(`/app/petitions/${voc.id}`, page.url()).toString());
    await expectVisible(page.getByRole('heading', { level: 1, name: title }));
    await expectVisible(panel.getByRole('button', { name: '배정', exact: true }));
    await expectVisible(panel.getByText('협조 요청한 부서가 없습니다.'));
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
  });

  await s.step('assign', async () => {
    const ok = await open('배정');
    await clickUntil(ok, dialog.getByText('담당 부서을(를) 입력해 주세요.'));
    // A tenant has many departments (a virtual list): the search narrows it to the one named.
    await pickOption(page, dialog.getByRole('combobox', { name: '담당 부서' }), department.name, {
      search: true,
    });
    // 분류 변경 with the assignment: filed as 건의, it is a 질의 about a procedure (7 days instead of 14).
    await dialog.getByRole('checkbox', { name: /분류도 바꾸기/ }).check();
    await pickOption(page, dialog.getByRole('combobox', { name: '민원 종류' }), '질의');
    await clickUntil(ok, dialog.getByText('질의 구분을(를) 입력해 주세요.'));
    await pickOption(page, dialog.getByRole('combobox', { name: '질의 구분' }), '제도·절차 (7일)');
    expect(await axeViolations(page, '.ant-modal-wrap')).toEqual([]);
    expect(await settledAxe(page)).toEqual([]);
    await clickUntil(ok, dialog, 'hidden');
    await expectVisible(timeline.getByText('ASSIGN → ASSIGNED'));
    const {
      rows: [classified],
    } = await owner.query(
      `SELECT kind, period_variant, period_value FROM voc_items WHERE tenant_id = 'gangwon' AND id = $1`,
      [voc.id],
    );
    expect(classified).toEqual({ kind: 'INQUIRY', period_variant: 'PROCEDURE', period_value: 7 });
    await status('분류·배정');
    await expectVisible(panel.getByRole('button', { name: '처리 시작', exact: true }));
  });

  await s.step('conflict-then-start', async () => {
    const ok = await open('처리 시작');
    await expectVisible(dialog.getByText('이 처리를 진행할까요? 처리 이력에 남습니다.'));
    // Someone else changes the case meanwhile: the server refuses the stale version, the dialog says so.
    await owner.query(`UPDATE voc_items SET version = version + 1 WHERE id = $1`, [voc.id]);
    await ok.click();
    const stale = dialog.getByRole('alert').filter({ hasText: '그사이 다른 사람이 이 민원을 처리했습니다' });
    await expectVisible(stale);
    expect(await timeline.getByText('START → IN_PROGRESS').count()).toBe(0);
    await clickUntil(stale.getByRole('button', { name: '새로 고침' }), dialog, 'hidden');
    await clickUntil(await open('처리 시작'), dialog, 'hidden');
    await expectVisible(timeline.getByText('START → IN_PROGRESS'));
    await status('처리중');
  });

  await s.step('answer', async () => {
    const ok = await open('답변');
    await clickUntil(ok, dialog.getByText('답변 내용을(를) 입력해 주세요.'));
    await dialog.getByLabel('답변 내용').fill('안내판 전원을 복구했고 다음 주까지 새 안내판으로 교체합니다.');
    expect(await axeViolations(page, '.ant-modal-wrap')).toEqual([]);
    await clickUntil(ok, dialog, 'hidden');
    await expectVisible(timeline.getByText('ANSWER → ANSWERED'));
    await status('답변완료');
    await expectVisible(page.getByText('처리 완료').first());
    expect(await settledAxe(page)).toEqual([]);
    expect(await contentOverflow(page)).toEqual([]);
    const { rows } = await owner.query<{ status: string; answer: string }>(
      `SELECT status, answer FROM voc_items WHERE id = $1`,
      [voc.id],
    );
    expect(rows).toEqual([{ status: 'ANSWERED', answer: expect.stringContaining('안내판 전원을 복구') }]);
  });
}

it('receives a petition and shows it at 1440 px', () =>
  intakeToDetail(DESKTOP, '정류장 안내판 고장 (데스크톱)'));

it('receives a petition and shows it at 390 px', () => intakeToDetail(PHONE, '정류장 안내판 고장 (휴대폰)'));
