/**
 * Playwright fixtures: the x.com imitation's HTTPS server (one per worker), and for each test a fresh
 * Chromium profile with the built Careline extension, so no test sees another's storage.
 */
import { test as base, expect, type BrowserContext, type Frame, type Page, type Worker } from '@playwright/test';
import { launchCareline } from '../../scripts/chromium';
import { startXServer } from '../fixtures/x-app/server';

interface WorkerFixtures {
  xServer: { port: number };
}

interface TestFixtures {
  /** Launch with `reloadable` (scripts/chromium.ts), for the tests that reload the extension. */
  reloadable: boolean;
  /** Loads the extension again under the open tabs; only with `test.use({ reloadable: true })`. */
  reloadExtension: () => Promise<void>;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Uncaught errors on x.com pages: every test ends by asserting there were none. */
  pageErrors: string[];
  openX: (path: string) => Promise<Page>;
}

const contextReloaders = new WeakMap<BrowserContext, (() => Promise<void>) | undefined>();

export const test = base.extend<TestFixtures, WorkerFixtures>({
  xServer: [
    async ({}, use) => {
      const server = await startXServer({ port: 0 });
      await use({ port: server.port });
      await server.close();
    },
    { scope: 'worker' },
  ],
  reloadable: [false, { option: true }],
  context: async ({ xServer, reloadable }, use) => {
    const launched = await launchCareline({ port: xServer.port, headless: true, reloadable });
    contextReloaders.set(launched.context, launched.reloadExtension);
    // A fresh profile is a first install, so Careline opens its welcome page (welcome.spec.ts tests
    // it). Closed here: every test starts from the one blank tab, and a test that waits for a new tab
    // gets its own, not the welcome page opening late.
    await (await welcomePage(launched.context)).close();
    await use(launched.context);
    await launched.context.close();
  },
  reloadExtension: async ({ context }, use) => {
    const reload = contextReloaders.get(context);
    await use(async () => {
      if (!reload) throw new Error('reloadExtension needs test.use({ reloadable: true })');
      await reload();
    });
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  pageErrors: async ({}, use) => {
    const errors: string[] = [];
    await use(errors);
    expect(errors, 'uncaught errors on x.com').toEqual([]);
  },
  openX: async ({ context, pageErrors }, use) => {
    await use(async (path: string) => {
      const page = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      await page.goto(`https://x.com${path}`);
      return page;
    });
  },
});

export { expect };

/** Careline's welcome page among the context's tabs, once it has opened (after a first install). */
export async function welcomePage(context: BrowserContext, timeoutMs = 15_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find(isWelcomePage);
    if (page) return page;
    if (Date.now() > deadline)
      throw new Error(`Careline's welcome page did not open within ${timeoutMs} ms of the install`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function isWelcomePage(page: Page): boolean {
  return /^chrome-extension:\/\/[a-p]{32}\/welcome\.html(?:[?#]|$)/.test(page.url());
}

/**
 * The Careline panel frame on an x.com page, once it is there. Found by its address (Careline's
 * panel.html), not by a selector: the frame lives in a closed shadow root that no selector reaches.
 */
export async function panelOf(page: Page, timeoutMs = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find(isPanelFrame);
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`no Careline panel frame on ${page.url()} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function isPanelFrame(frame: Frame): boolean {
  return /^(?:chrome|moz)-extension:\/\/[^/]+\/panel\.html(?:[?#]|$)/.test(frame.url());
}

/** The Draft EditorState text of the imitation's composer (what X would post). */
export async function composerState(page: Page, testId = 'tweetTextarea_0'): Promise<string> {
  return page.evaluate((id) => (window as unknown as XAppWindow).__xapp.getComposerText(id), testId);
}

interface XAppWindow {
  __xapp: { getComposerText(testId?: string): string };
}
