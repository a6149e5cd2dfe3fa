/**
 * Memory as x.com tabs grow: the resident memory of all of the browser's processes (the browser, its
 * zygotes, GPU, utility and renderer processes, found by walking /proc from the browser's pid) after
 * opening 1..N tabs of our imitation, with Careline and without it in the same run. The figure is the
 * slope of a least-squares line through the N points: what one more tab costs.
 *
 * Launched with puppeteer-core rather than Playwright: Playwright keeps every page "visible" (it
 * emulates focus per page), whereas a real browser hides the tabs behind the one in front, and the
 * panel frame depends on exactly that.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { EXTENSION_DIR, findChromium } from '../scripts/chromium';
import { MINJI, X_ORIGIN } from './browser';

const MB = 2 ** 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** After a tab loads: the content script, the panel (when it mounts) and X's imitation settle. */
const SETTLE_MS = 2500;
const SAMPLES = 3;

/**
 * How the agent came to have the tabs. `background`: opened behind the tab in front (a middle click on
 * a link), not looked at yet. `visited`: each tab brought to the front once, then the next one opened.
 * `closed`: like `visited`, with the panel closed by the agent beforehand (remembered).
 */
export type TabsScenario = 'background' | 'visited' | 'closed';

export interface TabsPoint {
  tabs: number;
  rssMB: number;
  pssMB: number;
  processes: number;
  /** Careline panel frames alive in the browser. */
  panels: number;
}

export interface TabsRun {
  scenario: TabsScenario;
  careline: boolean;
  points: TabsPoint[];
  /** MB per extra tab (least squares over all points). */
  rssSlopeMB: number;
  pssSlopeMB: number;
}

export interface TabsResult {
  tabs: number;
  runs: TabsRun[];
}

/** Pids of `root` and all its descendants, from /proc/<pid>/stat's ppid field. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so parse after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const all: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    all.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return all;
}

/** Rss and Pss of one process in bytes (smaps_rollup); zero when it has exited. */
function memoryOf(pid: number): { rss: number; pss: number } {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
    return { rss: kb('Rss'), pss: kb('Pss') };
  } catch {
    return { rss: 0, pss: 0 };
  }
}

function treeMemory(root: number): { rss: number; pss: number; processes: number } {
  const pids = processTree(root);
  let rss = 0;
  let pss = 0;
  for (const pid of pids) {
    const m = memoryOf(pid);
    rss += m.rss;
    pss += m.pss;
  }
  return { rss, pss, processes: pids.length };
}

/** Least-squares slope of y over x. */
export function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += ((xs[i] ?? 0) - mx) * ((ys[i] ?? 0) - my);
    den += ((xs[i] ?? 0) - mx) ** 2;
  }
  return den === 0 ? NaN : num / den;
}

const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function launch(port: number, careline: boolean, userDataDir: string): Promise<Browser> {
  const args = [
    `--host-resolver-rules=MAP x.com 127.0.0.1:${port}, MAP twitter.com 127.0.0.1:${port}`,
    '--ignore-certificate-errors',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--window-size=1400,900',
    // Chromium keeps a spare renderer process started for the next tab; it comes and goes between
    // samples and would add a tab's worth of noise to single points (not to what a tab costs).
    '--disable-features=SpareRendererForSitePerProcess',
  ];
  // The machine runs as root in a container without user namespaces for the sandbox.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (careline) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  return puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    pipe: true,
    userDataDir,
    args,
    ignoreDefaultArgs: careline ? ['--disable-extensions'] : [],
    acceptInsecureCerts: true,
    defaultViewport: null,
  });
}

async function panelFrames(browser: Browser): Promise<number> {
  return browser.targets().filter((t) => /^chrome-extension:\/\/[^/]+\/panel\.html/.test(t.url())).length;
}

/** A fresh profile is a first install: Careline opens its welcome tab; the bench closes it. */
async function closeExtraTabs(browser: Browser, keep: Page): Promise<void> {
  for (const page of await browser.pages()) if (page !== keep) await page.close();
}

async function openTab(browser: Browser, front: Page, scenario: TabsScenario): Promise<Page> {
  const url = `${X_ORIGIN}${MINJI}`;
  if (scenario === 'background') {
    const session = await front.createCDPSession();
    const created = new Promise<Page>((resolve) => {
      browser.once('targetcreated', (target) => void target.page().then((p) => p && resolve(p)));
    });
    await session.send('Target.createTarget', { url, background: true, newWindow: false });
    await session.detach();
    const page = await created;
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 20_000 }).catch(() => undefined);
    return page;
  }
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  return page;
}

/** The tab pattern the browser without Careline is measured with for each scenario. */
const BASELINE: Record<TabsScenario, TabsScenario> = {
  background: 'background',
  visited: 'visited',
  closed: 'visited',
};

/** One browser's tabs as the agent opens them, and its memory after each. */
interface Session {
  careline: boolean;
  browser: Browser;
  pid: number;
  front: Page;
  points: TabsPoint[];
  userDataDir: string;
}

async function start(port: number, careline: boolean, scenario: TabsScenario): Promise<Session> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'careline-tabs-'));
  const browser = await launch(port, careline, userDataDir);
  const pid = browser.process()?.pid;
  if (!pid) throw new Error('no browser pid');
  const front = await browser.newPage();
  await sleep(1500); // the welcome tab of a first install, if any, has opened by now
  await closeExtraTabs(browser, front);
  await front.goto(`${X_ORIGIN}${MINJI}`, { waitUntil: 'load' });
  if (scenario === 'closed' && careline) {
    await front.waitForSelector('careline-toggle', { timeout: 15_000 });
    // The page button is in an open shadow root: the agent closes the panel (remembered for every tab).
    await front.evaluate(() => document.querySelector('careline-toggle')?.shadowRoot?.querySelector('button')?.click());
  }
  return { careline, browser, pid, front, points: [], userDataDir };
}

/**
 * Memory after the browser was asked to tidy up (a memory-pressure signal to every process: V8
 * collects garbage, caches are dropped), so that what is left is what the tabs hold, not when the last
 * collection happened to run.
 */
async function measure(session: Session, tabs: number): Promise<void> {
  const cdp = await session.front.createCDPSession();
  await cdp.send('Memory.simulatePressureNotification', { level: 'critical' });
  await cdp.detach();
  await sleep(1000);
  const samples = [];
  for (let s = 0; s < SAMPLES; s++) {
    samples.push(treeMemory(session.pid));
    await sleep(300);
  }
  session.points.push({
    tabs,
    rssMB: middle(samples.map((m) => m.rss)) / MB,
    pssMB: middle(samples.map((m) => m.pss)) / MB,
    processes: middle(samples.map((m) => m.processes)),
    panels: await panelFrames(session.browser),
  });
}

function finish(session: Session, scenario: TabsScenario): TabsRun {
  const xs = session.points.map((p) => p.tabs);
  return {
    scenario,
    careline: session.careline,
    points: session.points,
    rssSlopeMB: slope(
      xs,
      session.points.map((p) => p.rssMB),
    ),
    pssSlopeMB: slope(
      xs,
      session.points.map((p) => p.pssMB),
    ),
  };
}

/**
 * The browser with Careline and the one without side by side, a tab at a time in each, so that both
 * see the same load on the (shared) machine.
 */
async function runPair(port: number, scenario: TabsScenario, tabs: number): Promise<[TabsRun, TabsRun]> {
  const sessions: Session[] = [];
  try {
    sessions.push(await start(port, false, BASELINE[scenario]));
    sessions.push(await start(port, true, scenario));
    for (let n = 1; n <= tabs; n++) {
      for (const session of sessions) {
        if (n === 1) continue;
        const page = await openTab(session.browser, session.front, session.careline ? scenario : BASELINE[scenario]);
        if (scenario !== 'background') session.front = page;
      }
      await sleep(SETTLE_MS);
      for (const session of sessions) await measure(session, n);
    }
    const [without, withCareline] = sessions as [Session, Session];
    return [finish(without, BASELINE[scenario]), finish(withCareline, scenario)];
  } finally {
    for (const session of sessions) {
      await session.browser.close().catch(() => undefined);
      rmSync(session.userDataDir, { recursive: true, force: true });
    }
  }
}

/** For each scenario, the browser with Careline against one without it, side by side; fresh profiles. */
export async function benchTabsMemory(
  port: number,
  opts: { tabs?: number; scenarios?: TabsScenario[]; log?: (m: string) => void } = {},
): Promise<TabsResult> {
  const tabs = opts.tabs ?? 10;
  const scenarios = opts.scenarios ?? ['background', 'visited', 'closed'];
  const runs: TabsRun[] = [];
  for (const scenario of scenarios) {
    opts.log?.(`tabs memory: ${scenario}, ${tabs} tabs with and without Careline`);
    runs.push(...(await runPair(port, scenario, tabs)));
  }
  return { tabs, runs };
}
