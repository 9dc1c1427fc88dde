/**
 * Public disclosure of tasks in Chromium at 1440 and 390 px: the public list and task page (KRDS, a native
 * progress bar, the plan table scrolling inside its region, the follow form's error summary) and the admin's
 * 공개 미리보기 for the least (manager) and most (tenant-admin) privileged roles that may publish — zero axe-core
 * violations everywhere, nothing sticking out sideways. Tasks are written as the owner (the tasks service is
 * another capability).
 */
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { newPublicTask, RESIDENT_NAME } from '../../api/test/support/public-tasks';
import {
  axeViolations,
  baseUrl,
  browserPerTest,
  DESKTOP,
  expectVisible,
  loginFresh,
  PHONE,
  settledOverflow,
  waitForAppUrl,
  type BrowserSession,
} from './support/browser';

jest.setTimeout(180_000);

const DAEGU = /대구광역시/;
const browser = browserPerTest();
let owner: Client;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
});
afterAll(() => owner.end());

async function accessible(page: Page, screen: string, selector = 'body'): Promise<void> {
  expect([screen, await axeViolations(page, selector)]).toEqual([screen, []]);
}

async function visit(s: BrowserSession, path: string): Promise<void> {
  s.errors.length = 0;
  await s.page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
  expect(s.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
}

describe.each([DESKTOP, PHONE])('at $width px (browser)', (viewport) => {
  it('the public list and task page, and the follow form’s errors, pass axe', async () => {
    const s = await browser.open(viewport);
    const { page } = s;
    // chungnam: the e2e spec spends daegu's follow budget of this address (10 an hour).
    const task = await newPublicTask(owner, 'chungnam', { isPublic: true, title: '통학로 보도 정비' });

    await s.step('list', async () => {
      await visit(s, '/r/chungnam/tasks');
      await expectVisible(page.getByRole('heading', { level: 1, name: '공개 과업' }));
      await expectVisible(page.getByRole('link', { name: '통학로 보도 정비' }));
      expect(await settledOverflow(page)).toBe(0);
      await accessible(page, 'list');
    });

    await s.step('task', async () => {
      await page.getByRole('link', { name: '통학로 보도 정비' }).first().click();
      await page.waitForURL((u) => u.pathname === `/r/chungnam/tasks/${task.no}`);
      await expectVisible(page.getByRole('heading', { level: 1, name: '통학로 보도 정비' }));
      const bar = page.getByRole('progressbar', { name: '과업 진행률' });
      expect(await bar.getAttribute('value')).toBe('35.5');
      await expectVisible(page.getByRole('region', { name: '추진 계획 표' }));
      expect(await page.content()).not.toContain(RESIDENT_NAME);
      expect(await settledOverflow(page)).toBe(0);
      await accessible(page, 'task');
    });

    await s.step('follow-errors', async () => {
      await page.getByRole('button', { name: '알림 신청' }).click();
      await page.waitForLoadState('load');
      await expectVisible(page.getByRole('alert').filter({ hasText: '입력 내용을 확인해 주세요' }));
      await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
      expect(await settledOverflow(page)).toBe(0);
      await accessible(page, 'follow errors');
    });

    await s.step('followed', async () => {
      await page
        .getByRole('textbox', { name: /^전자우편 주소/ })
        .fill(`browser-${viewport.width}-${Date.now()}@example.com`);
      await page.locator('label[for="consent"]').click();
      await page.getByRole('button', { name: '알림 신청' }).click();
      await expectVisible(page.getByRole('heading', { name: '알림을 신청했습니다' }));
      await accessible(page, 'followed');
    });
  });

  it.each(['manager', 'admin'])(
    '공개 미리보기 for %s: refused with personal data, then a clean task published',
    async (user) => {
      const s = await browser.open(viewport);
      const { page } = s;
      const dirty = await newPublicTask(owner, 'daegu', { summary: `${RESIDENT_NAME} 님 010-2222-3333` });
      const clean = await newPublicTask(owner, 'daegu', { title: '가로등 교체' });
      await s.step('login', () => loginFresh(page, DAEGU, user));

      await s.step('problems', async () => {
        await page.goto(`${baseUrl()}/app/tasks/${dirty.id}/public`);
        await waitForAppUrl(page, (u) => u.pathname === `/app/tasks/${dirty.id}/public`);
        await expectVisible(page.getByRole('heading', { level: 1, name: '공개 미리보기' }));
        await expectVisible(page.getByRole('alert').filter({ hasText: '공개할 수 없습니다' }));
        expect(await page.getByRole('button', { name: '공개하기' }).isDisabled()).toBe(true);
        expect(await settledOverflow(page)).toBe(0);
        await accessible(page, 'preview with problems', '#main');
      });

      await s.step('publish', async () => {
        await page.goto(`${baseUrl()}/app/tasks/${clean.id}/public`);
        await expectVisible(page.getByRole('heading', { level: 2, name: '추진 계획' }));
        await page.getByRole('button', { name: '공개하기' }).click();
        await expectVisible(page.getByRole('button', { name: '공개 중단' }));
        await expectVisible(page.getByText('공개 중', { exact: true }));
        expect(await settledOverflow(page)).toBe(0);
        await accessible(page, 'preview published', '#main');
      });
      const { rows } = await owner.query(
        `SELECT is_public FROM tasks WHERE tenant_id = 'daegu' AND id = $1`,
        [clean.id],
      );
      expect(rows[0].is_public).toBe(true);
    },
  );
});

it('an agent may not open the preview', async () => {
  const s = await browser.open(DESKTOP);
  const task = await newPublicTask(owner, 'daegu');
  await loginFresh(s.page, DAEGU, 'agent');
  await s.page.goto(`${baseUrl()}/app/tasks/${task.id}/public`);
  await expectVisible(s.page.getByText('권한', { exact: false }));
  expect(await s.page.getByRole('button', { name: '공개하기' }).count()).toBe(0);
});
