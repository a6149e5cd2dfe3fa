/**
 * A colleague starts replying, until the other agent's panel shows it, in real browsers. Two Chromium
 * profiles with the built extension, joined to one team server through the options page, both on the
 * same customer's post. Agent A types one key in X's reply box; the start is that keydown as x.com's
 * page sees it (a capturing listener), the end is a MutationObserver in B's panel frame seeing the
 * status "Agent A is replying", then the next paint. A then empties the box and B's panel goes back to
 * "Agent A is viewing" before the next run. Once on localhost, once with every byte between each
 * browser and the server held `delayMs` each way (bench/presence-browser-proxy.ts). Times are
 * `performance.timeOrigin + now()`, the shared wall clock of separate processes on one machine.
 */
import os from 'node:os';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { launchCareline } from '../scripts/chromium';
import { startTestServer, type TestServer } from '../server/testing';
import { MINJI, X_ORIGIN, installShim, panelFrame } from './browser';
import { startDelayProxy, type DelayProxy } from './presence-browser-proxy';
import { summarize, type Summary } from './stats';

export const PRESENCE_BROWSER_HEADING = '## Colleague starts replying → panel shows it (real browser)';
export const TARGET_P95_MS = 300;
const WARMUP = 2;
const PAUSE_MS = 300;
const TEAM = 'Bench team';

interface Agent {
  context: BrowserContext;
  page: Page;
  panel: Frame;
}

export interface PresenceRun {
  addedDelayMs: number;
  toColleaguePanel: Summary;
  samples: number[];
  /** Least of (A's keydown − Node before it, Node after − B's paint); < 0: the clocks disagree. */
  clockCheckMinMs: number;
}

export interface PresenceBrowserFigures {
  date: string;
  runs: number;
  warmup: number;
  targetP95Ms: number;
  plain: PresenceRun;
  delayed: PresenceRun;
  machine: { cpus: string; loadavgStart: number[]; loadavgEnd: number[]; node: string };
}

async function launchAgent(server: TestServer, url: string, teamId: string, name: string, xPort: number) {
  const { context, extensionId } = await launchCareline({ port: xPort, headless: true });
  try {
    await installShim(context);
    const welcome = await context
      .waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 5_000 })
      .catch(() => context.pages().find((p) => p.url().endsWith('/welcome.html')));
    await welcome?.close();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('textbox', { name: 'Team server URL' }).fill(url);
    await options.getByRole('textbox', { name: 'Invite code' }).fill(await server.invite(teamId, name));
    await options.getByRole('button', { name: 'Join team' }).click();
    await options
      .getByRole('status')
      .filter({ hasText: `Connected to ${TEAM} as ${name}` })
      .waitFor({ timeout: 15_000 });
    await options.close();
    const page = await context.newPage();
    await page.goto(`${X_ORIGIN}${MINJI}`, { waitUntil: 'load' });
    return { context, page, panel: await panelFrame(page) } satisfies Agent;
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

/** In B's panel: window.__presenceSeen is set once the status `label` is there and the next frame painted. */
async function watchFor(panel: Frame, label: string): Promise<void> {
  await panel.evaluate((label) => {
    const w = window as unknown as { __presenceSeen?: number | null };
    w.__presenceSeen = null;
    const has = () => document.querySelector(`[role="status"][aria-label="${label}"]`) !== null;
    const done = () =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          w.__presenceSeen = performance.timeOrigin + performance.now();
        };
        channel.port2.postMessage(null);
      });
    if (has()) return done();
    const observer = new MutationObserver(() => {
      if (!has()) return;
      observer.disconnect();
      done();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  }, label);
}

async function seen(panel: Frame, timeoutMs = 30_000): Promise<number> {
  const handle = await panel.waitForFunction(
    () => (window as unknown as { __presenceSeen?: number | null }).__presenceSeen,
    undefined,
    { timeout: timeoutMs, polling: 10 },
  );
  return (await handle.jsonValue()) as number;
}

/** On A's x.com page: the time of the next keydown (capturing, before X's editor and Careline see it). */
async function armKey(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __presenceKey?: number | null };
    w.__presenceKey = null;
    document.addEventListener('keydown', () => (w.__presenceKey = performance.timeOrigin + performance.now()), {
      capture: true,
      once: true,
    });
  });
}

async function measure(a: Agent, b: Agent, runs: number): Promise<Omit<PresenceRun, 'addedDelayMs'>> {
  const box = a.page.getByTestId('tweetTextarea_0');
  await b.panel.getByRole('status', { name: 'Agent A is viewing' }).waitFor({ timeout: 30_000 });
  const samples: number[] = [];
  const clockCheck: number[] = [];
  for (let i = 1; i <= runs + WARMUP; i++) {
    await box.click();
    await watchFor(b.panel, 'Agent A is replying');
    await armKey(a.page);
    const nodeBefore = Date.now();
    await a.page.keyboard.type('H');
    const painted = await seen(b.panel);
    const nodeAfter = Date.now();
    const key = await a.page.evaluate(() => (window as unknown as { __presenceKey?: number }).__presenceKey);
    if (typeof key !== 'number') throw new Error('the keydown was not seen on A’s page');
    clockCheck.push(Math.min(key - nodeBefore, nodeAfter - painted));
    if (i > WARMUP) samples.push(painted - key);
    await watchFor(b.panel, 'Agent A is viewing');
    await a.page.keyboard.press('Backspace');
    await seen(b.panel);
    await a.page.waitForTimeout(PAUSE_MS);
  }
  return { toColleaguePanel: summarize(samples), samples, clockCheckMinMs: Math.min(...clockCheck) };
}

async function oneSetting(xPort: number, runs: number, addedDelayMs: number): Promise<PresenceRun> {
  const server = await startTestServer();
  let proxy: DelayProxy | undefined;
  const agents: Agent[] = [];
  try {
    if (addedDelayMs > 0) proxy = await startDelayProxy(server.url, addedDelayMs);
    const url = proxy?.url ?? server.url;
    const created = await server.createTeam(TEAM, 'Lead');
    for (const name of ['Agent A', 'Agent B']) agents.push(await launchAgent(server, url, created.teamId, name, xPort));
    const [a, b] = agents as [Agent, Agent];
    return { addedDelayMs, ...(await measure(a, b, runs)) };
  } finally {
    for (const agent of agents) await agent.context.close().catch(() => undefined);
    await proxy?.close().catch(() => undefined);
    await server.close().catch(() => undefined);
  }
}

export async function benchPresenceBrowser(xPort: number, runs = 30, delayMs = 100): Promise<PresenceBrowserFigures> {
  const loadavgStart = os.loadavg();
  const plain = await oneSetting(xPort, runs, 0);
  const delayed = await oneSetting(xPort, runs, delayMs);
  return {
    date: new Date().toISOString(),
    runs,
    warmup: WARMUP,
    targetP95Ms: TARGET_P95_MS,
    plain,
    delayed,
    machine: {
      cpus: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
      loadavgStart,
      loadavgEnd: os.loadavg(),
      node: process.version,
    },
  };
}

const fmt = (ms: number) => ms.toFixed(0);

export function presenceBrowserMet(f: PresenceBrowserFigures): { plain: boolean; delayed: boolean } {
  return {
    plain: f.plain.toColleaguePanel.p95 <= f.targetP95Ms,
    delayed: f.delayed.toColleaguePanel.p95 <= f.targetP95Ms,
  };
}

export function presenceBrowserTable(f: PresenceBrowserFigures): string {
  const row = (label: string, r: PresenceRun) => {
    const s = r.toColleaguePanel;
    return `| ${label} | ${s.n} | ${fmt(s.median)} | ${fmt(s.p95)} | ${fmt(s.min)} | ${fmt(s.max)} |`;
  };
  return [
    '| From A’s first key in X’s reply box to B’s panel painting “Agent A is replying” | n | p50 ms | p95 ms | min ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row('localhost', f.plain),
    row(`${f.delayed.addedDelayMs} ms added each way between each browser and the server`, f.delayed),
  ].join('\n');
}

/** A section for docs/benchmarks.md, with the command that produced the figures. */
export function presenceBrowserMarkdown(f: PresenceBrowserFigures, command: string): string {
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' / ');
  const met = presenceBrowserMet(f);
  return [
    '',
    PRESENCE_BROWSER_HEADING,
    '',
    `\`${command}\`, ${f.date.slice(0, 10)}, ${f.machine.cpus}, shared (load average 1 / 5 / 15 min ` +
      `${load(f.machine.loadavgStart)} at the start, ${load(f.machine.loadavgEnd)} at the end), Node ${f.machine.node}. ` +
      'Two headless Chromium profiles with the built extension (bench/presence-browser.ts), joined to one team ' +
      'server (PGlite in memory) through the options page, both on the same post. A types one key in X’s empty ' +
      `reply box, n = ${f.runs} after ${f.warmup} warm-up keys; B’s panel goes back to “viewing” between runs. ` +
      `Target p95 ≤ ${f.targetP95Ms} ms: localhost ${met.plain ? 'met' : 'MISSED'}, with the added delay ` +
      `${met.delayed ? 'met' : 'MISSED'}.`,
    '',
    presenceBrowserTable(f),
    '',
    'The path: X’s editor, the content script’s composer feed (the first change after a pause at once, then a read per 150 ms), the panel ' +
      '(a yes/no “box holds text” selector: presence is sent on the change only), the live WebSocket, the ' +
      'server’s fan-out, B’s panel. The delay is a TCP proxy holding every chunk in both directions ' +
      '(bench/presence-browser-proxy.ts), so a presence crosses it twice (A → server, server → B). Clocks: ' +
      `least margin against Node’s ${f.plain.clockCheckMinMs.toFixed(1)} / ${f.delayed.clockCheckMinMs.toFixed(1)} ms.`,
    '',
  ].join('\n');
}
