/** The team server's section of docs/benchmarks.md: one column per database engine. */
import type { EngineFigures, ServerBenchSizes } from './server-bench';
import type { Latency } from './server-measure';

export const SERVER_HEADING = '## Team server (issue 14)';

export interface ServerRunNote {
  date: string;
  command: string;
  machine: string;
}

const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const p50p95 = (l: Latency, digits = 1) => `${l.median.toFixed(digits)} / ${l.p95.toFixed(digits)} ms`;
const verdict = (values: number[], limit: number, target: string) =>
  `${values.every((v) => v <= limit) ? 'met' : 'MISSED'} (${target})`;

export function serverRows(engines: EngineFigures[], sizes: ServerBenchSizes): string[][] {
  const each = (f: (e: EngineFigures) => string) => engines.map(f);
  const c = sizes.connected.toLocaleString('en');
  return [
    ['figure', ...engines.map((e) => e.engine), 'target'],
    [
      `Ingest: events/s, ${sizes.ingestEvents.toLocaleString('en')} events pushed by ${sizes.ingestAgents} agents at once in batches of ${sizes.ingestBatch}`,
      ...each((e) => `${e.ingest.perSecond.toLocaleString('en')}/s`),
      'measured',
    ],
    ['Ingest: one push request (a batch), p50 / p95', ...each((e) => p50p95(e.ingest.pushMs, 0)), ''],
    ['Ingest: server CPU per event', ...each((e) => `${e.ingest.cpuMsPerEvent.toFixed(2)} ms`), ''],
    [
      `Lookup by handle over HTTP at ${sizes.customers.toLocaleString('en')} customers, p50 / p95 (n=${sizes.lookups}, one at a time)`,
      ...each((e) => p50p95(e.lookup.ms, 2)),
      verdict(
        engines.map((e) => e.lookup.ms.p95),
        30,
        'p95 <= 30 ms',
      ),
    ],
    ['Lookup: p99 / max', ...each((e) => `${e.lookup.ms.p99.toFixed(1)} / ${e.lookup.ms.max.toFixed(1)} ms`), ''],
    [
      'Lookup: server CPU per lookup (access log write included)',
      ...each((e) => `${e.lookup.cpuMsPerLookup.toFixed(2)} ms`),
      '',
    ],
    [
      `Push on one agent → in another agent's long-poll /sync, p50 / p95 (n=${sizes.pushSamples})`,
      ...each((e) => p50p95(e.pushToSeen)),
      verdict(
        engines.map((e) => e.pushToSeen.p95),
        1000,
        'p95 <= 1 s',
      ),
    ],
    [
      `Push → seen while ${c} agents of the team hold a long-poll, p50 / p95 (n=${sizes.loadedPushSamples})`,
      ...each((e) => p50p95(e.pushToSeenLoaded)),
      verdict(
        engines.map((e) => e.pushToSeenLoaded.p95),
        1000,
        'p95 <= 1 s',
      ),
    ],
    [
      `Server CPU per push while ${c} long-polls wait (the push, the one pull that asked about its customer, and the others asking again as their 25 s run out)`,
      ...each((e) => `${e.cpuMsPerWake.toFixed(2)} ms`),
      '',
    ],
    [
      `Server memory (RSS): idle after warm-up / before the ${c} / with ${c} long-polls open`,
      ...each((e) => `${mb(e.idleRssKb)} / ${mb(e.connected.rssBeforeKb)} / ${mb(e.connected.rssKb)}`),
      '',
    ],
    [
      'Server memory per connected agent',
      ...each((e) => (e.connected.kbPerAgent > 0 ? `${e.connected.kbPerAgent.toFixed(1)} KB` : 'not above the noise')),
      '',
    ],
    ['What the CPU figures count', ...each((e) => e.cpuCounts), ''],
    ['Requests the client sent again after the connection was reset', ...each((e) => String(e.resentRequests)), ''],
  ];
}

export function serverMarkdown(engines: EngineFigures[], sizes: ServerBenchSizes, run: ServerRunNote): string {
  const [head, ...body] = serverRows(engines, sizes);
  if (!head) return '';
  return [
    '',
    SERVER_HEADING,
    '',
    `Measured by \`${run.command}\` on ${run.date}; ${run.machine}. Raw figures: \`bench/results/server.json\`.`,
    '',
    line(head),
    line(head.map(() => '---')),
    ...body.map(line),
    '',
    'How: bench/server-bench.ts writes a team of ' +
      `${(sizes.connected + 2).toLocaleString('en')} agents (tokens stored hashed) and ` +
      `${sizes.customers.toLocaleString('en')} customers straight into the database (COPY), then starts the server as its ` +
      'own process (`server/cli.ts serve`, PGlite in a data folder or `--database`) and talks to it over HTTP on ' +
      'localhost with plain fetch, as the extension does. Every push, pull and lookup goes through the whole server ' +
      '(bearer token → hashed-token lookup, rate limit, zod validation, row-level security transaction, JSON). ' +
      'CPU time is read from /proc before and after each measurement and divided by the events or lookups done; ' +
      'for PostgreSQL on this machine the cluster’s postmaster and backends are counted too (exited backends through ' +
      'the postmaster’s children time). Push → seen: agent B long-polls /sync for one customer, agent A pushes a note ' +
      'about that customer 30 ms later, and the time runs from A’s request leaving to B’s answer holding the note. ' +
      `Memory: ${sizes.connected.toLocaleString('en')} agents, each with its own token, each keep one /sync with ` +
      'waitMs 25 s open (asking again when it answers); the server’s RSS is the median of three readings a second ' +
      'apart, before and after they connect. The bench client runs on the same 2 shared cores as the server, so the ' +
      'latencies include its own work.',
    '',
    "The lead's 100,000-customer import (`npx tsx bench/server-import.ts [--database …]`) and this bench's run from " +
      'before a push woke only the pulls of its customers: docs/team-scale.md.',
    '',
  ].join('\n');
}
