/**
 * Scrolling X's Home timeline of 1,000 tweets, with and without Careline, in the same run.
 * CDP Performance.getMetrics before and after the scroll gives the renderer main thread's script and
 * task time for x.com's page (the content script's isolated world runs on that same thread, so it is
 * included); a PerformanceObserver('longtask') installed before any page script counts tasks > 50 ms.
 * Each page is scrolled twice: as the imitation renders it ('plain'), then from the top again with the
 * cells virtualised like X's timeline ('virtual', see scroll-page.ts).
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { X_ORIGIN, hasCareline, panelFrame, waitPanelReady } from './browser';
import { installVirtualTimeline, scrollTimeline, type ScrollParams } from './scroll-page';

export const TWEETS = 1000;
export const PARAMS: Omit<ScrollParams, 'virtual'> = {
  step: 600,
  maxSteps: 1500,
  maxMs: 25_000,
  // After the last step, inside the timed window: debounced work (80 ms) triggered by the scroll.
  tailMs: 300,
};
/** After load: the content script looks again 300/1000/2500 ms after it starts; let that pass first. */
const SETTLE_MS = 3000;
/** After installing the virtual timeline (one big DOM change) and jumping back to the top. */
const VIRTUAL_SETTLE_MS = 500;

export type Variant = 'with' | 'without';
export type ScrollMode = 'plain' | 'virtual';

export interface ScrollSample {
  variant: Variant;
  mode: ScrollMode;
  round: number;
  scriptMs: number;
  taskMs: number;
  longTasks: number;
  longTaskMs: number;
  steps: number;
  scrollMs: number;
  scrolledPx: number;
  swaps: number;
  /** Script time of the panel frame's own process over the same window (out of x.com's thread); null when unknown. */
  panelScriptMs: number | null;
  /** For information: x.com's script time from navigation to the end of the settle time (page load + Careline's start). */
  loadScriptMs: number;
}

interface LongTask {
  start: number;
  duration: number;
}

async function metrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await session.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const ms = (after: Record<string, number>, before: Record<string, number>, name: string) =>
  ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;

/** Opens /home?count=1000, checks Careline is (not) there, and lets the page settle. */
export async function loadTimeline(page: Page, variant: Variant, search = ''): Promise<void> {
  // Long tasks of the top frame (its event loop runs the content script too), from before any page script.
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const w = window as unknown as { __benchLongTasks: LongTask[] };
    w.__benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${X_ORIGIN}/home?count=${TWEETS}${search}`, { waitUntil: 'load', timeout: 30_000 });
  const articles = await page.locator('article[data-testid="tweet"]').count();
  if (articles < TWEETS) throw new Error(`/home?count=${TWEETS} rendered ${articles} tweets`);
  if (variant === 'with') await waitPanelReady(await panelFrame(page));
  await page.waitForTimeout(SETTLE_MS);
  const careline = await hasCareline(page);
  if (variant === 'with' ? careline.iframe !== 1 || careline.toggle !== 1 : careline.iframe + careline.toggle !== 0) {
    throw new Error(
      `scroll ${variant} Careline: page has ${careline.iframe} panel iframe(s), ${careline.toggle} page button(s)`,
    );
  }
}

type Measured = Omit<ScrollSample, 'variant' | 'round' | 'loadScriptMs'>;

async function measure(page: Page, session: CDPSession, panel: CDPSession | null, mode: ScrollMode): Promise<Measured> {
  const before = await metrics(session);
  const panelBefore = panel ? await metrics(panel) : null;
  const run = await page.evaluate(scrollTimeline, { ...PARAMS, virtual: mode === 'virtual' });
  const after = await metrics(session);
  const panelAfter = panel ? await metrics(panel) : null;
  const longTasks = await page.evaluate(
    ({ start, end }) =>
      (window as unknown as { __benchLongTasks: LongTask[] }).__benchLongTasks.filter(
        (t) => t.start >= start && t.start <= end,
      ),
    { start: run.start, end: run.end },
  );
  if (mode === 'virtual' && run.swaps === 0) throw new Error('the virtual timeline swapped no cells');
  return {
    mode,
    scriptMs: ms(after, before, 'ScriptDuration'),
    taskMs: ms(after, before, 'TaskDuration'),
    longTasks: longTasks.length,
    longTaskMs: longTasks.reduce((sum, t) => sum + t.duration, 0),
    steps: run.steps,
    scrollMs: run.scrollMs,
    scrolledPx: run.scrolledPx,
    swaps: run.swaps,
    panelScriptMs: panelBefore && panelAfter ? ms(panelAfter, panelBefore, 'ScriptDuration') : null,
  };
}

export interface ScrollOptions {
  /** Added to /home?count=1000 (e.g. '&fresh=1'). */
  search?: string;
  /** Runs on the page after both scrolls, before it closes (e.g. to check what Careline drew). */
  check?: (page: Page) => Promise<void>;
}

/** One page load, scrolled plain and then virtualised: two samples. */
export async function scrollOnce(
  context: BrowserContext,
  variant: Variant,
  round: number,
  options: ScrollOptions = {},
): Promise<ScrollSample[]> {
  const page = await context.newPage();
  try {
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    const beforeLoad = await metrics(session);
    await loadTimeline(page, variant, options.search);
    const loadScriptMs = ms(await metrics(session), beforeLoad, 'ScriptDuration');
    let panel: CDPSession | null = null;
    if (variant === 'with') {
      try {
        panel = await context.newCDPSession(await panelFrame(page));
        await panel.send('Performance.enable');
      } catch {
        panel = null; // the panel frame is not a target of its own: its time is already in scriptMs
      }
    }
    const plain = await measure(page, session, panel, 'plain');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(installVirtualTimeline);
    await page.waitForTimeout(VIRTUAL_SETTLE_MS);
    const virtual = await measure(page, session, panel, 'virtual');
    await options.check?.(page);
    await session.detach();
    await panel?.detach();
    return [plain, virtual].map((m) => ({ ...m, variant, round, loadScriptMs }));
  } finally {
    await page.close();
  }
}

/**
 * One warm-up load per browser (not kept: the first heavy page in a browser pays for cold caches),
 * then rounds in alternating order (with, without / without, with ...), bounded by rounds and deadline.
 */
export async function benchScroll(
  contexts: Record<Variant, BrowserContext>,
  opts: { rounds: number; deadline: number },
): Promise<ScrollSample[]> {
  for (const variant of ['with', 'without'] as const) await scrollOnce(contexts[variant], variant, -1);
  const samples: ScrollSample[] = [];
  for (let round = 0; round < opts.rounds && Date.now() < opts.deadline; round++) {
    const order: Variant[] = round % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
    for (const variant of order) samples.push(...(await scrollOnce(contexts[variant], variant, round)));
  }
  return samples;
}
