/** Turns raw samples into the figures we report, each with its target and PASS / FAIL. */
import type { InsertResult } from './insert';
import type { ReadyResult } from './panel-ready';
import type { ScrollSample } from './scroll';
import type { SizeResult } from './size';
import { median, round, summarize, type Summary } from './stats';

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

export interface Figures {
  insert: Summary & { breakdownMedians: Record<string, number> };
  ready: Summary & { dclToFrameStartMedian: number; frameStartToReadyMedian: number; coldMs: number };
  scroll: {
    rounds: number;
    scriptMsWith: number;
    scriptMsWithout: number;
    overheadPct: number;
    taskMsWith: number;
    taskMsWithout: number;
    longTasksWith: number;
    longTasksWithout: number;
    panelScriptMs: number | null;
  };
}

const nonNull = (xs: Array<number | null>): number[] => xs.filter((x): x is number => x !== null);

export function computeFigures(insert: InsertResult, ready: ReadyResult, scroll: ScrollSample[]): Figures {
  const s = insert.samples;
  const withExt = scroll.filter((x) => x.variant === 'with');
  const without = scroll.filter((x) => x.variant === 'without');
  const scriptWith = median(withExt.map((x) => x.scriptMs));
  const scriptWithout = median(without.map((x) => x.scriptMs));
  const panelMs = nonNull(withExt.map((x) => x.panelScriptMs));
  return {
    insert: {
      ...summarize(s.map((x) => x.latencyMs)),
      breakdownMedians: {
        clickToHandlerMs: median(s.map((x) => x.clickToHandlerMs)),
        clickToFocusMs: median(nonNull(s.map((x) => x.clickToFocusMs))),
        focusToPasteMs: median(nonNull(s.map((x) => x.focusToPasteMs))),
        pasteToStateMs: median(nonNull(s.map((x) => x.pasteToStateMs))),
      },
    },
    ready: {
      ...summarize(ready.samples.map((x) => x.readyMs)),
      dclToFrameStartMedian: median(ready.samples.map((x) => x.dclToFrameStartMs)),
      frameStartToReadyMedian: median(ready.samples.map((x) => x.frameStartToReadyMs)),
      coldMs: ready.cold.readyMs,
    },
    scroll: {
      rounds: Math.min(withExt.length, without.length),
      scriptMsWith: scriptWith,
      scriptMsWithout: scriptWithout,
      overheadPct: ((scriptWith - scriptWithout) / scriptWithout) * 100,
      taskMsWith: median(withExt.map((x) => x.taskMs)),
      taskMsWithout: median(without.map((x) => x.taskMs)),
      longTasksWith: median(withExt.map((x) => x.longTasks)),
      longTasksWithout: median(without.map((x) => x.longTasks)),
      panelScriptMs: panelMs.length ? median(panelMs) : null,
    },
  };
}

const f1 = (x: number) => (Number.isFinite(x) ? round(x, 1).toFixed(1) : 'n/a');
const status = (pass: boolean): Row['status'] => (pass ? 'PASS' : 'FAIL');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export function rows(fig: Figures, sizes: SizeResult): Row[] {
  const { insert, ready, scroll } = fig;
  const b = insert.breakdownMedians;
  const extraLong = scroll.longTasksWith - scroll.longTasksWithout;
  const out: Row[] = [
    { figure: `Insert click -> Draft state, p95 (n=${insert.n})`, value: `${f1(insert.p95)} ms`, target: `<= ${TARGETS.insertP95Ms} ms`, status: status(insert.p95 <= TARGETS.insertP95Ms) },
    { figure: 'Insert median / max', value: `${f1(insert.median)} / ${f1(insert.max)} ms`, target: '', status: 'info' },
    {
      figure: 'Insert median steps: input->handler, click->editor focus, focus->paste, paste->state',
      value: `${f1(b.clickToHandlerMs ?? NaN)} / ${f1(b.clickToFocusMs ?? NaN)} / ${f1(b.focusToPasteMs ?? NaN)} / ${f1(b.pasteToStateMs ?? NaN)} ms`,
      target: '',
      status: 'info',
    },
    { figure: `Panel ready after DCL, median (n=${ready.n})`, value: `${f1(ready.median)} ms`, target: `<= ${TARGETS.readyMs} ms`, status: status(ready.median <= TARGETS.readyMs) },
    { figure: 'Panel ready after DCL, p95', value: `${f1(ready.p95)} ms`, target: `<= ${TARGETS.readyMs} ms`, status: status(ready.p95 <= TARGETS.readyMs) },
    {
      figure: 'Panel ready median steps: DCL->frame start, frame start->ready; cold first load',
      value: `${f1(ready.dclToFrameStartMedian)} / ${f1(ready.frameStartToReadyMedian)} ms; ${f1(ready.coldMs)} ms`,
      target: '',
      status: 'info',
    },
    {
      figure: 'Content script x.js, gzip -9',
      value: `${kb(sizes.contentScript.gzipBytes)} (raw ${kb(sizes.contentScript.rawBytes)})`,
      target: `<= ${kb(TARGETS.contentScriptGzipBytes)}`,
      status: status(sizes.contentScript.gzipBytes <= TARGETS.contentScriptGzipBytes),
    },
    ...sizes.panel.map((p): Row => ({ figure: `Panel ${p.file}, gzip -9`, value: `${kb(p.gzipBytes)} (raw ${kb(p.rawBytes)})`, target: '', status: 'info' })),
    {
      figure: `Scroll 1,000 tweets: scripting ms with / without (median of ${scroll.rounds} rounds)`,
      value: `${f1(scroll.scriptMsWith)} / ${f1(scroll.scriptMsWithout)} ms`,
      target: '',
      status: 'info',
    },
    { figure: 'Scroll: scripting overhead', value: `${f1(scroll.overheadPct)} %`, target: `<= ${TARGETS.scriptOverheadPct} %`, status: status(scroll.overheadPct <= TARGETS.scriptOverheadPct) },
    { figure: 'Scroll: main-thread task ms with / without', value: `${f1(scroll.taskMsWith)} / ${f1(scroll.taskMsWithout)} ms`, target: '', status: 'info' },
    {
      figure: 'Scroll: long tasks (>50 ms) with / without (median)',
      value: `${scroll.longTasksWith} / ${scroll.longTasksWithout}`,
      target: `with - without <= ${TARGETS.extraLongTasks}`,
      status: status(extraLong <= TARGETS.extraLongTasks),
    },
  ];
  if (scroll.panelScriptMs !== null) {
    out.push({ figure: 'Scroll: panel frame script ms (its own process)', value: `${f1(scroll.panelScriptMs)} ms`, target: '', status: 'info' });
  }
  return out;
}

export function table(list: Row[]): string {
  const w = [
    Math.max(6, ...list.map((r) => r.figure.length)),
    Math.max(5, ...list.map((r) => r.value.length)),
    Math.max(6, ...list.map((r) => r.target.length)),
  ] as const;
  const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(w[0])}  ${b.padEnd(w[1])}  ${c.padEnd(w[2])}  ${d}`;
  return [line('figure', 'value', 'target', 'status'), line('-'.repeat(w[0]), '-'.repeat(w[1]), '-'.repeat(w[2]), '------'), ...list.map((r) => line(r.figure, r.value, r.target, r.status))].join('\n');
}
