/**
 * The presence bench: simulated agents (Node WebSocket clients speaking the panel's protocol) on a
 * team server in its own process. Latency: agent A of a pair changes state (viewing ⇄ replying) and
 * the clock runs until A's colleague B on the same post receives it, with every other agent
 * connected and a background of other pairs changing state; once on localhost, once through a proxy
 * adding 100 ms each way between the agents and the server. Cost: the server's resident memory and
 * CPU time for 1,000 live connections (connecting them, then half a minute of them idling with pings).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { startDelayProxyProcess } from './delay-proxy';
import { processCpuMs } from './proc-stats';
import { percentile } from './stats';
import { TEST_EXTENSION_ORIGIN } from '../server/testing-live';
import {
  LIVE_PATH,
  LiveServerMessage,
  LiveTicketResponse,
  presenceSubject,
  type PresenceState,
} from '../utils/team/live-wire';
import { API_PREFIX, JoinResponse } from '../utils/team/wire';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface PresenceSizes {
  agents: number;
  samples: number;
  delayedSamples: number;
  connections: number;
  idleMs: number;
}
export const PRESENCE_FULL: PresenceSizes = {
  agents: 200,
  samples: 300,
  delayedSamples: 150,
  connections: 1000,
  idleMs: 30_000,
};
export const PRESENCE_QUICK: PresenceSizes = {
  agents: 40,
  samples: 30,
  delayedSamples: 15,
  connections: 200,
  idleMs: 5_000,
};

export interface LatencyFigures {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export interface PresenceFigures {
  sizes: PresenceSizes;
  engine: 'PGlite' | 'PostgreSQL';
  plain: LatencyFigures;
  delayed: LatencyFigures;
  delayMs: number;
  /** heapMB: the V8 heap the connections add, per 1,000 (PGlite's memory, outside it, moves on its own); rssMB: the server's whole resident size with them. */
  perThousand: { heapMB: number; rssMB: number; connectCpuMs: number; idleCpuPercent: number; idleMs: number };
}

interface Agent {
  token: string;
  agentId: string;
}

class SimAgent {
  private listeners = new Set<(m: LiveServerMessage) => void>();
  constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const m = LiveServerMessage.parse(JSON.parse(data.toString()));
      for (const l of [...this.listeners]) l(m);
    });
  }
  send(m: unknown) {
    this.ws.send(JSON.stringify(m));
  }
  waitFor(match: (m: LiveServerMessage) => boolean, timeoutMs = 15_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(l);
        reject(new Error('presence bench: no message in time'));
      }, timeoutMs);
      const l = (m: LiveServerMessage) => {
        if (!match(m)) return;
        clearTimeout(timer);
        this.listeners.delete(l);
        resolve();
      };
      this.listeners.add(l);
    });
  }
}

interface Memory {
  rss: number;
  heapUsed: number;
  external: number;
}

async function startBenchServer(agents: number, databaseUrl?: string) {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'bench/presence-server.ts', String(agents)],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, BENCH_DATABASE_URL: databaseUrl ?? '' },
    },
  );
  const info = await new Promise<{ url: string; pid: number; teamId: string; codes: string[] }>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line && out.includes('\n', out.indexOf(line))) resolve(JSON.parse(line));
    });
    child.once('exit', (code) => reject(new Error(`presence bench server exited (${code})`)));
  });
  let lines = '';
  const memoryWaiters: ((m: Memory) => void)[] = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    lines += chunk.toString();
    let at;
    while ((at = lines.indexOf('\n')) >= 0) {
      const line = lines.slice(0, at);
      lines = lines.slice(at + 1);
      if (line.startsWith('{"memory"')) memoryWaiters.shift()?.((JSON.parse(line) as { memory: Memory }).memory);
    }
  });
  /** A full collection in the server, then its memory in use. */
  const memory = () =>
    new Promise<Memory>((resolve) => {
      memoryWaiters.push(resolve);
      child.kill('SIGUSR2');
    });
  return { ...info, child, memory };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function join(url: string, code: string): Promise<Agent> {
  const r = await fetch(`${url}${API_PREFIX}/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ inviteCode: code }),
  });
  const joined = JoinResponse.parse(await r.json());
  return { token: joined.token, agentId: joined.agent.id };
}

async function connect(httpUrl: string, wsBase: string, agent: Agent): Promise<SimAgent> {
  const t = await fetch(`${httpUrl}${API_PREFIX}/live/ticket`, {
    method: 'POST',
    headers: { authorization: `Bearer ${agent.token}` },
  });
  const { ticket } = LiveTicketResponse.parse(await t.json());
  const ws = new WebSocket(wsBase + LIVE_PATH, { origin: TEST_EXTENSION_ORIGIN });
  const sim = new SimAgent(ws);
  const welcomed = sim.waitFor((m) => m.type === 'welcome');
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  sim.send({ type: 'hello', ticket });
  await welcomed;
  return sim;
}

/** Pairs on one post each; every sample flips one pair's A and times until B hears it. */
async function latency(
  httpUrl: string,
  wsBase: string,
  agents: Agent[],
  teamId: string,
  samples: number,
): Promise<LatencyFigures> {
  const sims: SimAgent[] = [];
  for (let i = 0; i < agents.length; i += 20) {
    sims.push(...(await Promise.all(agents.slice(i, i + 20).map((a) => connect(httpUrl, wsBase, a)))));
  }
  const pairs = Math.floor(sims.length / 2);
  const subjects = await Promise.all(
    Array.from({ length: pairs }, (_, i) =>
      presenceSubject(teamId, 'post', String(1_800_000_000_000_000_000n + BigInt(i))),
    ),
  );
  const states: PresenceState[] = Array.from({ length: pairs }, () => 'viewing');
  // Every pair settles on its post at once (one round trip, not one per pair through the proxy).
  const settled = Array.from({ length: pairs }, (_, i) => {
    const seen = sims[2 * i + 1]!.waitFor((m) => m.type === 'presence' && m.people.length > 0);
    sims[2 * i + 1]!.send({ type: 'presence', subjects: [subjects[i]], state: 'viewing' });
    return seen;
  });
  for (let i = 0; i < pairs; i++) sims[2 * i]!.send({ type: 'presence', subjects: [subjects[i]], state: 'viewing' });
  await Promise.all(settled);
  // Background: other pairs change state, 20 changes a second across the team.
  let measured = -1;
  const background = setInterval(() => {
    const i = Math.floor(Math.random() * pairs);
    if (i === measured) return;
    states[i] = states[i] === 'viewing' ? 'replying' : 'viewing';
    sims[2 * i]!.send({ type: 'presence', subjects: [subjects[i]], state: states[i] });
  }, 50);
  const times: number[] = [];
  try {
    for (let s = 0; s < samples; s++) {
      const i = s % pairs;
      measured = i;
      const a = sims[2 * i]!;
      const b = sims[2 * i + 1]!;
      const next: PresenceState = states[i] === 'viewing' ? 'replying' : 'viewing';
      const agentId = agents[2 * i]!.agentId;
      const heard = b.waitFor(
        (m) => m.type === 'presence' && m.people.some((p) => p.agentId === agentId && p.state === next),
      );
      const t0 = performance.now();
      a.send({ type: 'presence', subjects: [subjects[i]], state: next });
      await heard;
      times.push(performance.now() - t0);
      states[i] = next;
      measured = -1;
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    clearInterval(background);
    for (const sim of sims) sim.ws.terminate();
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    n: times.length,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    max: round(Math.max(...times)),
  };
}

export async function benchPresence(options: {
  quick: boolean;
  databaseUrl?: string;
  log: (message: string) => void;
}): Promise<PresenceFigures> {
  const sizes = options.quick ? PRESENCE_QUICK : PRESENCE_FULL;
  const delayMs = 100;
  const { plain, delayed } = await withServer(sizes.agents, options.databaseUrl, async (server, agents) => {
    const wsBase = server.url.replace(/^http/, 'ws');
    options.log(`presence: ${sizes.agents} agents, ${sizes.samples} samples on localhost`);
    const plain = await latency(server.url, wsBase, agents, server.teamId, sizes.samples);
    const proxy = await startDelayProxyProcess(Number(new URL(server.url).port), delayMs);
    try {
      options.log(`presence: ${sizes.delayedSamples} samples with ${delayMs} ms added each way`);
      const through = `ws://127.0.0.1:${proxy.port}`;
      return { plain, delayed: await latency(server.url, through, agents, server.teamId, sizes.delayedSamples) };
    } finally {
      await proxy.close();
    }
  });
  // A fresh server process for the cost, so the latency runs' garbage does not blur its memory.
  const perThousand = await withServer(sizes.agents, options.databaseUrl, async (server, agents) => {
    options.log(`presence: ${sizes.connections} live connections, then ${sizes.idleMs / 1000} s idle`);
    const wsBase = server.url.replace(/^http/, 'ws');
    const settle = () => new Promise((r) => setTimeout(r, 1_000));
    await settle();
    const before = await server.memory();
    const cpuBefore = processCpuMs(server.pid);
    const sims: SimAgent[] = [];
    for (let round = 0; round < Math.ceil(sizes.connections / sizes.agents); round++) {
      for (let i = 0; i < agents.length; i += 25) {
        sims.push(...(await Promise.all(agents.slice(i, i + 25).map((a) => connect(server.url, wsBase, a)))));
      }
    }
    const subjects = await Promise.all(
      sims.map((_, i) => presenceSubject(server.teamId, 'post', String(1_900_000_000_000_000_000n + BigInt(i >> 1)))),
    );
    sims.forEach((sim, i) => sim.send({ type: 'presence', subjects: [subjects[i]], state: 'viewing' }));
    const pings = setInterval(() => sims.forEach((s) => s.send({ type: 'ping' })), 20_000);
    await settle();
    const cpuConnected = processCpuMs(server.pid);
    const connected = await server.memory();
    await new Promise((r) => setTimeout(r, sizes.idleMs));
    const cpuIdle = processCpuMs(server.pid) - cpuConnected;
    clearInterval(pings);
    for (const sim of sims) sim.ws.terminate();
    const scale = 1000 / sims.length;
    return {
      heapMB: Math.round(((connected.heapUsed - before.heapUsed) / 2 ** 20) * scale * 10) / 10,
      rssMB: Math.round((connected.rss / 2 ** 20) * 10) / 10,
      connectCpuMs: Math.round((cpuConnected - cpuBefore) * scale),
      idleCpuPercent: Math.round(((cpuIdle * scale) / sizes.idleMs) * 1000) / 10,
      idleMs: sizes.idleMs,
    };
  });
  return { sizes, engine: options.databaseUrl ? 'PostgreSQL' : 'PGlite', plain, delayed, delayMs, perThousand };
}

async function withServer<T>(
  count: number,
  databaseUrl: string | undefined,
  fn: (server: { url: string; pid: number; teamId: string; memory(): Promise<Memory> }, agents: Agent[]) => Promise<T>,
): Promise<T> {
  const server = await startBenchServer(count, databaseUrl);
  try {
    const agents: Agent[] = [];
    for (const code of server.codes) agents.push(await join(server.url, code));
    return await fn(server, agents);
  } finally {
    await stop(server.child);
  }
}
