/**
 * A note pushed by one agent, until it is on a colleague's card, in real browsers. Two Chromium
 * profiles with the built extension, each joined to one team server through the options page's Team
 * section, as an agent joins, and each with its own network to the server (the e2e's pass-through
 * proxy: the server's own CORS answer is what lets the background's fetch through). Both open the same
 * customer's card. Agent A types a unique note and clicks Add note; the start is the click as A's panel
 * sees it (a capturing listener), the ends are MutationObservers in A's and B's panel frames seeing the
 * note's text, then the next paint. The browsers are separate processes on one machine: times are
 * `performance.timeOrigin + now()`, the shared wall clock, checked against Node's on every run.
 * A's own card is the baseline, in the same run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { launchCareline } from '../scripts/chromium';
import { startTestServer, type TestServer } from '../server/testing';
import { teamNetwork, type TeamNetwork } from '../tests/e2e/team-network';
import { MINJI, X_ORIGIN, installShim, panelFrame } from './browser';
import { summarize, type Summary } from './stats';

export const TEAM_CARD_HEADING = '## Push → colleague’s card (real browser)';
const TARGET_P95_MS = 1000;
const WARMUP = 2;
/** Between two notes: an agent does not add them back to back, and B's next long poll is waiting. */
const PAUSE_MS = 500;
const TEAM = 'Bench team';
const SEEDED_NOTE = 'Seeded by the lead';
const ROOT = path.resolve(import.meta.dirname, '..');

interface Agent {
  context: BrowserContext;
  network: TeamNetwork;
  page: Page;
  panel: Frame;
}

interface Seen {
  dom: number;
  painted: number;
}

export interface TeamCardFigures {
  date: string;
  runs: number;
  warmup: number;
  targetP95Ms: number;
  toColleagueCard: Summary;
  toColleagueDom: Summary;
  toOwnCard: Summary;
  /** Least of (A's click − Node before it, Node after − B's paint) over the runs; < 0: the clocks disagree. */
  clockCheckMinMs: number;
  requestsToServer: { a: number; b: number };
  machine: { cpus: string; loadavgStart: number[]; loadavgEnd: number[]; node: string };
  samples: { toColleagueCard: number[]; toOwnCard: number[] };
}

function notesOf(panel: Frame) {
  return panel.getByRole('region', { name: 'Customer' }).getByRole('list', { name: 'Notes' });
}

/** An agent's Careline, joined to the team through the options page, on the customer's card. */
async function launchAgent(server: TestServer, teamId: string, name: string, xPort: number): Promise<Agent> {
  const network = await teamNetwork(server.url);
  const { context, extensionId } = await launchCareline({ port: xPort, headless: true });
  try {
    await installShim(context);
    // A fresh profile is a first install: its welcome tab would share the bench's processes.
    const welcome = await context
      .waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 5_000 })
      .catch(() => context.pages().find((p) => p.url().endsWith('/welcome.html')));
    await welcome?.close();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('textbox', { name: 'Team server URL' }).fill(network.url);
    await options.getByRole('textbox', { name: 'Invite code' }).fill(await server.invite(teamId, name));
    await options.getByRole('button', { name: 'Join team' }).click();
    await options
      .getByRole('status')
      .filter({ hasText: `Connected to ${TEAM} as ${name}` })
      .waitFor({ timeout: 15_000 });
    await options.close();
    const page = await context.newPage();
    await page.goto(`${X_ORIGIN}${MINJI}`, { waitUntil: 'load' });
    const panel = await panelFrame(page);
    await notesOf(panel).getByText(SEEDED_NOTE).waitFor({ timeout: 20_000 });
    return { context, network, page, panel };
  } catch (error) {
    await context.close().catch(() => undefined);
    await network.close();
    throw error;
  }
}

/** In the panel: window.__teamSeen is set once `text` is in the Notes list and the next frame painted. */
async function watchFor(panel: Frame, text: string): Promise<void> {
  await panel.evaluate((text) => {
    const w = window as unknown as { __teamSeen?: Seen | null };
    w.__teamSeen = null;
    const has = () =>
      [...document.querySelectorAll('ul')].some(
        (list) => list.getAttribute('aria-label') === 'Notes' && (list.textContent ?? '').includes(text),
      );
    const done = () => {
      const dom = performance.timeOrigin + performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          w.__teamSeen = { dom, painted: performance.timeOrigin + performance.now() };
        };
        channel.port2.postMessage(null);
      });
    };
    if (has()) return done();
    const observer = new MutationObserver(() => {
      if (!has()) return;
      observer.disconnect();
      done();
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  }, text);
}

async function seen(panel: Frame, timeoutMs = 30_000): Promise<Seen> {
  const handle = await panel.waitForFunction(
    () => (window as unknown as { __teamSeen?: Seen | null }).__teamSeen,
    undefined,
    { timeout: timeoutMs, polling: 20 },
  );
  return (await handle.jsonValue()) as Seen;
}

/** In A's panel: the time of the next click on Add note (capturing, so before Careline's handler). */
async function armClick(panel: Frame): Promise<void> {
  await panel.evaluate(() => {
    const w = window as unknown as { __teamClick?: number | null };
    w.__teamClick = null;
    document.addEventListener(
      'click',
      (event) => {
        if ((event.target as Element | null)?.closest('button')?.textContent?.includes('Add note'))
          w.__teamClick = performance.timeOrigin + performance.now();
      },
      { capture: true, once: true },
    );
  });
}

/** A team server with the customer on its record (a lead's note), then two agents and `runs` notes. */
export async function benchTeamCard(xPort: number, runs = 30): Promise<TeamCardFigures> {
  const loadavgStart = os.loadavg();
  const server = await startTestServer();
  const agents: Agent[] = [];
  try {
    const created = await server.createTeam(TEAM, 'Lead');
    const lead = await server.join(created.leadCode);
    const note = { clientId: crypto.randomUUID(), customer: { handle: 'minji_kim' }, kind: 'note' };
    const seeded = await server.api('/events', {
      token: lead.token,
      body: { events: [{ ...note, at: new Date().toISOString(), text: SEEDED_NOTE }] },
    });
    if (seeded.status !== 200) throw new Error(`seeding the lead's note answered ${seeded.status}`);
    for (const name of ['Agent A', 'Agent B']) agents.push(await launchAgent(server, created.teamId, name, xPort));
    const [a, b] = agents as [Agent, Agent];
    const card = a.panel.getByRole('region', { name: 'Customer' });
    const toColleague: number[] = [];
    const toColleagueDom: number[] = [];
    const toOwn: number[] = [];
    const clockCheck: number[] = [];
    for (let i = 1; i <= runs + WARMUP; i++) {
      const text = `bench ${i} ${crypto.randomUUID().slice(0, 8)}`;
      await card.getByRole('textbox', { name: 'Note' }).fill(text);
      await watchFor(a.panel, text);
      await watchFor(b.panel, text);
      await armClick(a.panel);
      const nodeBefore = Date.now();
      await card.getByRole('button', { name: 'Add note' }).click();
      const [own, colleague] = await Promise.all([seen(a.panel), seen(b.panel)]);
      const nodeAfter = Date.now();
      const clicked = await a.panel.evaluate(() => (window as unknown as { __teamClick?: number }).__teamClick);
      if (typeof clicked !== 'number') throw new Error('the click on Add note was not seen in A’s panel');
      clockCheck.push(Math.min(clicked - nodeBefore, nodeAfter - colleague.painted));
      if (i > WARMUP) {
        toOwn.push(own.painted - clicked);
        toColleague.push(colleague.painted - clicked);
        toColleagueDom.push(colleague.dom - clicked);
      }
      await a.page.waitForTimeout(PAUSE_MS);
    }
    return {
      date: new Date().toISOString(),
      runs,
      warmup: WARMUP,
      targetP95Ms: TARGET_P95_MS,
      toColleagueCard: summarize(toColleague),
      toColleagueDom: summarize(toColleagueDom),
      toOwnCard: summarize(toOwn),
      clockCheckMinMs: Math.min(...clockCheck),
      requestsToServer: { a: a.network.requests.length, b: b.network.requests.length },
      machine: {
        cpus: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
        loadavgStart,
        loadavgEnd: os.loadavg(),
        node: process.version,
      },
      samples: { toColleagueCard: toColleague, toOwnCard: toOwn },
    };
  } finally {
    for (const agent of agents) {
      await agent.context.close().catch(() => undefined);
      await agent.network.close().catch(() => undefined);
    }
    await server.close().catch(() => undefined);
  }
}

const fmt = (ms: number) => ms.toFixed(0);
const row = (label: string, s: Summary) =>
  `| ${label} | ${s.n} | ${fmt(s.median)} | ${fmt(s.p95)} | ${fmt(s.min)} | ${fmt(s.max)} |`;

export function teamCardMet(f: TeamCardFigures): boolean {
  return f.toColleagueCard.p95 <= f.targetP95Ms;
}

export function teamCardTable(f: TeamCardFigures): string {
  return [
    '| From A’s click on Add note to … | n | p50 ms | p95 ms | min ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row('**B’s card painted (colleague)**', f.toColleagueCard),
    row('B’s card DOM (before the paint)', f.toColleagueDom),
    row('A’s own card painted (baseline)', f.toOwnCard),
  ].join('\n');
}

/** The section of docs/benchmarks.md, with the command that produced the figures. */
export function teamCardMarkdown(f: TeamCardFigures, command: string): string {
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' / ');
  return [
    '',
    TEAM_CARD_HEADING,
    '',
    `\`${command}\`, ${f.date.slice(0, 10)}, ${f.machine.cpus}, shared (load average 1 / 5 / 15 min ` +
      `${load(f.machine.loadavgStart)} at the start, ${load(f.machine.loadavgEnd)} at the end), Node ${f.machine.node}. ` +
      'Two headless Chromium profiles with the built extension (bench/team-card.ts), each joined to one team ' +
      'server (PGlite in memory, on this machine) through the options page, both on the same customer’s card; ' +
      `A adds a note, n = ${f.runs} after ${f.warmup} warm-up notes, ${PAUSE_MS} ms apart. Target: p95 ≤ ` +
      `${f.targetP95Ms} ms to the colleague’s card: ${teamCardMet(f) ? 'met' : 'MISSED'}.`,
    '',
    teamCardTable(f),
    '',
    'The start is the click as A’s panel sees it; the end is a MutationObserver in each panel frame seeing the ' +
      'note’s text in the Notes list, then the next frame (requestAnimationFrame, then a task). The two ' +
      'browsers are separate processes on one machine, so both ends are on the shared wall clock ' +
      '(`performance.timeOrigin + now()`), checked against Node’s around every run (the click after Node’s ' +
      `"before", B’s paint before Node’s "after"; least margin ${f.clockCheckMinMs.toFixed(1)} ms). ` +
      'Samples: `bench/results/team-card.json`.',
    '',
  ].join('\n');
}

/** bench/results/team-card.json: the figures, with the command that produced them. */
export function writeTeamCardResults(figures: TeamCardFigures, command: string): void {
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    path.join(ROOT, 'bench/results/team-card.json'),
    `${JSON.stringify({ command, ...figures }, null, 2)}\n`,
  );
}
