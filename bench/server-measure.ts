/**
 * The server bench's measurements, each over HTTP on localhost against a server in its own process
 * (so its CPU time and memory are its own): ingest rate, lookup latency, push on one agent → seen by
 * another's long-poll, and many agents holding a long-poll open.
 */
import { randomUUID } from 'node:crypto';
import {
  API_PREFIX,
  LookupResponse,
  PushResponse,
  SyncResponse,
  type NewEvent,
  type EventKind,
} from '../utils/team/wire';
import { benchHandle } from './server-seed';
import { percentile, round, summarize, type Summary } from './stats';

/** The server under measurement: where it answers, and its CPU time so far (ms, database included). */
export interface Target {
  url: string;
  cpuMs: () => number;
}

export type Latency = Summary & { p99: number };

function latency(samples: number[]): Latency {
  const s = summarize(samples);
  const r = (n: number) => round(n, 2);
  return {
    n: s.n,
    min: r(s.min),
    median: r(s.median),
    p95: r(s.p95),
    p99: r(percentile(samples, 99)),
    max: r(s.max),
    mean: r(s.mean),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Requests sent again after a connection failed (e.g. a keep-alive connection the server had just closed). */
export const resent = { count: 0, byPath: {} as Record<string, number> };

/**
 * One API call; a 429 waits as Retry-After says, a failed connection is tried again (every call here
 * is safe to repeat: pushes by clientId), anything else not 2xx ends the bench.
 */
async function post<T>(
  url: string,
  path: string,
  token: string,
  body: unknown,
  parse: (json: unknown) => T,
  signal?: AbortSignal,
): Promise<T> {
  for (let failures = 0; ;) {
    let response: Response;
    try {
      response = await fetch(`${url}${API_PREFIX}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal,
      });
    } catch (error) {
      if (signal?.aborted || ++failures > 3) throw error;
      resent.count += 1;
      resent.byPath[path] = (resent.byPath[path] ?? 0) + 1;
      continue;
    }
    if (response.status === 429) {
      await response.arrayBuffer();
      await sleep(Number(response.headers.get('retry-after') ?? 1) * 1000);
      continue;
    }
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
    return parse(await response.json());
  }
}

const KINDS: EventKind[] = ['note', 'tag-added', 'reply-sent', 'note', 'tag-removed'];

function benchEvent(customer: number, n: number): NewEvent {
  const kind = KINDS[n % KINDS.length] ?? 'note';
  const base = {
    clientId: randomUUID(),
    customer: { handle: benchHandle(customer) },
    kind,
    at: new Date().toISOString(),
  };
  if (kind === 'tag-added' || kind === 'tag-removed') return { ...base, tag: n % 2 ? 'vip' : '요금문의' };
  return { ...base, text: `요금제 변경 문의, 다음 달부터 적용 안내함 (${n})` };
}

export interface IngestFigures {
  events: number;
  agents: number;
  batch: number;
  wallMs: number;
  perSecond: number;
  cpuMs: number;
  cpuMsPerEvent: number;
  /** Each push request's time, client side. */
  pushMs: Latency;
}

/** `agents` agents push `events` events in batches at the same time, about random known customers. */
export async function measureIngest(
  target: Target,
  tokens: string[],
  options: { events: number; agents: number; batch: number; customers: number },
): Promise<IngestFigures> {
  const perAgent = Math.ceil(options.events / options.agents);
  const pushMs: number[] = [];
  const cpuBefore = target.cpuMs();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.agents }, async (_, a) => {
      const token = tokens[a % tokens.length] ?? '';
      for (let i = 0; i < perAgent; i += options.batch) {
        const events = Array.from({ length: Math.min(options.batch, perAgent - i) }, (_, k) =>
          benchEvent(Math.floor(Math.random() * options.customers), i + k),
        );
        const t0 = performance.now();
        await post(target.url, '/events', token, { events }, (j) => PushResponse.parse(j));
        pushMs.push(performance.now() - t0);
      }
    }),
  );
  const wallMs = performance.now() - started;
  const cpuMs = target.cpuMs() - cpuBefore;
  const events = perAgent * options.agents;
  return {
    events,
    agents: options.agents,
    batch: options.batch,
    wallMs: round(wallMs, 0),
    perSecond: round(events / (wallMs / 1000), 0),
    cpuMs,
    cpuMsPerEvent: round(cpuMs / events, 3),
    pushMs: latency(pushMs),
  };
}

export interface LookupFigures {
  lookups: number;
  found: number;
  ms: Latency;
  cpuMsPerLookup: number;
}

/** Lookups by handle one after another (latency, not throughput), by many agents in turn. */
export async function measureLookups(
  target: Target,
  tokens: string[],
  options: { lookups: number; customers: number },
): Promise<LookupFigures> {
  const samples: number[] = [];
  let found = 0;
  const cpuBefore = target.cpuMs();
  for (let i = 0; i < options.lookups; i++) {
    const handle = benchHandle(Math.floor(Math.random() * options.customers));
    const token = tokens[i % tokens.length] ?? '';
    const t0 = performance.now();
    const answer = await post(target.url, '/customers/lookup', token, { customer: { handle } }, (j) =>
      LookupResponse.parse(j),
    );
    samples.push(performance.now() - t0);
    if (answer.customer?.handle === handle.toLowerCase()) found += 1;
  }
  const cpuMs = target.cpuMs() - cpuBefore;
  return { lookups: options.lookups, found, ms: latency(samples), cpuMsPerLookup: round(cpuMs / options.lookups, 3) };
}

/** The server's id of bench customer `i` (a lookup, as the card makes). */
export async function customerId(target: Target, token: string, i: number): Promise<string> {
  const answer = await post(target.url, '/customers/lookup', token, { customer: { handle: benchHandle(i) } }, (j) =>
    LookupResponse.parse(j),
  );
  if (!answer.customer) throw new Error(`bench customer ${i} is not on the server`);
  return answer.customer.id;
}

/**
 * Agent A pushes a note about customer `i`; agent B, long-polling /sync for that customer, gets it.
 * Time from A's request leaving to B's answer holding the event, `samples` times in turn.
 */
export async function measurePushToSeen(
  target: Target,
  pusher: string,
  watcher: string,
  i: number,
  samples: number,
): Promise<Latency> {
  const id = await customerId(target, watcher, i);
  const first = await post(target.url, '/sync', watcher, { customerIds: [id], after: '0', waitMs: 0 }, (j) =>
    SyncResponse.parse(j),
  );
  let cursor = first.cursor;
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const event = benchEvent(i, s);
    const seen = (async () => {
      for (;;) {
        const answer = await post(
          target.url,
          '/sync',
          watcher,
          { customerIds: [id], after: cursor, waitMs: 20_000 },
          (j) => SyncResponse.parse(j),
        );
        cursor = answer.cursor;
        if (answer.events.some((e) => e.clientId === event.clientId)) return performance.now();
      }
    })();
    // Let the long-poll reach the server and wait there, as an agent's panel does all day.
    await sleep(30);
    const pushedAt = performance.now();
    await post(target.url, '/events', pusher, { events: [event] }, (j) => PushResponse.parse(j));
    times.push((await seen) - pushedAt);
  }
  return latency(times);
}

/** Agents that each keep one long-poll /sync open (re-asking when it answers), until `stop`. */
export function holdLongPolls(target: Target, tokens: string[], customerIds: (agent: number) => string[]) {
  // One controller per agent: a signal shared by a thousand requests collects their abort listeners.
  const controllers = tokens.map(() => new AbortController());
  let stopped = false;
  let open = 0;
  let answered = 0;
  let failure: unknown;
  const loops = tokens.map(async (token, a) => {
    const signal = controllers[a]?.signal;
    let after = '0';
    while (!stopped) {
      open += 1;
      try {
        const answer = await post(
          target.url,
          '/sync',
          token,
          { customerIds: customerIds(a), after, waitMs: 25_000 },
          (j) => SyncResponse.parse(j),
          signal,
        );
        after = answer.cursor;
        answered += 1;
      } catch (error) {
        // Kept for `stop` to report: a rejected loop nobody awaits yet would end the process.
        if (!stopped) failure ??= error;
        stopped = true;
      } finally {
        open -= 1;
      }
    }
  });
  return {
    open: () => open,
    answered: () => answered,
    async stop() {
      stopped = true;
      for (const c of controllers) c.abort();
      await Promise.all(loops);
      if (failure) throw failure;
    },
  };
}
