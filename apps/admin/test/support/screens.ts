/**
 * Helpers shared by the customer-screen browser specs (customers, import, segments, data quality):
 * antd selects, settled axe checks and content overflow at a given width.
 */
import type { Locator, Page } from 'playwright-core';
import { axeViolations, horizontalOverflow } from './browser';

/** The open antd select popup. */
export const selectPopup = (page: Page): Locator =>
  page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();

/** Opens an antd Select (by its accessible name) and picks the option with `option` as its title. */
export async function pickOption(
  page: Page,
  select: Locator,
  option: string,
  { search = false }: { search?: boolean } = {},
): Promise<void> {
  // A click that lands while the popup still animates in chooses nothing: the select's own box must show
  // the option afterwards (single or multiple), else the pick is tried again. `search` types the option
  // first, for long (virtual) lists that do not draw it otherwise.
  const root = select.locator(`xpath=ancestor::*[contains(concat(' ', @class, ' '), ' ant-select ')][1]`);
  const chosen = () => root.evaluate((el) => (el as HTMLElement).innerText.trim());
  for (let attempt = 1; ; attempt++) {
    await select.click();
    if (search) await select.fill(option);
    const item = selectPopup(page).locator(`.ant-select-item-option[title="${option}"]`);
    await item.waitFor({ state: 'visible' });
    await item.click();
    for (const until = Date.now() + 2000; Date.now() < until; await page.waitForTimeout(100))
      if ((await chosen()).includes(option)) return;
    if (attempt === 3)
      throw new Error(`option '${option}' was not chosen (the select shows '${await chosen()}')`);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
  }
}

/**
 * Clicks until `target` is in `state` (by default: until it appears): on a loaded machine a click on a dialog
 * still zooming in may go nowhere, so a dialog's button may need a second click to open or close it. The
 * dialogs' buttons show `confirmLoading` while their request runs, so a second click never sends it twice.
 */
export async function clickUntil(
  button: Locator,
  target: Locator,
  state: 'visible' | 'hidden' = 'visible',
): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    // A retry may find the button gone with its dialog (the target reached its state meanwhile): never wait
    // for it long, the state is checked below.
    if (attempt === 1) await button.click();
    else await button.click({ timeout: 2_000 }).catch(() => undefined);
    const reached = await target
      .first()
      .waitFor({ state, timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (reached) return;
  }
  await target.first().waitFor({ state });
}

/** Waits until no skeleton or spinner shows, then answers axe's violations inside #main. */
/**
 * A link of the main menu that may sit in a submenu (맞춤 설정): the submenu is opened first when the link is
 * not showing — clicking an open submenu's title would close it.
 */
export async function menuLink(page: Page, name: string, submenu: string): Promise<Locator> {
  const nav = page.getByRole('navigation', { name: '주 메뉴' });
  const link = nav.getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) await nav.getByRole('menuitem', { name: submenu }).click();
  return link;
}

export async function settledAxe(page: Page): Promise<unknown[]> {
  await page.waitForFunction(() => !document.querySelector('#main .ant-skeleton, #main .ant-spin-spinning'));
  return axeViolations(page, '#main');
}

/**
 * Elements of the page's own content that stick out of the viewport (tables and .pcrm-scroll-x boxes scroll
 * inside), once the layout has settled: right after a viewport change antd's responsive parts re-lay out on
 * their resize observers, late under load, so the measure is repeated for up to `timeoutMs` until none is
 * left and the last one answered.
 */
export async function contentOverflow(page: Page, timeoutMs = 5_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let found = await overflowingContent(page);
  while (found.length > 0 && Date.now() < deadline) {
    await page.waitForTimeout(100);
    found = await overflowingContent(page);
  }
  return found;
}

async function overflowingContent(page: Page): Promise<string[]> {
  const page_ = await horizontalOverflow(page);
  const elements = await page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter(
        (e) =>
          e.getBoundingClientRect().right > window.innerWidth + 0.5 &&
          !e.closest('.ant-table, .ant-table-wrapper, .pcrm-scroll-x') &&
          e.getBoundingClientRect().width > 0,
      )
      .map((e) => `${e.tagName}.${String(e.className)}`),
  );
  return page_ > 0 ? [`page scrolls sideways by ${page_}px`, ...elements] : elements;
}
