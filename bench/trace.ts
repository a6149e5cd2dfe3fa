/**
 * Which of x.com's main-thread work is Careline's, read from a Chromium trace of a scroll (ext browser
 * only, in a pass of its own, since tracing slows the page down). The content script's functions show up
 * as devtools.timeline FunctionCall events whose url is the extension's content-scripts/x.js, on the
 * x.com renderer's main thread; a long task is a toplevel RunTask > 50 ms on that thread. This attributes
 * directly what "with minus without" can only estimate on a noisy machine.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { loadTimeline, type ScrollMode } from './scroll';
import { installVirtualTimeline, scrollTimeline, type ScrollParams } from './scroll-page';

const LONG_TASK_US = 50_000;
const CONTENT_SCRIPT = /^chrome-extension:\/\/[^/]+\/content-scripts\//;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', '__metadata'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: unlike dur, not inflated when the OS runs something else on a busy machine. */
  tdur?: number;
  args?: {
    name?: string;
    data?: { url?: string; frames?: Array<{ isInPrimaryMainFrame?: boolean; processId?: number }> };
  };
}

/** The two scrolls, and the page's load plus settle time before them. */
export type TracePhase = ScrollMode | 'load';

export interface TraceAttribution {
  mode: TracePhase;
  /** Careline's content-script time on x.com's main thread over the scroll (nested calls counted once). */
  carelineScriptMs: number;
  /** The same in thread (CPU) time. */
  carelineCpuMs: number;
  carelineCalls: number;
  maxCallMs: number;
  maxCallCpuMs: number;
  /** Style/layout that ran inside Careline's calls (forced by its DOM reads). */
  carelineLayoutMs: number;
  mainThreadTaskMs: number;
  longTasks: number;
  longTasksWithCareline: number;
  /** Long tasks that would have stayed under 50 ms without Careline's part of them (its CPU time). */
  longTasksCausedByCareline: number;
  /** Careline's five costliest calls (by CPU): which kind, when (ms from the first event), wall and CPU ms. */
  topCalls: Array<{ kind: string; atMs: number; ms: number; cpuMs: number }>;
  /** Each long task with Careline in it: its wall ms, and Careline's wall and CPU ms inside it. */
  longTasksWithCarelineDetail: Array<{ ms: number; carelineMs: number; carelineCpuMs: number }>;
}

async function record(session: CDPSession, run: () => Promise<unknown>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: unknown[] }) => events.push(...(e.value as TraceEvent[]));
  session.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  try {
    await run();
  } finally {
    await session.send('Tracing.end');
    await Promise.race([complete, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    session.off('Tracing.dataCollected', onData);
  }
  return events;
}

/** Total length of the union of intervals [start, end) (µs). */
function unionLength(intervals: Array<[number, number]>): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [curStart, curEnd] = [-Infinity, -Infinity];
  for (const [s, e] of sorted) {
    if (s > curEnd) {
      if (curEnd > curStart) total += curEnd - curStart;
      [curStart, curEnd] = [s, e];
    } else curEnd = Math.max(curEnd, e);
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total;
}

const isCareline = (e: TraceEvent) =>
  (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && CONTENT_SCRIPT.test(e.args?.data?.url ?? '');

export function attribute(events: TraceEvent[], mode: TracePhase): TraceAttribution {
  // x.com's renderer main thread: where the content script ran, else the primary main frame's process
  // (a navigation from about:blank changes process, so the content script is the surer sign).
  const ours = events.find(isCareline);
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const pid = ours?.pid ?? started?.args?.data?.frames?.find((f) => f.isInPrimaryMainFrame)?.processId;
  const tid =
    ours?.tid ??
    events.find((e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')?.tid;
  if (pid === undefined || tid === undefined) throw new Error("trace: x.com's renderer main thread not found");
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  const span = (e: TraceEvent): [number, number] => [e.ts, e.ts + (e.dur ?? 0)];
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const calls = main.filter(isCareline);
  const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  const t0 = main.reduce((m, e) => Math.min(m, e.ts), Infinity);
  // Calls not nested in another of Careline's calls (two with the same span: the first one counts).
  const outer = calls.filter(
    (c, i) =>
      !calls.some((o, j) => j !== i && o.ts <= c.ts && end(c) <= end(o) && (o.ts < c.ts || end(c) < end(o) || j < i)),
  );
  const inCalls = (e: TraceEvent) => calls.some((c) => e.ts >= c.ts && e.ts < c.ts + (c.dur ?? 0));
  const layouts = main.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && inCalls(e));
  // Careline's part of a task is judged by its CPU time: on a busy machine a 0.7 ms callback can take
  // 5 ms of wall time while the OS runs something else, and that wait is not Careline's doing.
  const detail: TraceAttribution['longTasksWithCarelineDetail'] = [];
  const long = tasks.filter((t) => (t.dur ?? 0) > LONG_TASK_US);
  for (const task of long) {
    const [s, e] = span(task);
    const inside = outer.filter((c) => c.ts >= s && c.ts < e);
    if (inside.length === 0) continue;
    detail.push({
      ms: (task.dur ?? 0) / 1000,
      carelineMs: unionLength(inside.map(span)) / 1000,
      carelineCpuMs: inside.reduce((sum, c) => sum + (c.tdur ?? c.dur ?? 0), 0) / 1000,
    });
  }
  return {
    mode,
    carelineScriptMs: unionLength(calls.map(span)) / 1000,
    carelineCpuMs: outer.reduce((sum, c) => sum + (c.tdur ?? c.dur ?? 0), 0) / 1000,
    carelineCalls: calls.length,
    maxCallMs: calls.reduce((m, c) => Math.max(m, c.dur ?? 0), 0) / 1000,
    maxCallCpuMs: outer.reduce((m, c) => Math.max(m, c.tdur ?? c.dur ?? 0), 0) / 1000,
    carelineLayoutMs: unionLength(layouts.map(span)) / 1000,
    mainThreadTaskMs: unionLength(tasks.map(span)) / 1000,
    longTasks: long.length,
    longTasksWithCareline: detail.length,
    longTasksCausedByCareline: detail.filter((d) => d.ms - d.carelineCpuMs <= LONG_TASK_US / 1000).length,
    longTasksWithCarelineDetail: detail,
    topCalls: [...outer]
      .sort((a, b) => (b.tdur ?? b.dur ?? 0) - (a.tdur ?? a.dur ?? 0))
      .slice(0, 5)
      .map((c) => ({
        kind: c.name,
        atMs: (c.ts - t0) / 1000,
        ms: (c.dur ?? 0) / 1000,
        cpuMs: (c.tdur ?? c.dur ?? 0) / 1000,
      })),
  };
}

/** One page with Careline: its load (+ settle), then the plain and the virtualised scroll, each under a trace. */
export async function tracedScroll(
  context: BrowserContext,
  params: Omit<ScrollParams, 'virtual'>,
): Promise<TraceAttribution[]> {
  const page: Page = await context.newPage();
  try {
    const session = await context.newCDPSession(page);
    const out: TraceAttribution[] = [attribute(await record(session, () => loadTimeline(page, 'with')), 'load')];
    for (const mode of ['plain', 'virtual'] as const) {
      if (mode === 'virtual') {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.evaluate(installVirtualTimeline);
        await page.waitForTimeout(500);
      }
      const events = await record(session, () =>
        page.evaluate(scrollTimeline, { ...params, virtual: mode === 'virtual' }),
      );
      out.push(attribute(events, mode));
    }
    await session.detach();
    return out;
  } finally {
    await page.close();
  }
}
