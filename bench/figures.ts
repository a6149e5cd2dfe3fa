/** Turns raw samples into the figures we report, each with its target and PASS / FAIL. */
import type { InsertResult } from './insert';
import type { ReadyResult } from './panel-ready';
import type { ScrollMode, ScrollSample } from './scroll';
import type { SizeResult } from './size';
import type { TraceAttribution, TracePhase } from './trace';
import { median, percentile, round, summarize, type Summary } from './stats';

export const TARGETS = {
  insertP95Ms: 16,
  readyMs: 300,
  contentScriptGzipBytes: 25_000,
  extraLongTasks: 0,
  scriptOverheadPct: 5,
};

export interface Row {
  figure: string;
  value: string;
  target: string;
  status: 'PASS' | 'FAIL' | 'info';
}

export interface ScrollFigures {
  rounds: number;
  scriptMsWith: number;
  scriptMsWithout: number;
  /** Spread of the baseline over the rounds: how much a with/without difference can be noise. */
  scriptMsWithoutRange: [number, number];
  scriptDeltaMs: number;
  overheadPct: number;
  taskMsWith: number;
  taskMsWithout: number;
  longTasksWith: number;
  longTasksWithout: number;
  longTasksWithoutRange: [number, number];
  panelScriptMs: number | null;
  /** Cells the emulated virtual timeline swapped per scroll (median). */
  swaps: number;
}

export interface Figures {
  insert: Summary & { breakdownMedians: Record<string, number>; breakdownP95: Record<string, number> };
  ready: Summary & {
    dclToScriptStartMedian: number;
    dclToIframeMedian: number;
    dclToFrameStartMedian: number;
    frameStartToReadyMedian: number;
    coldMs: number;
  };
  scroll: Record<ScrollMode, ScrollFigures>;
  load: { scriptMsWith: number; scriptMsWithout: number };
  /** Careline's own share of x.com's main thread while scrolling, from a trace (see trace.ts). */
  trace: Partial<Record<TracePhase, TraceAttribution>>;
}

const range = (xs: number[]): [number, number] => (xs.length ? [Math.min(...xs), Math.max(...xs)] : [NaN, NaN]);
const nonNull = (xs: Array<number | null>): number[] => xs.filter((x): x is number => x !== null);

function scrollFigures(scroll: ScrollSample[], mode: ScrollMode): ScrollFigures {
  const withExt = scroll.filter((x) => x.mode === mode && x.variant === 'with');
  const without = scroll.filter((x) => x.mode === mode && x.variant === 'without');
  const scriptWith = median(withExt.map((x) => x.scriptMs));
  const scriptWithout = median(without.map((x) => x.scriptMs));
  const panelMs = nonNull(withExt.map((x) => x.panelScriptMs));
  return {
    rounds: Math.min(withExt.length, without.length),
    scriptMsWith: scriptWith,
    scriptMsWithout: scriptWithout,
    scriptMsWithoutRange: range(without.map((x) => x.scriptMs)),
    scriptDeltaMs: scriptWith - scriptWithout,
    overheadPct: ((scriptWith - scriptWithout) / scriptWithout) * 100,
    taskMsWith: median(withExt.map((x) => x.taskMs)),
    taskMsWithout: median(without.map((x) => x.taskMs)),
    longTasksWith: median(withExt.map((x) => x.longTasks)),
    longTasksWithout: median(without.map((x) => x.longTasks)),
    longTasksWithoutRange: range(without.map((x) => x.longTasks)),
    panelScriptMs: panelMs.length ? median(panelMs) : null,
    swaps: median([...withExt, ...without].map((x) => x.swaps)),
  };
}

export function computeFigures(
  insert: InsertResult,
  ready: ReadyResult,
  scroll: ScrollSample[],
  trace: TraceAttribution[],
): Figures {
  const s = insert.samples;
  const steps = (pick: (values: number[]) => number) => ({
    clickToHandlerMs: pick(s.map((x) => x.clickToHandlerMs)),
    clickToFocusMs: pick(nonNull(s.map((x) => x.clickToFocusMs))),
    focusToPasteMs: pick(nonNull(s.map((x) => x.focusToPasteMs))),
    pasteToStateMs: pick(nonNull(s.map((x) => x.pasteToStateMs))),
  });
  const plain = scroll.filter((x) => x.mode === 'plain');
  return {
    insert: {
      ...summarize(s.map((x) => x.latencyMs)),
      breakdownMedians: steps(median),
      breakdownP95: steps((values) => percentile(values, 95)),
    },
    ready: {
      ...summarize(ready.samples.map((x) => x.readyMs)),
      dclToScriptStartMedian: median(nonNull(ready.samples.map((x) => x.dclToScriptStartMs))),
      dclToIframeMedian: median(nonNull(ready.samples.map((x) => x.dclToIframeMs))),
      dclToFrameStartMedian: median(ready.samples.map((x) => x.dclToFrameStartMs)),
      frameStartToReadyMedian: median(ready.samples.map((x) => x.frameStartToReadyMs)),
      coldMs: ready.cold.readyMs,
    },
    scroll: { plain: scrollFigures(scroll, 'plain'), virtual: scrollFigures(scroll, 'virtual') },
    load: {
      scriptMsWith: median(plain.filter((x) => x.variant === 'with').map((x) => x.loadScriptMs)),
      scriptMsWithout: median(plain.filter((x) => x.variant === 'without').map((x) => x.loadScriptMs)),
    },
    trace: Object.fromEntries(trace.map((t) => [t.mode, t])),
  };
}

const f1 = (x: number) => (Number.isFinite(x) ? round(x, 1).toFixed(1) : 'n/a');
const status = (pass: boolean): Row['status'] => (pass ? 'PASS' : 'FAIL');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export function rows(fig: Figures, sizes: SizeResult): Row[] {
  const { insert, ready } = fig;
  const out: Row[] = [
    {
      figure: `Insert click -> Draft state, p95 (n=${insert.n})`,
      value: `${f1(insert.p95)} ms`,
      target: `<= ${TARGETS.insertP95Ms} ms`,
      status: status(insert.p95 <= TARGETS.insertP95Ms),
    },
    { figure: 'Insert median / max', value: `${f1(insert.median)} / ${f1(insert.max)} ms`, target: '', status: 'info' },
    ...(['median', 'p95'] as const).map((which): Row => {
      const b = which === 'median' ? insert.breakdownMedians : insert.breakdownP95;
      return {
        figure: `Insert steps, ${which}: input->panel handler, click->X editor focused, focus->paste, paste->Draft state`,
        value: `${f1(b.clickToHandlerMs ?? NaN)} / ${f1(b.clickToFocusMs ?? NaN)} / ${f1(b.focusToPasteMs ?? NaN)} / ${f1(b.pasteToStateMs ?? NaN)} ms`,
        target: '',
        status: 'info',
      };
    }),
    {
      figure: `Panel ready after DCL, median (n=${ready.n})`,
      value: `${f1(ready.median)} ms`,
      target: `<= ${TARGETS.readyMs} ms`,
      status: status(ready.median <= TARGETS.readyMs),
    },
    {
      figure: 'Panel ready after DCL, p95',
      value: `${f1(ready.p95)} ms`,
      target: `<= ${TARGETS.readyMs} ms`,
      status: status(ready.p95 <= TARGETS.readyMs),
    },
    {
      figure: 'Panel ready median, from DCL: content script starts / iframe added / frame navigates',
      value: `${f1(ready.dclToScriptStartMedian)} / ${f1(ready.dclToIframeMedian)} / ${f1(ready.dclToFrameStartMedian)} ms`,
      target: '',
      status: 'info',
    },
    {
      figure: 'Panel ready: frame navigation -> ready (median); first load in a fresh browser',
      value: `${f1(ready.frameStartToReadyMedian)} ms; ${f1(ready.coldMs)} ms`,
      target: '',
      status: 'info',
    },
    {
      figure: 'Content script x.js, gzip -9',
      value: `${kb(sizes.contentScript.gzipBytes)} (raw ${kb(sizes.contentScript.rawBytes)})`,
      target: `<= ${kb(TARGETS.contentScriptGzipBytes)}`,
      status: status(sizes.contentScript.gzipBytes <= TARGETS.contentScriptGzipBytes),
    },
    ...sizes.panel.map((p): Row => ({
      figure: `Panel: ${p.file}, gzip -9`,
      value: `${kb(p.gzipBytes)} (raw ${kb(p.rawBytes)})`,
      target: '',
      status: 'info',
    })),
    {
      figure: 'Panel: everything panel.html loads, gzip -9',
      value: `${kb(sizes.panel.reduce((a, p) => a + p.gzipBytes, 0))} (raw ${kb(sizes.panel.reduce((a, p) => a + p.rawBytes, 0))})`,
      target: '',
      status: 'info',
    },
  ];
  // Scrolling: the judged (trace) figures first, then what they rest on.
  const traced = traceRows(fig);
  out.push(...traced.filter((r) => r.status !== 'info'));
  for (const mode of ['plain', 'virtual'] as const) out.push(...scrollRows(fig.scroll[mode], mode));
  out.push(...traced.filter((r) => r.status === 'info'));
  out.push({
    figure: '/home?count=1000 load + 3 s: scripting ms with / without (median)',
    value: `${f1(fig.load.scriptMsWith)} / ${f1(fig.load.scriptMsWithout)} ms`,
    target: '',
    status: 'info',
  });
  return out;
}

function scrollRows(s: ScrollFigures, mode: ScrollMode): Row[] {
  const label = mode === 'plain' ? 'Scroll 1,000 tweets' : 'Scroll, virtualised timeline (emulated)';
  // With minus without is shown, but on a shared 2-core machine it is noise-sized (see the baseline's
  // range); the targets are judged on the trace's attribution instead (traceRows).
  const out: Row[] = [
    {
      figure: `${label}: scripting ms with / without (median of ${s.rounds})`,
      value: `${f1(s.scriptMsWith)} / ${f1(s.scriptMsWithout)} ms`,
      target: '',
      status: 'info',
    },
    {
      figure: `${label}: scripting overhead (with - without)`,
      value: `${f1(s.scriptDeltaMs)} ms = ${f1(s.overheadPct)} % (without: ${f1(s.scriptMsWithoutRange[0])}-${f1(s.scriptMsWithoutRange[1])} ms)`,
      target: '',
      status: 'info',
    },
    {
      figure: `${label}: long tasks > 50 ms with / without (median)`,
      value: `${s.longTasksWith} / ${s.longTasksWithout} (without: ${s.longTasksWithoutRange[0]}-${s.longTasksWithoutRange[1]})`,
      target: '',
      status: 'info',
    },
    {
      figure: `${label}: main-thread task ms with / without${mode === 'virtual' ? `; cells swapped` : ''}`,
      value: `${f1(s.taskMsWith)} / ${f1(s.taskMsWithout)} ms${mode === 'virtual' ? `; ${s.swaps}` : ''}`,
      target: '',
      status: 'info',
    },
  ];
  if (s.panelScriptMs !== null) {
    out.push({
      figure: `${label}: panel frame script ms (own process)`,
      value: `${f1(s.panelScriptMs)} ms`,
      target: '',
      status: 'info',
    });
  }
  return out;
}

function traceRows(fig: Figures): Row[] {
  const { plain, virtual, load } = fig.trace;
  if (!plain || !virtual) return [];
  const overheadPct = (plain.carelineScriptMs / fig.scroll.plain.scriptMsWithout) * 100;
  const caused = plain.longTasksCausedByCareline + virtual.longTasksCausedByCareline;
  const loadRows: Row[] = load
    ? [
        {
          figure: 'Trace: Careline during /home?count=1000 load + 3 s, wall (CPU); calls, longest; long tasks caused',
          value: `${f1(load.carelineScriptMs)} (${f1(load.carelineCpuMs)}) ms; ${load.carelineCalls}, ${f1(load.maxCallMs)} (${f1(load.maxCallCpuMs)}) ms; ${load.longTasksCausedByCareline}`,
          target: '',
          status: 'info',
        },
      ]
    : [];
  return [
    {
      figure: 'Scroll 1,000 tweets: scripting overhead = Careline script (trace) / page scripting without',
      value: `${f1(plain.carelineScriptMs)} / ${f1(fig.scroll.plain.scriptMsWithout)} ms = ${f1(overheadPct)} %`,
      target: `<= ${TARGETS.scriptOverheadPct} %`,
      status: status(overheadPct <= TARGETS.scriptOverheadPct),
    },
    {
      figure: 'Trace: Careline script on x.com main thread, plain / virtual, wall (CPU); virtual: calls, longest',
      value: `${f1(plain.carelineScriptMs)} / ${f1(virtual.carelineScriptMs)} (${f1(virtual.carelineCpuMs)}) ms; ${virtual.carelineCalls}, ${f1(virtual.maxCallMs)} (${f1(virtual.maxCallCpuMs)}) ms`,
      target: '',
      status: 'info',
    },
    {
      figure: 'Trace: Careline share of main-thread task time, virtual; forced layout',
      value: `${f1((virtual.carelineScriptMs / virtual.mainThreadTaskMs) * 100)} %; ${f1(virtual.carelineLayoutMs)} ms`,
      target: '',
      status: 'info',
    },
    {
      figure:
        'Scroll: long tasks caused by Careline (trace), plain + virtual (long tasks seen / with Careline in them)',
      value: `${caused} (${plain.longTasks + virtual.longTasks} / ${plain.longTasksWithCareline + virtual.longTasksWithCareline})`,
      target: `<= ${TARGETS.extraLongTasks}`,
      status: status(caused <= TARGETS.extraLongTasks),
    },
    ...loadRows,
  ];
}

export function table(list: Row[]): string {
  const w = [
    Math.max(6, ...list.map((r) => r.figure.length)),
    Math.max(5, ...list.map((r) => r.value.length)),
    Math.max(6, ...list.map((r) => r.target.length)),
  ] as const;
  const line = (a: string, b: string, c: string, d: string) =>
    `${a.padEnd(w[0])}  ${b.padEnd(w[1])}  ${c.padEnd(w[2])}  ${d}`;
  return [
    line('figure', 'value', 'target', 'status'),
    line('-'.repeat(w[0]), '-'.repeat(w[1]), '-'.repeat(w[2]), '------'),
    ...list.map((r) => line(r.figure, r.value, r.target, r.status)),
  ].join('\n');
}
