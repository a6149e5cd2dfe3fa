/** The tabs memory bench's table and its section of docs/benchmarks.md. */
import type { TabsResult, TabsRun } from './tabs-memory';

/** Per scenario: slope with, slope without (same run), the difference and the ratio. */
export function tabsRows(result: TabsResult): string[][] {
  const rows = [
    [
      'tabs opened',
      'panels mounted at 10 tabs',
      'RSS MB/tab with',
      'without',
      'with - without',
      'ratio',
      'PSS MB/tab with - without',
      'target',
    ],
  ];
  for (const run of result.runs.filter((r) => r.careline)) {
    // The run without Careline measured beside this one.
    const base = result.runs[result.runs.indexOf(run) - 1];
    if (!base) continue;
    const extra = run.rssSlopeMB - base.rssSlopeMB;
    rows.push([
      run.scenario,
      String(run.points.at(-1)?.panels ?? 0),
      run.rssSlopeMB.toFixed(1),
      base.rssSlopeMB.toFixed(1),
      extra.toFixed(1),
      `${(run.rssSlopeMB / base.rssSlopeMB).toFixed(2)}x`,
      (run.pssSlopeMB - base.pssSlopeMB).toFixed(1),
      extra <= 10 ? 'met (<= 10 MB)' : 'MISSED (<= 10 MB)',
    ]);
  }
  return rows;
}

/** The section of docs/benchmarks.md. */
export function tabsMarkdown(result: TabsResult): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const [head, ...body] = tabsRows(result);
  if (!head) return '';
  const curve = (run: TabsRun) =>
    `| ${run.careline ? 'with' : 'without'} | ${run.scenario} | ${run.points.map((p) => p.rssMB.toFixed(0)).join(' | ')} |`;
  return [
    '',
    TABS_HEADING,
    '',
    `Resident memory (RSS) of all of Chromium's processes, summed over the browser's process tree in /proc, after`,
    `opening 1..${result.tabs} tabs of a customer's status page. Per scenario, a browser with Careline and one without run`,
    'side by side (a tab in one, the same tab in the other, then both measured), each with a fresh profile',
    '(bench/tabs-memory.ts; puppeteer-core, so that tabs behind the front one are hidden as in a real browser; no spare',
    'renderer). Before each point every process gets a critical memory-pressure signal (V8 collects, caches drop);',
    'the point is the median of 3 samples. MB per tab = least-squares slope over the points. RSS counts shared pages',
    'once per process; PSS shares them out. `background`: tabs opened behind the front one (a middle click), not looked',
    'at yet. `visited`: each tab brought to the front once. `closed`: as `visited`, with the panel closed in the first',
    'tab beforehand (Careline remembers it for every tab).',
    '',
    'Each panel frame is a whole panel (React, templates, a port) in the extension process. Careline mounts it only in a',
    'tab in front whose panel is open: a tab opened in the background waits until the agent brings it forward; a closed',
    "panel's frame is taken down when its tab goes behind another (in the tab in front it stays, hidden, so what the",
    'agent typed in it is still there when it is opened again).',
    '',
    line(head),
    line(head.map(() => '---')),
    ...body.map(line),
    '',
    `RSS in MB after each tab (1..${result.tabs}):`,
    '',
    `| Careline | tabs | ${result.runs[0]?.points.map((p) => p.tabs).join(' | ') ?? ''} |`,
    `|---|---|${result.runs[0]?.points.map(() => '---|').join('') ?? ''}`,
    ...result.runs.map(curve),
    '',
  ].join('\n');
}

export const TABS_HEADING = '## Memory as tabs grow (issue 13, point 12)';
