/**
 * A simulated agent for the reliability test: pushes its events in batches through `call` (same
 * clientIds on every retry) and follows the customers it keeps with /sync and a cursor, the way the
 * extension's outbox and puller do, keeping everything it pulled so the test can compare histories.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  LookupResponse,
  PushResponse,
  SyncResponse,
  type EventKind,
  type NewEvent,
  type TeamEvent,
} from '../../../utils/team/wire';
import { call, newStats, type CallOptions } from './wire-client';

const KINDS: EventKind[] = ['note', 'tag-added', 'tag-removed', 'reply-sent', 'handoff'];
const TAGS = ['vip', 'refund', '해지방어', 'outage'];

/** A small seeded generator, so a failing run can be replayed with the same events. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` events by agent `agent` about the given handles: every kind, Korean text, a few tags. */
export function makeEvents(agent: number, count: number, handles: string[]): NewEvent[] {
  const random = seededRandom(agent + 1);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  return Array.from({ length: count }, (_, j): NewEvent => {
    const kind = pick(KINDS);
    const base = { clientId: randomUUID(), customer: { handle: pick(handles) }, kind, at: new Date().toISOString() };
    if (kind === 'tag-added' || kind === 'tag-removed') return { ...base, tag: pick(TAGS) };
    const text = `상담원 ${agent}의 ${j}번째 기록 · note ${j} 🙂`;
    if (kind === 'reply-sent') return { ...base, text, statusId: String(1_990_000_000_000_000_000n + BigInt(j)) };
    if (kind === 'handoff') return { ...base, text, handoffId: `H-${agent}-${j}` };
    return { ...base, text };
  });
}

/** The part of an event every copy must agree on, one line each, in server order. */
export interface HistoryLine {
  seq: string;
  clientId: string;
  kind: string;
  text: string | null;
  tag: string | null;
}

export function checksum(lines: HistoryLine[]): string {
  const hash = createHash('sha256');
  for (const l of lines) hash.update(`${JSON.stringify([l.seq, l.clientId, l.kind, l.text, l.tag])}\n`);
  return hash.digest('hex');
}

/** Tags as events leave them, decided by server order (the list must be in seq order). */
export function tagState(lines: HistoryLine[], crmTags: string[] = []): string[] {
  const tags = new Set(crmTags);
  for (const l of lines) {
    if (l.kind === 'tag-added' && l.tag) tags.add(l.tag);
    if (l.kind === 'tag-removed' && l.tag) tags.delete(l.tag);
  }
  return [...tags].sort();
}

export class SimAgent {
  readonly stats = newStats();
  /** Pulled events per server customer id, in the order /sync gave them. */
  readonly history = new Map<string, TeamEvent[]>();
  /** The seq the server gave each pushed clientId, and how many it said it had already. */
  readonly acked = new Map<string, string>();
  duplicates = 0;
  syncCalls = 0;
  private cursor = '0';

  constructor(
    readonly serverUrl: string,
    readonly token: string,
    readonly name: string,
    private readonly deadline: number,
  ) {}

  private options(extra: Partial<CallOptions> = {}): CallOptions {
    return { token: this.token, deadline: this.deadline, stats: this.stats, ...extra };
  }

  /** Pushes `events` in batches of `batchSize`, each retried until the server answers it. */
  async push(events: NewEvent[], batchSize: number, onAcked: (n: number) => void = () => undefined): Promise<void> {
    for (let i = 0; i < events.length; i += batchSize) {
      const batch = events.slice(i, i + batchSize);
      const answer = await call(this.serverUrl, '/events', { events: batch }, PushResponse, this.options());
      if (answer.results.length !== batch.length) throw new Error(`${this.name}: ${answer.results.length} results`);
      answer.results.forEach((r, k) => {
        if (r.clientId !== batch[k]?.clientId) throw new Error(`${this.name}: results out of order`);
        this.acked.set(r.clientId, r.seq);
        if (r.duplicate) this.duplicates += 1;
      });
      onAcked(batch.length);
    }
  }

  async lookup(handle: string): Promise<LookupResponse> {
    return call(this.serverUrl, '/customers/lookup', { customer: { handle } }, LookupResponse, this.options());
  }

  /** One /sync; returns how many events it brought. */
  async syncOnce(customerIds: string[], waitMs: number): Promise<number> {
    this.syncCalls += 1;
    const answer = await call(
      this.serverUrl,
      '/sync',
      { customerIds, after: this.cursor, waitMs },
      SyncResponse,
      this.options({ tryTimeoutMs: waitMs + 30_000 }),
    );
    for (const e of answer.events) {
      const list = this.history.get(e.customerId) ?? [];
      list.push(e);
      this.history.set(e.customerId, list);
    }
    if (BigInt(answer.cursor) < BigInt(this.cursor)) throw new Error(`${this.name}: the cursor went back`);
    this.cursor = answer.cursor;
    return answer.events.length;
  }

  /** Long-polls while `busy()` holds, as a panel showing these customers does. */
  async follow(customerIds: string[], busy: () => boolean, waitMs: number): Promise<void> {
    while (busy()) await this.syncOnce(customerIds, waitMs);
  }

  /** Pulls until the server has nothing newer. */
  async catchUp(customerIds: string[]): Promise<void> {
    while ((await this.syncOnce(customerIds, 0)) > 0) {
      // Each answer may be one page of many: ask again until an empty one.
    }
  }

  lines(customerId: string): HistoryLine[] {
    return (this.history.get(customerId) ?? []).map((e) => ({
      seq: e.seq,
      clientId: e.clientId,
      kind: e.kind,
      text: e.text,
      tag: e.tag,
    }));
  }
}
