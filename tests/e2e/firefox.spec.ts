/**
 * Careline in real Firefox (Debian's firefox-esr, driven over WebDriver BiDi: scripts/firefox.ts),
 * the built Firefox add-on on our x.com imitation. Firefox differs where it matters here: a Careline
 * page framed in x.com gets no `tabs` API, so the panel reaches the content script through the
 * background (utils/messaging/panel-relay.ts), and the background is an event page that Firefox
 * unloads when idle. These checks drive the main flow: the customer card follows the page, a
 * template goes into X's Draft.js composer so that X registers it, customers imported in the
 * settings show on the card, and a note is kept.
 */
import { expect, test as base } from '@playwright/test';
import path from 'node:path';
import type { Browser, ElementHandle, Frame, Page } from 'puppeteer-core';
import { launchCarelineFirefox, type LaunchedFirefox } from '../../scripts/firefox';
import { startXServer } from '../fixtures/x-app/server';

const MINJI = '/minji_kim/status/1991000000000000101';
const CP949_CSV = path.resolve(import.meta.dirname, '../fixtures/customers/customers-cp949.csv');
const SARAH = '/sarah_j_miller/status/1991000000000000102';
const DM = "Hi @minji_kim, sorry about this! Could you send us a DM with your account number? We'll take it from there.";
/** In the second test Firefox unloads an idle background after this long (its default is 30 s). */
const SHORT_IDLE_MS = 1_000;

const test = base.extend<{ backgroundIdleMs: number | undefined; firefox: LaunchedFirefox; openX: (path: string) => Promise<Page> }>({
  backgroundIdleMs: [undefined, { option: true }],
  firefox: async ({ backgroundIdleMs }, use) => {
    const server = await startXServer({ port: 0 });
    const firefox = await launchCarelineFirefox({ port: server.port, backgroundIdleMs });
    await use(firefox);
    await firefox.close();
    await server.close();
  },
  openX: async ({ firefox }, use) => {
    const errors: string[] = [];
    await use(async (path) => {
      const page = await firefox.browser.newPage();
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${String(error)}`));
      // The agent's tab is in front (a background tab gets no animation frames).
      await page.bringToFront();
      await page.goto(`https://x.com${path}`);
      return page;
    });
    expect(errors, 'uncaught errors on x.com').toEqual([]);
  },
});

async function panelFrame(page: Page): Promise<Frame> {
  const iframe = await page.waitForSelector('iframe[title="Careline"]');
  const frame = await iframe?.contentFrame();
  if (!frame) throw new Error('no Careline panel frame');
  return frame;
}

/** Waits until the panel shows `text`, in its rendered text (what the agent reads). */
async function panelShows(frame: Frame, text: string): Promise<void> {
  await frame.waitForFunction((t) => document.body.innerText.includes(t), { timeout: 10_000 }, text);
}

/**
 * The panel's element matching `selector` named `name` (its text, a child's text such as an option's
 * title, or its aria-label): clicked for real, with the mouse.
 */
async function click(frame: Frame, selector: string, name: string): Promise<void> {
  const handle = await frame.waitForFunction(
    (css, label) =>
      [...document.querySelectorAll<HTMLElement>(css)].find(
        (el) =>
          el.textContent?.trim() === label ||
          el.getAttribute('aria-label') === label ||
          [...el.querySelectorAll('*')].some((child) => child.textContent?.trim() === label),
      ),
    { timeout: 10_000 },
    selector,
    name,
  );
  await (handle as ElementHandle<HTMLElement>).click();
}

/**
 * The tab of a Careline page (e.g. options.html) once it has opened. Firefox's BiDi reports such
 * tabs' URL as about:blank, so each tab is asked where it is.
 */
async function extensionTab(browser: Browser, file: string): Promise<Page> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const tab of await browser.pages()) {
      const href = await tab.evaluate(() => location.href).catch(() => '');
      if (/^moz-extension:\/\/[^/]+\//.test(href) && href.endsWith(`/${file}`)) return tab;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Careline's ${file} did not open`);
}

/** The tab whose address starts with `prefix`, once it has opened. */
async function webTab(browser: Browser, prefix: string): Promise<Page> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const tab of await browser.pages()) {
      const href = await tab.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(prefix)) return tab;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const seen = await Promise.all((await browser.pages()).map((tab) => tab.evaluate(() => location.href).catch(() => '?')));
  throw new Error(`no tab opened at ${prefix}… (tabs: ${seen.join(', ')})`);
}

const composerText = (page: Page) =>
  page.evaluate(() => (window as unknown as { __xapp: { getComposerText(id?: string): string } }).__xapp.getComposerText('tweetTextarea_0'));

test('Firefox: the panel follows the customer and inserts a template that X registers', async ({ openX }) => {
  const page = await openX(MINJI);
  const panel = await panelFrame(page);
  await panelShows(panel, '@minji_kim');
  await panelShows(panel, '개통이 3일째 안 되고 있어요');

  await click(panel, '[role="option"]', 'Ask for a DM');
  await click(panel, 'button', 'Insert');
  await expect.poll(() => composerText(page)).toBe(DM);

  // X's in-app navigation: the content script pushes the new page through the relay.
  await page.evaluate((path) => (window as unknown as { __xapp: { navigate(p: string): void } }).__xapp.navigate(path), SARAH);
  await panelShows(panel, '@sarah_j_miller');
});

test('Firefox: customers imported in the settings (a CP949 CSV, in the import worker) show on the card', async ({ firefox, openX }) => {
  const page = await openX(MINJI);
  const panel = await panelFrame(page);
  await panelShows(panel, '@minji_kim');
  await panelShows(panel, 'New customer');

  // The panel's settings button: the background opens the options page (the panel has no tabs API).
  await click(panel, 'button', 'Careline settings');
  const settings = await extensionTab(firefox.browser, 'options.html');
  await settings.bringToFront();
  const input = await settings.waitForSelector('input[type="file"][accept=".csv,text/csv"]');
  await input?.uploadFile(CP949_CSV);
  await settings.waitForFunction(() => document.body.innerText.includes('Imported 5 customers'), { timeout: 15_000 });
  // Decoded, parsed and written off the page's thread, as in Chrome.
  expect(await settings.$eval('[data-import-thread]', (el) => el.getAttribute('data-import-thread'))).toBe('worker');

  await page.bringToFront();
  await page.reload();
  const again = await panelFrame(page);
  await panelShows(again, 'C-100231');
  await panelShows(again, '강남역점');
});

test("Firefox: a handoff by the call center's CRM form opens the filled-in form (the background opens the tab)", async ({ firefox, openX }) => {
  const page = await openX(MINJI);
  const panel = await panelFrame(page);
  await panelShows(panel, '@minji_kim');
  await click(panel, 'button', 'Careline settings');
  const settings = await extensionTab(firefox.browser, 'options.html');
  await settings.bringToFront();
  const crm = await settings.waitForSelector('input[type="radio"][value="crm"]');
  await crm?.click();
  const template = await settings.waitForFunction(() => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'CRM URL template');
    return label?.control ?? undefined;
  });
  await (template as ElementHandle<HTMLInputElement>).type('https://crm.careline.test/new?handle={{customer.handle}}&reason={{reason}}');
  // The Handoff section's own Save (the You section has one too).
  const save = await settings.waitForFunction(() =>
    [...(document.querySelector('input[type="radio"][value="crm"]')?.closest('section')?.querySelectorAll('button') ?? [])].find(
      (button) => button.textContent?.trim() === 'Save',
    ),
  );
  await (save as ElementHandle<HTMLButtonElement>).click();
  await settings.waitForFunction(() =>
    [...(document.querySelector('input[type="radio"][value="crm"]')?.closest('section')?.querySelectorAll('[role="status"]') ?? [])].some((status) =>
      status.textContent?.includes('Saved'),
    ),
  );

  await page.bringToFront();
  await click(panel, 'button', 'Hand off to call center');
  // The first of the team's reasons (the list starts on "Choose a reason").
  const reason = await panel.$eval('dialog select', (select) => (select as HTMLSelectElement).options[1]?.value ?? '');
  await panel.select('dialog select', reason);
  await click(panel, 'dialog button', 'Send handoff');
  const form = await webTab(firefox.browser, 'https://crm.careline.test/new?');
  const url = new URL(await form.evaluate(() => location.href));
  expect(url.searchParams.get('handle')).toBe('minji_kim');
  expect(url.searchParams.get('reason')).toBeTruthy();
  await panelShows(panel, 'Handoff sent');
});

test.describe('with a background that Firefox unloads after 1 s idle', () => {
  // Shorter than the panel's keepalive (RELAY_KEEPALIVE_MS): the relay closes, the panel reopens it.
  test.use({ backgroundIdleMs: SHORT_IDLE_MS });

  test('Firefox: after the background was unloaded for idleness, the panel still follows the page and keeps a note', async ({ openX }) => {
    const page = await openX(MINJI);
    const panel = await panelFrame(page);
    await panelShows(panel, '@minji_kim');
    // Several idle periods: Firefox unloads the event page, closing the relay; the panel reopens it.
    await new Promise((resolve) => setTimeout(resolve, SHORT_IDLE_MS * 4));
    await page.evaluate((path) => (window as unknown as { __xapp: { navigate(p: string): void } }).__xapp.navigate(path), SARAH);
    await panelShows(panel, '@sarah_j_miller');

    const note = await panel.waitForSelector('textarea[aria-label="Note"]');
    await note?.type('Firefox note: 번호 확인함');
    await click(panel, 'button', 'Add note');
    await panelShows(panel, 'Firefox note: 번호 확인함');

    // Kept in Careline's IndexedDB: there after a reload of x.com.
    await page.reload();
    const again = await panelFrame(page);
    await panelShows(again, '@sarah_j_miller');
    await panelShows(again, 'Firefox note: 번호 확인함');
  });
});
