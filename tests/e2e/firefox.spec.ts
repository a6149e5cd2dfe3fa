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
import type { Page } from 'puppeteer-core';
import {
  click,
  composerText,
  element,
  extensionTab,
  panelFrame,
  saveHandoffSettings,
  sendHandoff,
  shows,
  typeInto,
  webTab,
} from './firefox-helpers';
import { launchCarelineFirefox, type LaunchedFirefox } from '../../scripts/firefox';
import { startReceiver } from '../../examples/handoff-receiver/server';
import { startXServer } from '../fixtures/x-app/server';

const MINJI = '/minji_kim/status/1991000000000000101';
const CP949_CSV = path.resolve(import.meta.dirname, '../fixtures/customers/customers-cp949.csv');
const SARAH = '/sarah_j_miller/status/1991000000000000102';
const DM =
  "Hi @minji_kim, sorry about this! Could you send us a DM with your account number? We'll take it from there.";
/** In the second test Firefox unloads an idle background after this long (its default is 30 s). */
const SHORT_IDLE_MS = 1_000;

const test = base.extend<{
  backgroundIdleMs: number | undefined;
  firefox: LaunchedFirefox;
  openX: (path: string) => Promise<Page>;
}>({
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

test('Firefox: the panel follows the customer and inserts a template that X registers', async ({ openX }) => {
  const page = await openX(MINJI);
  const panel = await panelFrame(page);
  await shows(panel, '@minji_kim');
  await shows(panel, '개통이 3일째 안 되고 있어요');

  await click(panel, '[role="option"]', 'Ask for a DM');
  await click(panel, 'button', 'Insert');
  await expect.poll(() => composerText(page)).toBe(DM);

  // X's in-app navigation: the content script pushes the new page through the relay.
  await page.evaluate(
    (path) => (window as unknown as { __xapp: { navigate(p: string): void } }).__xapp.navigate(path),
    SARAH,
  );
  await shows(panel, '@sarah_j_miller');
});

test("Firefox: X's page moves aside for the panel (Careline's own stylesheet), so the reply box is clear of it", async ({
  openX,
}) => {
  const page = await openX(MINJI);
  await shows(await panelFrame(page), '@minji_kim');
  const layout = () =>
    page.evaluate(() => {
      const panel = document.querySelector('careline-panel')?.getBoundingClientRect();
      const reply = document
        .querySelector('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]')
        ?.getBoundingClientRect();
      return {
        margin: parseFloat(getComputedStyle(document.body).marginRight),
        panelLeft: panel?.left ?? 0,
        replyRight: reply?.right ?? Infinity,
      };
    });
  await expect.poll(async () => (await layout()).margin).toBeGreaterThanOrEqual(300);
  const { panelLeft, replyRight } = await layout();
  expect(replyRight).toBeLessThanOrEqual(panelLeft);
});

test('Firefox: customers imported in the settings (a CP949 CSV, in the import worker) show on the card', async ({
  firefox,
  openX,
}) => {
  const page = await openX(MINJI);
  const panel = await panelFrame(page);
  await shows(panel, '@minji_kim');
  await shows(panel, 'New customer');

  // The panel's settings button: the background opens the options page (the panel has no tabs API).
  await click(panel, 'button', 'Careline settings');
  const settings = await extensionTab(firefox.browser, 'options.html');
  await settings.bringToFront();
  const input = await element<HTMLInputElement>(settings, 'input[type="file"][accept=".csv,text/csv"]');
  await input.uploadFile(CP949_CSV);
  // The mapping is shown first; nothing is written before "Import".
  await click(settings, 'button', 'Import');
  await shows(settings, 'Imported 5 customers', 15_000);
  // Decoded, parsed and written off the page's thread, as in Chrome.
  expect(await settings.$eval('[data-import-thread]', (el) => el.getAttribute('data-import-thread'))).toBe('worker');

  await page.bringToFront();
  await page.reload();
  const again = await panelFrame(page);
  await shows(again, 'C-100231');
  await shows(again, '강남역점');
});

test("Firefox: a handoff by the call center's CRM form opens the filled-in form (the background opens the tab)", async ({
  firefox,
  openX,
}) => {
  const page = await openX(MINJI);
  const panel = await panelFrame(page);
  await shows(panel, '@minji_kim');
  await saveHandoffSettings(firefox.browser, panel, 'crm', {
    'CRM URL template': 'https://crm.careline.test/new?handle={{customer.handle}}&reason={{reason}}',
  });

  await page.bringToFront();
  const reason = await sendHandoff(panel);
  const form = await webTab(firefox.browser, 'https://crm.careline.test/new?');
  const url = new URL(await form.evaluate(() => location.href));
  expect(url.searchParams.get('handle')).toBe('minji_kim');
  expect(url.searchParams.get('reason')).toBe(reason);
  await shows(panel, 'Handoff sent');
});

test('Firefox: a webhook handoff is delivered by the background (an event page) and its ticket comes back', async ({
  firefox,
  openX,
}) => {
  const receiver = await startReceiver({ port: 0, secret: 'firefox-secret' });
  try {
    const page = await openX(MINJI);
    const panel = await panelFrame(page);
    await shows(panel, '@minji_kim');
    await saveHandoffSettings(firefox.browser, panel, 'webhook', {
      'Webhook URL': receiver.webhookUrl,
      'Webhook secret': 'firefox-secret',
    });

    await page.bringToFront();
    await sendHandoff(panel);
    await shows(panel, 'Ticket CL-000001');
    expect(receiver.stats()).toMatchObject({ posts: 1, stored: 1, rejected: 0 });
    expect(receiver.cases()[0]).toMatchObject({
      ticketId: 'CL-000001',
      attempts: 1,
      payload: { customer: { handle: 'minji_kim' } },
    });
  } finally {
    await receiver.close();
  }
});

test.describe('with a background that Firefox unloads after 1 s idle', () => {
  // Shorter than the panel's keepalive (RELAY_KEEPALIVE_MS): the relay closes, the panel reopens it.
  test.use({ backgroundIdleMs: SHORT_IDLE_MS });

  test('Firefox: after the background was unloaded for idleness, the panel still follows the page and keeps a note', async ({
    openX,
  }) => {
    const page = await openX(MINJI);
    const panel = await panelFrame(page);
    await shows(panel, '@minji_kim');
    // Several idle periods: Firefox unloads the event page, closing the relay; the panel reopens it.
    await new Promise((resolve) => setTimeout(resolve, SHORT_IDLE_MS * 4));
    await page.evaluate(
      (path) => (window as unknown as { __xapp: { navigate(p: string): void } }).__xapp.navigate(path),
      SARAH,
    );
    await shows(panel, '@sarah_j_miller');

    const note = await element(panel, 'textarea[aria-label="Note"]');
    await typeInto(panel, note, 'Firefox note: 번호 확인함');
    await click(panel, 'button', 'Add note');
    await shows(panel, 'Firefox note: 번호 확인함');

    // Kept in Careline's IndexedDB: there after a reload of x.com.
    await page.reload();
    const again = await panelFrame(page);
    await shows(again, '@sarah_j_miller');
    await shows(again, 'Firefox note: 번호 확인함');
  });
});
