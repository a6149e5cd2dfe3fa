/**
 * A Chromium with Careline whose tabs behave as in the agent's browser: the tabs behind the one in
 * front are hidden. Playwright's own launch keeps every page visible (it emulates focus per page), so
 * the browser is started by puppeteer-core and driven by Playwright over CDP without its defaults.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser as PwBrowser, type BrowserContext, type Page } from '@playwright/test';
import puppeteer from 'puppeteer-core';
import { EXTENSION_DIR, findChromium } from '../../scripts/chromium';

export interface RealTabs {
  context: BrowserContext;
  /** A new tab of `url` behind the tab in front (as a middle click opens it). */
  openBehind(front: Page, url: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchRealTabs(port: number): Promise<RealTabs> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'careline-tabs-'));
  const args = [
    `--host-resolver-rules=MAP x.com 127.0.0.1:${port}, MAP twitter.com 127.0.0.1:${port}`,
    '--ignore-certificate-errors',
    '--disable-background-networking',
    '--no-first-run',
    '--window-size=1400,900',
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
  ];
  // Root in a container: Chromium's sandbox needs user namespaces it does not get there.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const launched = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    userDataDir,
    args,
    ignoreDefaultArgs: ['--disable-extensions'],
    acceptInsecureCerts: true,
    defaultViewport: null,
  });
  let browser: PwBrowser | undefined;
  try {
    browser = await chromium.connectOverCDP(launched.wsEndpoint(), { noDefaults: true });
  } catch (error) {
    await launched.close();
    throw error;
  }
  const context = browser.contexts()[0] as BrowserContext;
  return {
    context,
    async openBehind(front, url) {
      const session = await context.newCDPSession(front);
      const opened = context.waitForEvent('page', (p) => p.url() === url || p.url() === 'about:blank');
      await session.send('Target.createTarget', { url, background: true, newWindow: false });
      await session.detach();
      return opened;
    },
    async close() {
      await browser?.close().catch(() => undefined);
      await launched.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
