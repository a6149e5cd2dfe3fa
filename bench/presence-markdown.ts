/** The presence bench's rows for the console and its section of docs/benchmarks.md. */
import type { PresenceFigures } from './presence-bench';

export const PRESENCE_HEADING = '## Live presence (issue 15)';
const TARGET_MS = 300;

export function presenceRows(f: PresenceFigures): string[][] {
  const met = (p95: number) => (p95 <= TARGET_MS ? `met (p95 <= ${TARGET_MS} ms)` : `MISSED (p95 <= ${TARGET_MS} ms)`);
  const k = f.perThousand;
  return [
    ['Measure', 'Result', 'Target'],
    [
      `Presence change → colleague's connection, ${f.sizes.agents} agents connected, localhost, p50 / p95 (${f.plain.n} changes)`,
      `${f.plain.p50} / ${f.plain.p95} ms (max ${f.plain.max})`,
      met(f.plain.p95),
    ],
    [
      `The same with ${f.delayMs} ms added each way between agents and server, p50 / p95 (${f.delayed.n} changes)`,
      `${f.delayed.p50} / ${f.delayed.p95} ms (max ${f.delayed.max})`,
      met(f.delayed.p95),
    ],
    [
      `Server memory per 1,000 live connections (V8 heap after a full collection); whole process resident with ${f.sizes.connections}`,
      `${k.heapMB} MB; ${k.rssMB} MB`,
      'measured (no target set)',
    ],
    [
      'Server CPU per 1,000 live connections: connecting (tickets, hello, presence); idle with pings',
      `${k.connectCpuMs} ms; ${k.idleCpuPercent} % of one core over ${k.idleMs / 1000} s`,
      'measured (no target set)',
    ],
  ];
}

export function presenceMarkdown(f: PresenceFigures, run: { date: string; command: string; machine: string }): string {
  const [head, ...body] = presenceRows(f);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    '',
    PRESENCE_HEADING,
    '',
    `${f.sizes.agents} simulated agents (Node WebSocket clients speaking the panel's protocol, bench/presence-bench.ts) on a`,
    `team server in its own process (${f.engine}); pairs of agents on one post each, 20 state changes a second in the`,
    'background; each sample flips one agent between viewing and replying and times until the colleague on the same',
    `post receives it. The delayed run goes through bench/delay-proxy.ts (every TCP chunk held ${f.delayMs} ms, each way).`,
    `Cost: a fresh server process, ${f.sizes.connections} connections (several per agent) scaled to 1,000; memory read after a`,
    `full collection in the server before and after connecting (resident size alone keeps pages V8 no longer uses, so it`,
    `can shrink as connections arrive; PGlite's own memory, outside the V8 heap, moves on its own). Run ${run.date} with \`${run.command}\` on`,
    `${run.machine}.`,
    '',
    line(head!),
    line(head!.map(() => '---')),
    ...body.map(line),
    '',
  ].join('\n');
}
