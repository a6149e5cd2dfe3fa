/**
 * Scrolling X's Home timeline of 1,000 tweets, with and without Careline, in the same run.
 * CDP Performance.getMetrics before and after the scroll gives the renderer main thread's script and
 * task time for x.com's page (the content script's isolated world runs on that same thread, so it is
 * included); a PerformanceObserver('longtask') installed before any page script counts tasks > 50 ms.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { X_ORIGIN, hasCareline, panelFrame, waitPanelReady } from './browser';

export const TWEETS = 1000;
const STEP_PX = 600;
const MAX_STEPS = 1500;
const MAX_SCROLL_MS = 25_000;
/** After load: the content script looks again 300/1000/2500 ms after it starts; let that pass first. */
const SETTLE_MS = 3000;
/** After the last step, inside the measured window: debounced work (80 ms) triggered by the scroll. */
const TAIL_MS = 300;

export type Variant = 'with' | 'without';

export interface ScrollSample {
  variant: Variant;
  round: number;
  scriptMs: number;
  taskMs: number;
  layoutMs: number;
  styleMs: number;
  longTasks: number;
  longTaskMs: number;
  steps: number;
  scrollMs: number;
  scrolledPx: number;
  /** Script time of the panel frame's own process over the same window (out of x.com's thread); null when unknown. */
  panelScriptMs: number | null;
}

interface LongTask {
  start: number;
  duration: number;
}

async function metrics(session: { send(method: 'Performance.getMetrics'): Promise<{ metrics: Array<{ name: string; value: number }> }> }): Promise<Record<string, number>> {
  const { metrics: list } = await session.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const ms = (after: Record<string, number>, before: Record<string, number>, name: string) =>
  ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;

async function prepare(page: Page, variant: Variant): Promise<void> {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const w = window as unknown as { __benchLongTasks: LongTask[] };
    w.__benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${X_ORIGIN}/home?count=${TWEETS}`, { waitUntil: 'load', timeout: 30_000 });
  const articles = await page.locator('article[data-testid="tweet"]').count();
  if (articles < TWEETS) throw new Error(`/home?count=${TWEETS} rendered ${articles} tweets`);
  if (variant === 'with') await waitPanelReady(await panelFrame(page));
  await page.waitForTimeout(SETTLE_MS);
  const careline = await hasCareline(page);
  const present = careline.iframe > 0 || careline.toggle > 0;
  if (present !== (variant === 'with')) {
    throw new Error(`scroll ${variant} Careline: page has ${careline.iframe} panel iframe(s), ${careline.toggle} toggle(s)`);
  }
}

export async function scrollOnce(context: BrowserContext, variant: Variant, round: number): Promise<ScrollSample> {
  const page = await context.newPage();
  try {
    await prepare(page, variant);
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    let panelSession: Awaited<ReturnType<BrowserContext['newCDPSession']>> | null = null;
    if (variant === 'with') {
      try {
        panelSession = await context.newCDPSession(await panelFrame(page));
        await panelSession.send('Performance.enable');
      } catch {
        panelSession = null; // the panel frame shares x.com's process: its time is already in scriptMs
      }
    }
    const before = await metrics(session);
    const panelBefore = panelSession ? await metrics(panelSession) : null;
    const run = await page.evaluate(
      async ({ step, maxSteps, maxMs, tailMs }) => {
        const start = performance.now();
        const fromY = window.scrollY;
        let steps = 0;
        while (steps < maxSteps && performance.now() - start < maxMs) {
          window.scrollBy(0, step);
          steps++;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1) break;
        }
        const scrollMs = performance.now() - start;
        await new Promise((resolve) => setTimeout(resolve, tailMs));
        return { start, end: performance.now(), steps, scrollMs, scrolledPx: window.scrollY - fromY };
      },
      { step: STEP_PX, maxSteps: MAX_STEPS, maxMs: MAX_SCROLL_MS, tailMs: TAIL_MS },
    );
    const after = await metrics(session);
    const panelAfter = panelSession ? await metrics(panelSession) : null;
    const longTasks = await page.evaluate(
      ({ start, end }) =>
        (window as unknown as { __benchLongTasks: LongTask[] }).__benchLongTasks.filter((t) => t.start >= start && t.start <= end),
      { start: run.start, end: run.end },
    );
    await session.detach();
    await panelSession?.detach();
    return {
      variant,
      round,
      scriptMs: ms(after, before, 'ScriptDuration'),
      taskMs: ms(after, before, 'TaskDuration'),
      layoutMs: ms(after, before, 'LayoutDuration'),
      styleMs: ms(after, before, 'RecalcStyleDuration'),
      longTasks: longTasks.length,
      longTaskMs: longTasks.reduce((sum, t) => sum + t.duration, 0),
      steps: run.steps,
      scrollMs: run.scrollMs,
      scrolledPx: run.scrolledPx,
      panelScriptMs: panelBefore && panelAfter ? ms(panelAfter, panelBefore, 'ScriptDuration') : null,
    };
  } finally {
    await page.close();
  }
}

/** Alternating order per round (with, without / without, with ...), bounded by rounds and deadline. */
export async function benchScroll(
  contexts: Record<Variant, BrowserContext>,
  opts: { rounds: number; deadline: number },
): Promise<ScrollSample[]> {
  const samples: ScrollSample[] = [];
  for (let round = 0; round < opts.rounds && Date.now() < opts.deadline; round++) {
    const order: Variant[] = round % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
    for (const variant of order) samples.push(await scrollOnce(contexts[variant], variant, round));
  }
  return samples;
}
