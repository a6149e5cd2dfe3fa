/** The lead's desk section of docs/benchmarks.md: one column per database engine. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DeskBenchSizes, DeskFigures, Ms } from './desk-bench';

export const DESK_HEADING = "## The lead's desk (issue 16)";

const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const p50p95 = (m: Ms) => `${m.median.toFixed(1)} / ${m.p95.toFixed(1)} ms`;

export function deskRows(engines: DeskFigures[], sizes: DeskBenchSizes): string[][] {
  const each = (f: (e: DeskFigures) => string) => engines.map(f);
  const n = sizes.posts.toLocaleString('en');
  const replies = sizes.replies.toLocaleString('en');
  return [
    ['figure', ...engines.map((e) => e.engine)],
    [
      `Flood incident: ${n} attached posts walked by ${sizes.walkers} agents at once (next → fixed), posts/s`,
      ...each((e) => `${e.walk.postsPerSecond.toLocaleString('en')}/s (${(e.walk.wallMs / 1000).toFixed(1)} s)`),
    ],
    ['POST /incidents/{id}/next, p50 / p95', ...each((e) => p50p95(e.walk.next))],
    ['POST /incidents/{id}/fixed, p50 / p95', ...each((e) => p50p95(e.walk.fixed))],
    [
      'Posts handed out twice / handed out / fixed on the server',
      ...each((e) => `${e.walk.handedTwice} / ${e.walk.handedOut} / ${e.walk.fixedByServer}`),
    ],
    [
      '409s on fixed / 429s waited out (20 requests/s per agent)',
      ...each((e) => `${e.walk.conflicts} / ${e.walk.rateLimited}`),
    ],
    [
      `GET /v1/lead/desk over ${sizes.from}..${sizes.to} (92 days, ${replies} replies, ${sizes.agents} agents, ${sizes.topics.length} topics), p50 / p95 (n=${sizes.reportSamples})`,
      ...each((e) => p50p95(e.report.ms)),
    ],
    [
      `The same report over 7 days (${sizes.weekFrom}..${sizes.to}), p50 / p95`,
      ...each((e) => p50p95(e.report.weekMs)),
    ],
    ['GET /v1/me, p50 / p95', ...each((e) => p50p95(e.report.meMs))],
    [
      '92-day report ÷ 7-day report / ÷ /v1/me (p50)',
      ...each((e) => `${e.report.ratioToWeek.toFixed(1)}× / ${e.report.ratioToMe.toFixed(1)}×`),
    ],
    [
      'Replies the 92-day report counts / its days',
      ...each((e) => `${e.report.replies.toLocaleString('en')} / ${e.report.days}`),
    ],
    ['Seeding (bulk SQL)', ...each((e) => `${(e.seedMs / 1000).toFixed(1)} s`)],
  ];
}

export function deskMarkdown(
  engines: DeskFigures[],
  sizes: DeskBenchSizes,
  run: { date: string; command: string; machine: string },
): string {
  const [head, ...body] = deskRows(engines, sizes);
  if (!head) return '';
  return [
    '',
    DESK_HEADING,
    '',
    `Measured by \`${run.command}\` on ${run.date}; ${run.machine}. Raw figures: \`bench/results/desk.json\`.`,
    '',
    line(head),
    line(head.map(() => '---')),
    ...body.map(line),
    '',
    `Reading: no post was handed to two agents and every one was fixed. The report's time grows with the ` +
      `replies it covers: 92 days (${sizes.replies.toLocaleString('en')} replies) take ` +
      `${engines.map((e) => `${e.report.ratioToWeek.toFixed(1)}× (${e.engine})`).join(' and ')} the 7 days ` +
      `(about ${Math.round((sizes.replies * 7) / 92).toLocaleString('en')} replies, 13× fewer), so it works through ` +
      "the range's rows rather than paying a fixed cost per request (the run fails unless every post was fixed once).",
    '',
    'How: bench/desk-seed.ts writes a lead, ' +
      `${sizes.agents} agents (tokens stored hashed), ${sizes.customers.toLocaleString('en')} customers and ` +
      `${sizes.replies.toLocaleString('en')} reply-sent events straight into the database with bulk SQL (over the API ` +
      "they would take minutes at the team server section's ingest rate above, some 550 events/s on PGlite): spread evenly over the 92 Korean days, agents, topics, " +
      'places, two brand accounts and templates in turn, each post id the snowflake of its time 1–120 minutes before ' +
      'the reply, and each post’s post_topics row as the server writes it for a first reply. Then the server starts as ' +
      'its own process (`server/cli.ts serve`) and bench/desk-bench.ts talks to it over HTTP on localhost with plain ' +
      'fetch. The report is asked one at a time, after three warm-up requests, with the 7-day report and /v1/me in the ' +
      'same run as the baselines. The flood: the lead opens an incident, attaches the posts 500 per request, resolves ' +
      'it, and each agent loops next → fixed until next answers no post, as the panel’s walk does; every post handed ' +
      'out is counted, so a post handed to two agents shows above. The server’s own rate limit stays on; the bench ' +
      'client runs on the same 2 shared cores as the server, so latencies include its work.',
    '',
  ].join('\n');
}

/**
 * The section from the last `bench/desk-main.ts` run (bench/results/desk.json), for `npm run bench`,
 * which rewrites docs/benchmarks.md whole but does not run this bench (it takes about 4 minutes);
 * empty when there is no such run.
 */
export function savedDeskMarkdown(root: string): string {
  const file = path.join(root, 'bench/results/desk.json');
  if (!existsSync(file)) return '';
  const saved = JSON.parse(readFileSync(file, 'utf8')) as {
    date: string;
    command: string;
    machine: string;
    sizes: DeskBenchSizes;
    engines: DeskFigures[];
  };
  return deskMarkdown(saved.engines, saved.sizes, {
    date: saved.date.slice(0, 10),
    command: saved.command,
    machine: saved.machine,
  });
}
