/**
 * The panel-frame defences in real Firefox (docs/security.md, scenario 2). Firefox has no
 * IntersectionObserver v2, so a covered or see-through panel is not refused there: what protects it
 * instead is that x.com cannot find the frame (closed shadow root) and that a copy of panel.html the
 * page frames, even at the real moz-extension address, cannot talk to the content script (the
 * per-mount secret, forwarded by the background's relay). These checks hold that limit to its word.
 */
import { expect, test as base } from '@playwright/test';
import type { Frame, Page } from 'puppeteer-core';
import { click, composerText, panelFrame, shows } from './firefox-helpers';
import { launchCarelineFirefox, type LaunchedFirefox } from '../../scripts/firefox';
import { startXServer } from '../fixtures/x-app/server';

const MINJI = '/minji_kim/status/1991000000000000101';
const DM =
  "Hi @minji_kim, sorry about this! Could you send us a DM with your account number? We'll take it from there.";
const COPY = /^moz-extension:\/\/[^/]+\/panel\.html\?copy=1$/;

const test = base.extend<{ firefox: LaunchedFirefox; openX: (path: string) => Promise<Page> }>({
  firefox: async ({}, use) => {
    const server = await startXServer({ port: 0 });
    const firefox = await launchCarelineFirefox({ port: server.port });
    await use(firefox);
    await firefox.close();
    await server.close();
  },
  openX: async ({ firefox }, use) => {
    await use(async (path) => {
      const page = await firefox.browser.newPage();
      await page.bringToFront();
      await page.goto(`https://x.com${path}`);
      return page;
    });
  },
});

/** The page's own copy of panel.html, found by the query it gave it (BiDi may report about:blank). */
async function copyFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const href = await frame.evaluate(() => location.href).catch(() => frame.url());
      if (COPY.test(href)) return frame;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the page's copy of panel.html did not load");
}

test("Firefox: x.com cannot find Careline's frame, and its own copy at the real address cannot insert", async ({
  openX,
}) => {
  const page = await openX(MINJI);
  const panel = await panelFrame(page);
  await shows(panel, '@minji_kim');
  const panelUrl = await panel.evaluate(() => location.href);
  // The mount's secret was in the fragment: the panel took it out of its address at once.
  expect(panelUrl).toMatch(/^moz-extension:\/\/[^/]+\/panel\.html$/);

  // What x.com's scripts see of Careline: a host element whose shadow root is closed, no frame.
  const seen = await page.evaluate(() => {
    const host = document.querySelector('careline-panel');
    const frames: string[] = [];
    for (let i = 0; i < window.frames.length; i++) {
      try {
        frames.push(String(window.frames[i]?.location.href));
      } catch (error) {
        frames.push((error as Error).name);
      }
    }
    return {
      host: host !== null,
      shadowRoot: host?.shadowRoot ?? null,
      iframes: document.querySelectorAll('iframe').length,
      frames,
      html: document.documentElement.outerHTML,
    };
  });
  expect(seen.host).toBe(true);
  expect(seen.shadowRoot).toBeNull();
  expect(seen.iframes).toBe(0);
  expect(seen.html).not.toContain('moz-extension://');
  for (const frame of seen.frames) expect(frame).not.toMatch(/moz-extension/);

  // Say the address leaked anyway: the page frames its own copy there, in plain view, and clicks it.
  await page.evaluate((url) => {
    const copy = document.createElement('iframe');
    copy.src = `${url}?copy=1`;
    Object.assign(copy.style, {
      position: 'fixed',
      left: '0',
      top: '0',
      width: '420px',
      height: '700px',
      zIndex: '2147483647',
      background: '#fff',
    });
    document.body.append(copy);
  }, panelUrl);
  const copy = await copyFrame(page);
  await shows(copy, 'Ask for a DM');
  await click(copy, '[role="option"]', 'Ask for a DM');
  await click(copy, 'button', 'Insert');
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  // The content script never answered the copy: no customer on its card, nothing in X's composer.
  expect(await copy.evaluate(() => document.body.innerText)).not.toContain('@minji_kim');
  expect(await composerText(page)).toBe('');

  // Careline's own panel still works.
  await click(panel, '[role="option"]', 'Ask for a DM');
  await click(panel, 'button', 'Insert');
  await expect.poll(() => composerText(page)).toBe(DM);
});
