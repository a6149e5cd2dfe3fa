/**
 * Launching real Chromium with the built Careline extension on our x.com imitation.
 * Shared by the e2e tests, `npm start` and `npm run bench`, so all three run what a user runs.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from '@playwright/test';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../.output/chrome-mv3');

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download. */
export function findChromium(): string {
  const tried: string[] = [];
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    tried.push(`CHROMIUM_PATH=${fromEnv} (not found)`);
  } else tried.push('CHROMIUM_PATH (not set)');
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  tried.push('/usr/bin/chromium (not found; `apt-get install chromium`)');
  let own: string;
  try {
    own = chromium.executablePath();
  } catch {
    own = ''; // Playwright knows no browser of its own for this platform
  }
  if (own && existsSync(own)) return own;
  tried.push(`Playwright's Chromium ${own || '(not installed)'} (\`npx playwright install chromium\`)`);
  throw new Error(`No Chromium found for Careline. Tried:\n  - ${tried.join('\n  - ')}`);
}

/**
 * Playwright 1.65.1's own --disable-features list minus ThirdPartyStoragePartitioning.
 * Why: with partitioning disabled and a fresh profile blocking third-party cookies, the panel iframe
 * (extension origin inside x.com) gets no IndexedDB at all. Chromium keeps the LAST value of a repeated
 * switch and Playwright appends our args after its own, so this list replaces Playwright's.
 * The e2e suite fails loudly (templates never load) if this stops holding.
 */
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

export interface LaunchOptions {
  /** Port of the imitation's HTTPS server on 127.0.0.1; x.com and twitter.com are mapped there. */
  port: number;
  headless?: boolean;
  extensionDir?: string;
  /** Without the extension (bench baseline). */
  withoutExtension?: boolean;
  userDataDir?: string;
  viewport?: { width: number; height: number } | null;
  /**
   * Lets the test reload the extension under open tabs (`Launched.reloadExtension`): a DevTools port
   * on 127.0.0.1 and Chromium's switch for loading extensions over it. Off by default.
   */
  reloadable?: boolean;
}

export interface Launched {
  context: BrowserContext;
  /** The extension's service worker (undefined without the extension). */
  worker?: Worker;
  extensionId?: string;
  /**
   * With `reloadable`: loads the extension's directory again, as an update or chrome://extensions'
   * Reload does (same id; old content scripts are cut off, new pages get the new ones).
   * `chrome.runtime.reload()` is not the same here: an extension from --load-extension does not
   * come back from it in this Chromium (no new worker, its pages do not load).
   */
  reloadExtension?: () => Promise<void>;
}

/** Extensions.loadUnpacked over the browser's DevTools port (Puppeteer's installExtension speaks it). */
async function loadUnpackedAgain(userDataDir: string, extensionDir: string): Promise<void> {
  const [port, wsPath] = readFileSync(path.join(userDataDir, 'DevToolsActivePort'), 'utf8').trim().split('\n');
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.connect({ browserWSEndpoint: `ws://127.0.0.1:${port}${wsPath}` });
  try {
    await browser.installExtension(extensionDir);
  } finally {
    await browser.disconnect();
  }
}

export async function launchCareline(opts: LaunchOptions): Promise<Launched> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  if (!opts.withoutExtension && !existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`Careline is not built at ${extensionDir}: run \`npm run build\` first.`);
  }
  const userDataDir = opts.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'careline-profile-'));
  const args = [
    `--host-resolver-rules=MAP x.com 127.0.0.1:${opts.port}, MAP twitter.com 127.0.0.1:${opts.port}`,
    '--ignore-certificate-errors',
    // The network here is closed: no background calls to Google's services.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--disable-features=${DISABLED_FEATURES.join(',')}`,
  ];
  if (opts.reloadable) args.push('--remote-debugging-port=0', '--enable-unsafe-extension-debugging');
  if (!opts.withoutExtension) {
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: opts.headless ?? true,
    args,
    ignoreDefaultArgs: opts.withoutExtension ? [] : ['--disable-extensions'],
    ignoreHTTPSErrors: true,
    viewport: opts.viewport === undefined ? { width: 1400, height: 900 } : opts.viewport,
  });
  if (opts.withoutExtension) return { context };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const reloadExtension = opts.reloadable ? () => loadUnpackedAgain(userDataDir, extensionDir) : undefined;
  return { context, worker, extensionId, reloadExtension };
}

/**
 * The Careline panel frame on an x.com page, once it is there. Found by its address (Careline's
 * panel.html) among the page's frames: it lives in a closed shadow root that no selector reaches.
 */
export async function panelFrameOf(page: Page, timeoutMs = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => /^(?:chrome|moz)-extension:\/\/[^/]+\/panel\.html(?:[?#]|$)/.test(f.url()));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`no Careline panel frame on ${page.url()} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
