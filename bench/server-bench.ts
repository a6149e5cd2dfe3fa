/**
 * The team server bench, per database engine: a team of 1,000 agents and 100,000 customers written
 * into the database, the server started as its own process (`server/cli.ts serve`), then ingest,
 * lookups, push → seen, and 1,000 agents each holding a long-poll, with the server's CPU time and
 * memory read from /proc to give per-unit costs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openDb } from '../server/db/db';
import { freePort, ServerProcess, type Store } from '../tests/server/support/server-process';
import { clusterCpuMs, parentPid, processCpuMs, rssKb } from './proc-stats';
import {
  customerId,
  holdLongPolls,
  measureIngest,
  measureLookups,
  measurePushToSeen,
  resent,
  type IngestFigures,
  type Latency,
  type LookupFigures,
  type Target,
} from './server-measure';
import { dropTeam, seedTeam } from './server-seed';
import { round } from './stats';

export interface ServerBenchSizes {
  customers: number;
  /** Agents holding a long-poll for the memory figure. */
  connected: number;
  ingestEvents: number;
  ingestAgents: number;
  ingestBatch: number;
  lookups: number;
  pushSamples: number;
  loadedPushSamples: number;
}

export const FULL: ServerBenchSizes = {
  customers: 100_000,
  connected: 1_000,
  ingestEvents: 20_000,
  ingestAgents: 20,
  ingestBatch: 100,
  lookups: 2_000,
  pushSamples: 200,
  loadedPushSamples: 10,
};
export const QUICK: ServerBenchSizes = {
  customers: 10_000,
  connected: 200,
  ingestEvents: 2_000,
  ingestAgents: 10,
  ingestBatch: 100,
  lookups: 200,
  pushSamples: 30,
  loadedPushSamples: 10,
};

export interface EngineFigures {
  engine: 'PGlite' | 'PostgreSQL';
  /** What the CPU figures count: the server process, plus the PostgreSQL cluster when it is on this machine. */
  cpuCounts: string;
  seedMs: number;
  idleRssKb: number;
  ingest: IngestFigures;
  lookup: LookupFigures;
  pushToSeen: Latency;
  connected: { agents: number; open: number; rssBeforeKb: number; rssKb: number; kbPerAgent: number };
  /** Server CPU per long-poll woken by a push to the team (it reads, finds nothing of its customers, waits again). */
  cpuMsPerWake: number;
  /** Push → seen while the connected agents hold their long-polls on other customers of the team. */
  pushToSeenLoaded: Latency;
  /** Requests the client sent again after a connection failed, and on which routes. */
  resentRequests: number;
  resentByPath: Record<string, number>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The postmaster of the cluster behind `url`, when it runs on this machine (its CPU time is readable). */
async function postmasterOf(url: string): Promise<number | undefined> {
  const db = await openDb({ databaseUrl: url });
  try {
    const [row] = await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return row ? parentPid(Number(row.pid)) : undefined;
  } finally {
    await db.close();
  }
}

/** Median of three readings a second apart: RSS moves with the garbage collector. */
async function settledRss(pid: number): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < 3; i++) {
    await sleep(1_000);
    readings.push(rssKb(pid));
  }
  return readings.sort((a, b) => a - b)[1] ?? 0;
}

export async function benchEngine(
  engine: EngineFigures['engine'],
  sizes: ServerBenchSizes,
  log: (message: string) => void,
  databaseUrl?: string,
): Promise<EngineFigures> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'careline-server-bench-'));
  const store: Store = databaseUrl ? { databaseUrl } : { dataDir: path.join(dir, 'data') };
  const agents = sizes.connected + 2;
  let teamId: string | undefined;
  const server = new ServerProcess({ store, port: await freePort() });
  try {
    log(`${engine}: seeding ${sizes.customers} customers and ${agents} agents`);
    const resentBefore = resent.count;
    const resentPathsBefore = { ...resent.byPath };
    const seedStarted = performance.now();
    const team = await seedTeam(store, agents, sizes.customers);
    teamId = team.teamId;
    const seedMs = round(performance.now() - seedStarted, 0);
    await server.start();
    const pid = server.pid ?? 0;
    const postmaster = databaseUrl ? await postmasterOf(databaseUrl) : undefined;
    const target: Target = {
      url: server.url,
      cpuMs: () => processCpuMs(pid) + (postmaster ? clusterCpuMs(postmaster) : 0),
    };
    const cpuCounts =
      engine === 'PGlite'
        ? 'the server process (PGlite runs inside it)'
        : postmaster
          ? 'the server process and the PostgreSQL cluster (postmaster and backends)'
          : 'the server process only (PostgreSQL is on another machine)';

    // Warm-up: the first requests compile code paths and fill caches.
    await measureLookups(target, team.tokens, { lookups: 50, customers: sizes.customers });
    const idleRssKb = await settledRss(pid);
    // Ingest and lookups use customers below `spare`; push → seen uses the untouched ones above it.
    const spare = sizes.customers - 10;
    log(`${engine}: ingest, ${sizes.ingestEvents} events by ${sizes.ingestAgents} agents`);
    const ingest = await measureIngest(target, team.tokens, {
      events: sizes.ingestEvents,
      agents: sizes.ingestAgents,
      batch: sizes.ingestBatch,
      customers: spare,
    });
    log(`${engine}: ${ingest.perSecond} events/s; ${sizes.lookups} lookups by handle`);
    const lookup = await measureLookups(target, team.tokens, { lookups: sizes.lookups, customers: sizes.customers });
    log(`${engine}: lookup p95 ${lookup.ms.p95} ms; push → seen, ${sizes.pushSamples} samples`);
    const [pusher, watcher] = team.tokens.slice(-2) as [string, string];
    const pushToSeen = await measurePushToSeen(target, pusher, watcher, spare + 1, sizes.pushSamples);

    log(`${engine}: push → seen p95 ${pushToSeen.p95} ms; ${sizes.connected} agents connect`);
    const rssBeforeKb = await settledRss(pid);
    const watched = await Promise.all([0, 1, 2, 3, 4].map((k) => customerId(target, pusher, k)));
    const polls = holdLongPolls(target, team.tokens.slice(0, sizes.connected), (a) => [
      watched[a % watched.length] ?? '',
    ]);
    try {
      const deadline = Date.now() + 60_000;
      while (polls.open() < sizes.connected && Date.now() < deadline) await sleep(100);
      await sleep(2_000);
      const connectedRss = await settledRss(pid);
      const open = polls.open();
      log(`${engine}: ${open} long-polls open; push → seen under them`);
      const cpuBefore = target.cpuMs();
      const pushToSeenLoaded = await measurePushToSeen(target, pusher, watcher, spare + 2, sizes.loadedPushSamples);
      // A push wakes only the pulls that asked about its customer: the CPU time per push and its one
      // woken pull, with the other long-polls waiting (when every push woke every pull, this grew with them).
      const cpuMsPerWake = round((target.cpuMs() - cpuBefore) / sizes.loadedPushSamples, 3);
      return {
        engine,
        cpuCounts,
        seedMs,
        idleRssKb,
        ingest,
        lookup,
        pushToSeen,
        connected: {
          agents: sizes.connected,
          open,
          rssBeforeKb,
          rssKb: connectedRss,
          kbPerAgent: round((connectedRss - rssBeforeKb) / sizes.connected, 1),
        },
        pushToSeenLoaded,
        cpuMsPerWake,
        resentRequests: resent.count - resentBefore,
        resentByPath: Object.fromEntries(
          Object.entries(resent.byPath).map(([p, n]) => [p, n - (resentPathsBefore[p] ?? 0)]),
        ),
      };
    } finally {
      await polls.stop();
    }
  } catch (error) {
    throw new Error(`${engine}: ${String(error)}; the server's last lines:\n${server.output()}`, { cause: error });
  } finally {
    await server.stop();
    if (databaseUrl && teamId) await dropTeam(store, teamId);
    await rm(dir, { recursive: true, force: true });
  }
}
