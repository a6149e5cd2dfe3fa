/**
 * The lead's desk under load, per database engine, over HTTP against the server in its own process
 * (`server/cli.ts serve`): a flood incident of 5,000 posts walked by 20 agents at once (next →
 * fixed, as the panel's walk does), and the lead's report over 92 days of 100,000 replies against
 * the same report over 7 days and GET /v1/me in the same run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, ServerProcess, type Store } from '../tests/server/support/server-process';
import { API_PREFIX } from '../utils/team/wire';
import { FixedResponse, IncidentList, NextFixResponse } from '../utils/team/desk-wire';
import { dropDeskTeam, seedDesk } from './desk-seed';
import { percentile, round, summarize } from './stats';

export interface DeskBenchSizes {
  posts: number;
  walkers: number;
  agents: number;
  replies: number;
  from: string;
  to: string;
  /** The baseline report's first day (to the same `to`). */
  weekFrom: string;
  topics: string[];
  customers: number;
  reportSamples: number;
}

export const DESK_FULL: DeskBenchSizes = {
  posts: 5_000,
  walkers: 20,
  agents: 20,
  replies: 100_000,
  from: '2026-09-01',
  to: '2026-12-01',
  weekFrom: '2026-11-25',
  topics: ['outage', 'billing', 'device', 'plan', 'roaming', 'other'],
  customers: 5_000,
  reportSamples: 30,
};
export const DESK_QUICK: DeskBenchSizes = { ...DESK_FULL, posts: 500, replies: 10_000, reportSamples: 10 };

export interface Ms {
  n: number;
  median: number;
  p95: number;
  max: number;
}
const ms = (samples: number[]): Ms => {
  const s = summarize(samples);
  return { n: s.n, median: round(s.median), p95: round(percentile(samples, 95)), max: round(s.max) };
};

export interface DeskFigures {
  engine: 'PGlite' | 'PostgreSQL';
  seedMs: number;
  walk: {
    posts: number;
    walkers: number;
    wallMs: number;
    postsPerSecond: number;
    next: Ms;
    fixed: Ms;
    /** Posts handed out more than once (must be 0), fixed as counted by the server, 409s and 429s met. */
    handedTwice: number;
    fixedByServer: number;
    handedOut: number;
    conflicts: number;
    rateLimited: number;
  };
  report: { days: number; replies: number; ms: Ms; weekMs: Ms; meMs: Ms; ratioToWeek: number; ratioToMe: number };
}

const sleep = (t: number) => new Promise((resolve) => setTimeout(resolve, t));

/** One call; a 429 waits as Retry-After says (counted), a 409 is returned, anything else not 2xx throws. */
async function call(
  url: string,
  route: string,
  token: string,
  body: unknown,
  counts: { rateLimited: number },
): Promise<{ status: number; json: unknown }> {
  for (;;) {
    const response = await fetch(`${url}${API_PREFIX}${route}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 429) {
      counts.rateLimited += 1;
      await response.arrayBuffer();
      await sleep(Number(response.headers.get('retry-after') ?? 1) * 1000);
      continue;
    }
    if (response.status !== 200 && response.status !== 409)
      throw new Error(`${route}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
    return { status: response.status, json: await response.json() };
  }
}

async function timed(samples: number[], f: () => Promise<unknown>): Promise<void> {
  const t0 = performance.now();
  await f();
  samples.push(performance.now() - t0);
}

async function walkFlood(url: string, leadToken: string, tokens: string[], sizes: DeskBenchSizes) {
  const counts = { rateLimited: 0 };
  const opened = (
    await call(
      url,
      '/incidents',
      leadToken,
      { title: '전국 LTE 장애', holdingReply: '복구 중입니다.', topic: 'outage' },
      counts,
    )
  ).json as { id: string };
  // Posts written a minute apart before now, attached 500 at a time (the most one request takes).
  const base = BigInt(Date.now() - 86_400_000 - 1_288_834_974_657) << 22n;
  const posts = Array.from({ length: sizes.posts }, (_, i) => ({
    statusId: String(base + BigInt(i)),
    handle: `flood_${i}`,
  }));
  for (let i = 0; i < posts.length; i += 500)
    await call(url, `/incidents/${opened.id}/posts`, leadToken, { posts: posts.slice(i, i + 500) }, counts);
  await call(
    url,
    `/incidents/${opened.id}/resolve`,
    leadToken,
    { fixedReply: '복구되었습니다. 기다려 주셔서 감사합니다.' },
    counts,
  );

  const next: number[] = [];
  const fixed: number[] = [];
  const handed = new Map<string, number>();
  let conflicts = 0;
  const started = performance.now();
  await Promise.all(
    tokens.slice(0, sizes.walkers).map(async (token) => {
      for (;;) {
        let answer: ReturnType<typeof NextFixResponse.parse> | undefined;
        await timed(next, async () => {
          answer = NextFixResponse.parse((await call(url, `/incidents/${opened.id}/next`, token, {}, counts)).json);
        });
        const post = answer?.post;
        if (!post) return;
        handed.set(post.statusId, (handed.get(post.statusId) ?? 0) + 1);
        await timed(fixed, async () => {
          const r = await call(url, `/incidents/${opened.id}/fixed`, token, { statusId: post.statusId }, counts);
          if (r.status === 409) conflicts += 1;
          else FixedResponse.parse(r.json);
        });
      }
    }),
  );
  const wallMs = performance.now() - started;
  const listed = IncidentList.parse((await call(url, '/incidents', leadToken, undefined, counts)).json);
  const incident = listed.incidents.find((i) => i.id === opened.id);
  return {
    posts: sizes.posts,
    walkers: sizes.walkers,
    wallMs: round(wallMs, 0),
    postsPerSecond: round(handed.size / (wallMs / 1000), 1),
    next: ms(next),
    fixed: ms(fixed),
    handedTwice: [...handed.values()].filter((n) => n > 1).length,
    fixedByServer: incident?.fixed ?? -1,
    handedOut: handed.size,
    conflicts,
    rateLimited: counts.rateLimited,
  };
}

async function reportTimes(url: string, token: string, route: string, samples: number): Promise<Ms> {
  const times: number[] = [];
  const counts = { rateLimited: 0 };
  for (let i = 0; i < samples; i++) await timed(times, () => call(url, route, token, undefined, counts));
  return ms(times);
}

export async function benchDesk(
  engine: DeskFigures['engine'],
  sizes: DeskBenchSizes,
  log: (message: string) => void,
  databaseUrl?: string,
): Promise<DeskFigures> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'careline-desk-bench-'));
  const store: Store = databaseUrl ? { databaseUrl } : { dataDir: path.join(dir, 'data') };
  let teamId: string | undefined;
  const server = new ServerProcess({ store, port: await freePort() });
  try {
    log(`${engine}: seeding ${sizes.replies} replies by ${sizes.agents} agents over ${sizes.from}..${sizes.to}`);
    const seedStarted = performance.now();
    const team = await seedDesk(store, sizes);
    teamId = team.teamId;
    const seedMs = round(performance.now() - seedStarted, 0);
    await server.start();
    const url = server.url;
    const desk = (from: string) => `/lead/desk?from=${from}&to=${sizes.to}`;
    // Warm-up: the first requests compile code paths and fill caches.
    await reportTimes(url, team.leadToken, desk(sizes.from), 3);
    await reportTimes(url, team.leadToken, desk(sizes.weekFrom), 3);
    log(`${engine}: the report, ${sizes.reportSamples} times each over 92 days, 7 days and /me`);
    // Interleaved would mix their caches; each in its own run, the long one first and last.
    const reportMs = await reportTimes(url, team.leadToken, desk(sizes.from), sizes.reportSamples);
    const weekMs = await reportTimes(url, team.leadToken, desk(sizes.weekFrom), sizes.reportSamples);
    const meMs = await reportTimes(url, team.leadToken, '/me', sizes.reportSamples);
    const counts = { rateLimited: 0 };
    const full = (await call(url, desk(sizes.from), team.leadToken, undefined, counts)).json as {
      days: string[];
      repliesPerAgent: Array<{ total: number }>;
    };
    const replies = full.repliesPerAgent.reduce((sum, a) => sum + a.total, 0);
    log(`${engine}: report p50 ${reportMs.median} ms; flood of ${sizes.posts} posts, ${sizes.walkers} agents`);
    const walk = await walkFlood(url, team.leadToken, team.tokens, sizes);
    log(`${engine}: ${walk.postsPerSecond} posts/s, ${walk.handedTwice} handed twice, ${walk.fixedByServer} fixed`);
    return {
      engine,
      seedMs,
      walk,
      report: {
        days: full.days.length,
        replies,
        ms: reportMs,
        weekMs,
        meMs,
        ratioToWeek: round(reportMs.median / weekMs.median, 1),
        ratioToMe: round(reportMs.median / meMs.median, 1),
      },
    };
  } catch (error) {
    throw new Error(`${engine}: ${String(error)}; the server's last lines:\n${server.output()}`, { cause: error });
  } finally {
    await server.stop();
    if (databaseUrl && teamId) await dropDeskTeam(store, teamId);
    await rm(dir, { recursive: true, force: true });
  }
}
