/**
 * Department changes by a tenant administrator in Debian Chromium (issue 6 admin findings): a sibling
 * name conflict shown on the name field, create, move, deactivate (greyed with a tag, gone from pickers),
 * reactivate; and the staff filter that includes sub-units unless switched off. Axe-checked, also at 390 px.
 */
import type { Locator, Page } from 'playwright-core';
import {
  axeViolations,
  baseUrl,
  DESKTOP,
  expectVisible,
  settledOverflow,
  loginFresh,
  openBrowser,
  PHONE,
  type BrowserSession,
} from './support/browser';
import { clickUntil } from './support/screens';

jest.setTimeout(300_000);

const BUSAN = /부산광역시|Busan/;
const SUFFIX = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const NEW_NAME = `이동시험과${SUFFIX}`;
const NEW_CODE = `MV-${SUFFIX}`.toUpperCase();

async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ant-skeleton, .ant-spin-spinning'));
  expect([screen, await axeViolations(page)]).toEqual([screen, []]);
}

/** The open TreeSelect popup. */
function popup(page: Page): Locator {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
}

/** Types into a department picker and returns the offered titles. */
async function searchPicker(page: Page, select: Locator, text: string): Promise<string[]> {
  await select.click();
  await page.keyboard.type(text);
  await popup(page).waitFor({ state: 'visible' });
  await page.waitForTimeout(300);
  return popup(page).locator('.ant-select-tree-title').allTextContents();
}

async function pick(page: Page, select: Locator, name: string): Promise<void> {
  await searchPicker(page, select, name);
  await popup(page)
    .locator('.ant-select-tree-title', { hasText: new RegExp(`^${name} \\(`) })
    .first()
    .click();
}

async function selectInTree(page: Page, name: string): Promise<void> {
  await page.locator('#department-filter').fill(name);
  const wrapper = page.getByTestId('department-tree').locator('.ant-tree-node-content-wrapper', {
    has: page.locator('.pcrm-dept-name', { hasText: new RegExp(`^${name}$`) }),
  });
  // clicking the selected node would deselect it
  if (!((await wrapper.getAttribute('class')) ?? '').includes('ant-tree-node-selected'))
    await wrapper.click();
  await expectVisible(page.locator('.ant-descriptions').getByText(name, { exact: true }));
}

/** The parent choices the 부서 추가 dialog offers for a search text. */
async function parentChoices(page: Page, text: string): Promise<string[]> {
  await page.getByRole('button', { name: '부서 추가' }).click();
  const dialog = page.getByRole('dialog');
  const picker = dialog.locator('.ant-form-item', { hasText: '상위 부서' }).locator('.ant-select');
  const titles = await searchPicker(page, picker, text);
  await page.keyboard.press('Escape');
  await clickUntil(dialog.getByRole('button', { name: /취\s*소/ }), dialog, 'hidden');
  return titles;
}

function treeNode(page: Page, name: string): Locator {
  return page.getByTestId('department-tree').locator('.pcrm-dept-node', {
    has: page.locator('.pcrm-dept-name', { hasText: new RegExp(`^${name}$`) }),
  });
}

async function staffTotal(page: Page): Promise<number> {
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning'));
  const text = await page.getByText(/총 \d+명 중/).textContent();
  return Number(/총 (\d+)명/.exec(text ?? '')![1]);
}

describe('department administration', () => {
  let browser: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser(DESKTOP);
    page = browser.page;
    await loginFresh(page, BUSAN, 'admin');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  }, 30_000);

  it('shows a taken sibling name on the name field and creates nothing', async () => {
    await page.goto(`${baseUrl()}/app/departments`);
    await selectInTree(page, '민원정책과');
    await page.getByRole('button', { name: '부서 추가' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('부서명').fill('고객만족팀');
    await dialog.getByLabel('부서코드').fill(`${NEW_CODE}-X`);
    await dialog
      .getByRole('button', { name: /추\s*가|확\s*인|OK/ })
      .last()
      .click();
    const nameItem = dialog.locator('.ant-form-item', { has: page.getByLabel('부서명') });
    await expectVisible(nameItem.locator('.ant-form-item-explain-error'));
    expect(await nameItem.locator('.ant-form-item-explain-error').textContent()).toBe(
      "같은 상위 부서 아래에 '고객만족팀' 부서가 이미 있습니다.",
    );
    await expectNoAxeViolations(page, 'create-conflict');
    await clickUntil(dialog.getByRole('button', { name: /취\s*소/ }), dialog, 'hidden');
  });

  it('creates, moves, deactivates and reactivates a department', async () => {
    await browser.step('create', async () => {
      await selectInTree(page, '고객만족팀');
      await page.getByRole('button', { name: '부서 추가' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('부서명').fill(NEW_NAME);
      await dialog.getByLabel('부서코드').fill(NEW_CODE);
      await dialog
        .getByRole('button', { name: /추\s*가|확\s*인|OK/ })
        .last()
        .click();
      await dialog.waitFor({ state: 'hidden' });
      await selectInTree(page, NEW_NAME);
      await expectVisible(page.locator('.ant-descriptions').getByText('고객만족팀'));
      expect(await parentChoices(page, '이동시험과')).toContainEqual(expect.stringContaining(NEW_NAME));
    });

    await browser.step('move', async () => {
      await page.getByRole('button', { name: '이동' }).click();
      const dialog = page.getByRole('dialog');
      const picker = dialog.locator('.ant-select');
      await expectVisible(picker);
      // checked before any option list opens: a closing list's scroll region made this flaky
      await expectNoAxeViolations(page, 'move-dialog');
      // neither the department itself nor anything inactive is offered
      expect(await searchPicker(page, picker, NEW_NAME)).toEqual([]);
      await page.keyboard.press('Escape');
      await pick(page, picker, '콜센터운영팀');
      await clickUntil(dialog.getByRole('button', { name: '이동' }), dialog, 'hidden');
      await selectInTree(page, NEW_NAME);
      await expectVisible(page.locator('.ant-descriptions').getByText('콜센터운영팀'));
    });

    await browser.step('deactivate', async () => {
      await page.locator('.pcrm-detail-actions').getByRole('button', { name: '비활성화' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: '비활성화' }).click();
      const node = treeNode(page, NEW_NAME);
      await expectVisible(node.locator('.pcrm-dept-inactive', { hasText: '비활성' }));
      expect(await node.getAttribute('class')).toContain('pcrm-dept-node-inactive');
      await expectNoAxeViolations(page, 'inactive-in-tree');
      // hidden from the parent picker of a new department
      expect(await parentChoices(page, '이동시험과')).not.toContainEqual(expect.stringContaining(NEW_NAME));
    });

    await browser.step('reactivate', async () => {
      await page.locator('.pcrm-detail-actions').getByRole('button', { name: '다시 활성화' }).click();
      const node = treeNode(page, NEW_NAME);
      await node.locator('.pcrm-dept-inactive').waitFor({ state: 'detached' });
      expect(await node.getAttribute('class')).not.toContain('pcrm-dept-node-inactive');
      await expectVisible(page.locator('.pcrm-detail-actions').getByRole('button', { name: '비활성화' }));
    });

    await browser.step('phone', async () => {
      await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
      await page.goto(`${baseUrl()}/app/departments`);
      await selectInTree(page, NEW_NAME);
      expect(await settledOverflow(page)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, 'departments-phone');
      await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
    });
  });

  it("filters staff by a division including its teams' staff unless switched off", async () => {
    await page.goto(`${baseUrl()}/app/staff`);
    await page.locator('.ant-table-row').first().waitFor({ state: 'visible' });
    await pick(
      page,
      page.locator('.pcrm-filter-field', { has: page.locator('#staff-department') }).locator('.ant-select'),
      '민원정책과',
    );
    await page.waitForURL((url) => url.searchParams.has('departmentId'));
    const switchControl = page.getByRole('switch', { name: '하위 부서 포함' });
    expect(await switchControl.getAttribute('aria-checked')).toBe('true');
    await expectVisible(page.locator('.ant-table-row', { hasText: '고객만족팀' }));
    const withTeams = await staffTotal(page);
    await expectNoAxeViolations(page, 'staff-subunits');

    await switchControl.click();
    await page.waitForURL((url) => url.searchParams.get('sub') === '0');
    await page.locator('.ant-table-row', { hasText: '고객만족팀' }).first().waitFor({ state: 'detached' });
    const divisionOnly = await staffTotal(page);
    expect(divisionOnly).toBeGreaterThan(0);
    expect(divisionOnly).toBeLessThan(withTeams);
    const departments = await page.locator('.ant-table-row td:nth-child(3)').allTextContents();
    expect(new Set(departments)).toEqual(new Set(['민원정책과']));

    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    expect(await settledOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'staff-phone');
  });
});
