/**
 * What the queue's marks cost while scrolling: X's Home timeline of 1,000 posts (aged 0 to 999
 * minutes, `&fresh=1`), scrolled by two Careline profiles in the same run, one joined to a team whose
 * server marks a quarter of the posts answered or handed off and some claimed (marks on), one solo
 * (marks off: the same extension, nothing to draw). The same measurement as the scroll bench
 * (scroll.ts): x.com's main-thread script and task time, and long tasks, plain and virtualised.
 * `npx tsx bench/scroll-marks.ts [--rounds N]` after `npm run build && npm run build:fixture`;
 * writes bench/results/scroll-marks.json and prints the Markdown table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import { launchCareline, type Launched } from '../scripts/chromium';
import { startTestServer, type TestServer } from '../server/testing';
import { teamNetwork, type TeamNetwork } from '../tests/e2e/team-network';
import { startXServer, type XServer } from '../tests/fixtures/x-app/server';
import { installShim } from './browser';
import { TWEETS, scrollOnce, type ScrollMode, type ScrollSample } from './scroll';

const ROOT = path.resolve(import.meta.dirname, '..');
const TEAM = 'Bench care';
const generatedId = (i: number) => `1992${String(i).padStart(15, '0')}`;
const HANDLES = ['minji_kim', 'jihoon_park', 'seoyeon_lee', 'dohyun_choi', 'sarah_j_miller'];

type Marks = 'on' | 'off';
interface MarksSample extends ScrollSample {
  marks: Marks;
  /** Marks in the page after the scroll (on: must be > 0; off: must be 0). */
  drawn: number;
}

async function closeWelcome(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (welcome) return welcome.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The team's server with 250 answered, 100 handed-off and 20 claimed posts of the timeline. */
async function seedTeam(server: TestServer): Promise<{ teamId: string }> {
  const created = await server.createTeam(TEAM, 'Lead');
  const lead = await server.join(created.leadCode);
  const events = [];
  for (let i = 0; i < TWEETS; i++) {
    const kind = i % 4 === 0 ? 'reply-sent' : i % 10 === 1 ? 'handoff' : null;
    if (!kind) continue;
    events.push({
      clientId: crypto.randomUUID(),
      customer: { handle: HANDLES[i % HANDLES.length] },
      kind,
      at: new Date().toISOString(),
      text: 'bench',
      statusId: generatedId(i),
    });
  }
  for (let i = 0; i < events.length; i += 200) {
    const pushed = await server.api('/events', { token: lead.token, body: { events: events.slice(i, i + 200) } });
    if (pushed.status !== 200) throw new Error(`seeding events answered ${pushed.status}`);
  }
  for (let i = 0; i < 20; i++) {
    const claimed = await server.api('/claims', { token: lead.token, body: { postId: generatedId(i * 50 + 3) } });
    if (claimed.status !== 200) throw new Error(`claiming answered ${claimed.status}`);
  }
  return { teamId: created.teamId };
}

async function join(l: Launched, server: TestServer, network: TeamNetwork, teamId: string): Promise<void> {
  const options = await l.context.newPage();
  await options.goto(`chrome-extension://${l.extensionId}/options.html`);
  await options.getByRole('textbox', { name: 'Team server URL' }).fill(network.url);
  await options.getByRole('textbox', { name: 'Invite code' }).fill(await server.invite(teamId, 'Bench agent'));
  await options.getByRole('button', { name: 'Join team' }).click();
  await options
    .getByRole('status')
    .filter({ hasText: `Connected to ${TEAM}` })
    .waitFor({ timeout: 15_000 });
  await options.close();
}

const marksIn = (page: Page) => page.evaluate(() => document.querySelectorAll('careline-queue-mark').length);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function marksTable(samples: MarksSample[]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rows = (['plain', 'virtual'] as ScrollMode[]).map((mode) => {
    const of = (marks: Marks) => samples.filter((s) => s.mode === mode && s.marks === marks);
    const on = of('on');
    const off = of('off');
    const script = (list: MarksSample[]) => median(list.map((s) => s.scriptMs));
    const task = (list: MarksSample[]) => median(list.map((s) => s.taskMs));
    const longMax = (list: MarksSample[]) => Math.max(0, ...list.map((s) => s.longTasks));
    return line([
      mode,
      `${script(off).toFixed(0)} / ${script(on).toFixed(0)}`,
      (script(on) / Math.max(1, script(off))).toFixed(2),
      `${task(off).toFixed(0)} / ${task(on).toFixed(0)}`,
      (task(on) / Math.max(1, task(off))).toFixed(2),
      `${longMax(off)} / ${longMax(on)}`,
      String(Math.min(...on.map((s) => s.drawn))),
      String(on.length),
    ]);
  });
  return [
    line([
      'scroll',
      'script ms off / on (median)',
      'ratio',
      'task ms off / on (median)',
      'ratio',
      'long tasks off / on (max)',
      'marks in page (min)',
      'rounds',
    ]),
    line(Array.from({ length: 8 }, () => '---')),
    ...rows,
  ].join('\n');
}

export interface ScrollMarksResult {
  samples: MarksSample[];
  table: string;
  /** Long tasks in the marks-on scrolls, plain and virtual together (max of the rounds). */
  longTasksOn: number;
}

/** Two Careline profiles (marks on: joined to a seeded team; off: solo) scrolling the same timeline. */
export async function benchScrollMarks(xPort: number, rounds: number): Promise<ScrollMarksResult> {
  let team: TestServer | undefined;
  let network: TeamNetwork | undefined;
  const launched: Launched[] = [];
  try {
    team = await startTestServer();
    const { teamId } = await seedTeam(team);
    network = await teamNetwork(team.url);
    const contexts = {} as Record<Marks, BrowserContext>;
    for (const marks of ['on', 'off'] as const) {
      const l = await launchCareline({ port: xPort, headless: true });
      launched.push(l);
      await closeWelcome(l.context);
      await installShim(l.context);
      if (marks === 'on') await join(l, team, network, teamId);
      contexts[marks] = l.context;
    }
    const samples: MarksSample[] = [];
    const once = async (marks: Marks, round: number) => {
      let drawn = 0;
      const check = async (page: Page) => {
        drawn = await marksIn(page);
        if (marks === 'on' ? drawn === 0 : drawn > 0) throw new Error(`marks ${marks}: ${drawn} marks in the page`);
      };
      const taken = await scrollOnce(contexts[marks], 'with', round, { search: '&fresh=1', check });
      if (round >= 0) samples.push(...taken.map((s) => ({ ...s, marks, drawn })));
    };
    // A warm-up load each, then rounds in alternating order.
    for (const marks of ['on', 'off'] as const) await once(marks, -1);
    for (let round = 0; round < rounds; round++) {
      for (const marks of round % 2 === 0 ? (['on', 'off'] as const) : (['off', 'on'] as const))
        await once(marks, round);
    }
    const longTasksOn = Math.max(0, ...samples.filter((s) => s.marks === 'on').map((s) => s.longTasks));
    return { samples, table: marksTable(samples), longTasksOn };
  } finally {
    for (const l of launched) await l.context.close().catch(() => undefined);
    await network?.close();
    await team?.close();
  }
}

/** The section of docs/benchmarks.md. */
export function scrollMarksMarkdown(result: ScrollMarksResult, command: string): string {
  return [
    '',
    '## Scrolling with the queue marks (issue 15)',
    '',
    `\`${command}\` (bench/scroll-marks.ts): \`/home?count=1000&fresh=1\` (posts 0 to 999 minutes old) scrolled as in`,
    'the scroll bench above, plain and virtualised, by two Careline profiles in the same run: one joined to a',
    'team whose server marks 250 posts answered, 100 handed off and 20 claimed (marks on), one solo (marks off,',
    'the same extension with nothing to draw). Ratio = on / off of the medians; the machine is shared, so the',
    'ratio, not the milliseconds, is the figure. "Marks in page" is counted after the virtualised scroll, when',
    'only the cells near the end are mounted.',
    '',
    result.table,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
  const rounds = Math.max(1, Number(values.rounds) || 3);
  const x: XServer = await startXServer({ port: 0 });
  try {
    const result = await benchScrollMarks(x.port, rounds);
    console.log(result.table);
    mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(
      path.join(ROOT, 'bench/results/scroll-marks.json'),
      JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2),
    );
  } finally {
    await x.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
