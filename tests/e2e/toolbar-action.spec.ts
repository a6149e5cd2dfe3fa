/**
 * Careline's toolbar button. Playwright cannot click the browser's toolbar, so the tests fire the
 * button's event in Careline's service worker (`chrome.action.onClicked.dispatch`, the event the
 * browser fires on a click) for the tab in front: on x.com it opens and closes the panel, on any
 * other page it opens the settings. A page's own script cannot do either.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';

const MINJI = '/minji_kim/status/1991000000000000101';

interface ChromeInWorker {
  chrome: {
    tabs: { query(q: object): Promise<{ id?: number }[]> };
    action: { onClicked: { dispatch(tab: object): void; hasListeners(): boolean } };
  };
}

/** What a click on Careline's toolbar button does, in the tab `page` shows (brought to the front first). */
async function clickToolbarButton(worker: Worker, page: Page): Promise<void> {
  await page.bringToFront();
  await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeInWorker;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    if (!chrome.action.onClicked.hasListeners()) throw new Error('Careline does not listen to its toolbar button');
    chrome.action.onClicked.dispatch(tab);
  });
}

test('on x.com the toolbar button closes and opens the panel; a page script cannot', async ({
  openX,
  serviceWorker,
  context,
}) => {
  const page = await openX(MINJI);
  const frame = page.locator('careline-panel');
  await expect(frame).toBeVisible();

  await clickToolbarButton(serviceWorker, page);
  await expect(frame).toBeHidden();
  await expect(page.getByRole('button', { name: 'Open Careline' })).toBeVisible();

  // x.com's own script tries the message shapes a toggle could take: nothing opens.
  await page.evaluate(async () => {
    for (const data of [{ type: 'careline:toggle' }, 'careline:toggle']) {
      window.postMessage(data, '*');
      document.dispatchEvent(new CustomEvent('careline:toggle', { detail: data }));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  });
  await expect(frame).toBeHidden();

  await clickToolbarButton(serviceWorker, page);
  await expect(frame).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close Careline' })).toBeVisible();
  // On x.com the button never opens the settings.
  expect(context.pages().filter((p) => p.url().includes('/options.html'))).toHaveLength(0);
});

test('anywhere else the toolbar button opens the settings', async ({ context, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  // A page Careline does not run on (no content script answers there).
  await page.goto('data:text/html,<title>Another site</title><h1>Another site</h1>');
  const opened = context.waitForEvent('page');
  await clickToolbarButton(serviceWorker, page);
  const options = await opened;
  await options.waitForURL(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('region', { name: 'Handoff' })).toBeVisible();
});
