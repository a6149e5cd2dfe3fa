import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { handoffsRepo, type HandoffsRepo } from '@/utils/db/handoffs-repo';
import { deliverDue, leaseMs, type DeliveryDeps } from '@/utils/handoff/delivery';
import type { DeliveryOutcome, HandoffPayload } from '@/utils/handoff/types';
import { payload, settings } from './fixtures';
import { freshDbs } from '../fresh-db';

const freshDb = freshDbs('delivery');

const T0 = Date.parse('2026-11-29T05:03:00.000Z');
/** The pinned clock: a minute after the handoffs below were made. */
const NOW = T0 + 60_000;
const HOOK = settings({ webhookUrl: 'https://cc.example/hook' });
const LEASE = leaseMs(HOOK);
const SENT: DeliveryOutcome = { kind: 'sent', httpStatus: 201 };

/** Queues handoff `id` for `handle`, created `offset` ms after T0 (creation order is per-customer order). */
async function queue(repo: HandoffsRepo, handle: string, id: string, offset = 0, nextAttemptAt = T0 + offset) {
  const createdAt = new Date(T0 + offset).toISOString();
  return repo.create(
    {
      id,
      customerHandle: handle,
      createdAt,
      method: 'webhook',
      payload: payload({ id, createdAt }),
      status: 'queued',
      attempts: 0,
      nextAttemptAt,
    },
    { customerHandle: handle, kind: 'handoff', at: createdAt, text: id },
  );
}

type Post = DeliveryDeps['post'];

/** deliverDue with a fake receiver, a pinned clock and a predictable backoff. */
function deps(repo: HandoffsRepo, post: Post, extra: Partial<DeliveryDeps> = {}): DeliveryDeps {
  return {
    repo,
    settings: async () => HOOK,
    post,
    now: () => NOW,
    retryDelay: (attempts) => attempts * 1000,
    ...extra,
  };
}

/** A receiver that accepts everything, after a turn of the event loop, and records what it got. */
function recorder(answer: (p: HandoffPayload) => DeliveryOutcome = () => SENT) {
  const posted: string[] = [];
  const post = vi.fn<Post>(async (_s, p) => {
    posted.push(p.id);
    await new Promise((resolve) => setTimeout(resolve, 2));
    return answer(p);
  });
  return { posted, post };
}

describe('deliverDue: order and parallelism', () => {
  it("posts a customer's second handoff only after the first was sent", async () => {
    const repo = handoffsRepo(freshDb());
    await queue(repo, 'a', 'a1', 0);
    await queue(repo, 'a', 'a2', 1);
    await queue(repo, 'b', 'b1', 2);
    const statusOfA1WhenA2Posted: string[] = [];
    const { posted, post } = recorder();
    const checking: Post = async (s, p) => {
      if (p.id === 'a2') statusOfA1WhenA2Posted.push((await repo.get('a1'))?.status ?? 'missing');
      return post(s, p);
    };
    const run = await deliverDue(deps(repo, checking));
    expect(run).toEqual({ attempts: 3, sent: 3, failed: 0, nextWakeAt: undefined });
    expect(posted.indexOf('a1')).toBeLessThan(posted.indexOf('a2'));
    expect(statusOfA1WhenA2Posted).toEqual(['sent']);
    expect(posted.sort()).toEqual(['a1', 'a2', 'b1']);
  });

  it.each([1, 2, 4])(
    'posts for different customers in parallel, at most concurrency (%i) at once',
    async (concurrency) => {
      const repo = handoffsRepo(freshDb());
      for (let i = 0; i < 5; i++) await queue(repo, `c${i}`, `h${i}`, i);
      let inFlight = 0;
      let most = 0;
      let release: () => void = () => undefined;
      let full = new Promise<void>((resolve) => (release = resolve));
      const post: Post = async () => {
        most = Math.max(most, ++inFlight);
        if (inFlight >= concurrency) release();
        // Wait until the lanes are full (or a little while, for the last ones), so overlaps are seen.
        await Promise.race([full, new Promise((resolve) => setTimeout(resolve, 300))]);
        inFlight--;
        if (inFlight === 0) full = new Promise<void>((resolve) => (release = resolve));
        return SENT;
      };
      const run = await deliverDue(deps(repo, post, { concurrency }));
      expect(run.sent).toBe(5);
      expect(most).toBe(concurrency);
    },
  );

  it('never posts two handoffs of one customer at once', async () => {
    const repo = handoffsRepo(freshDb());
    for (let i = 0; i < 4; i++) await queue(repo, 'a', `a${i}`, i);
    let inFlight = 0;
    let most = 0;
    const { posted, post } = recorder();
    const counting: Post = async (s, p) => {
      most = Math.max(most, ++inFlight);
      const outcome = await post(s, p);
      inFlight--;
      return outcome;
    };
    await deliverDue(deps(repo, counting, { concurrency: 4 }));
    expect(most).toBe(1);
    expect(posted).toEqual(['a0', 'a1', 'a2', 'a3']);
  });
});

describe('deliverDue: outcomes', () => {
  it('retry: queued again at now + retryDelay(attempts, retryAfterMs), and the next one waits', async () => {
    const repo = handoffsRepo(freshDb());
    await queue(repo, 'a', 'a1', 0);
    await queue(repo, 'a', 'a2', 1);
    const retryDelay = vi.fn((attempts: number, retryAfterMs?: number) => attempts * 1000 + (retryAfterMs ?? 0));
    const { posted, post } = recorder(() => ({
      kind: 'retry',
      httpStatus: 503,
      message: 'HTTP 503: busy',
      retryAfterMs: 7000,
    }));
    const run = await deliverDue(deps(repo, post, { retryDelay }));
    expect(retryDelay).toHaveBeenCalledWith(1, 7000);
    expect(await repo.get('a1')).toMatchObject({
      status: 'queued',
      attempts: 1,
      nextAttemptAt: NOW + 8000,
      lastError: 'HTTP 503: busy',
    });
    expect(posted).toEqual(['a1']);
    expect(run).toEqual({ attempts: 1, sent: 0, failed: 0, nextWakeAt: NOW + 8000 });
    // Not due yet: nothing happens; then due: the same handoff again, second attempt.
    expect((await deliverDue(deps(repo, post, { retryDelay, now: () => NOW + 7999 }))).attempts).toBe(0);
    await deliverDue(deps(repo, post, { retryDelay, now: () => NOW + 8000 }));
    expect(retryDelay).toHaveBeenLastCalledWith(2, 7000);
    expect(await repo.get('a1')).toMatchObject({ attempts: 2, nextAttemptAt: NOW + 8000 + 9000 });
    expect(posted).toEqual(['a1', 'a1']);
  });

  it('nextWakeAt is the earliest head-of-line time, not a waiting later handoff', async () => {
    const repo = handoffsRepo(freshDb());
    await queue(repo, 'a', 'a1', 0, NOW + 5000);
    await queue(repo, 'a', 'a2', 1, NOW + 1000);
    await queue(repo, 'b', 'b1', 2, NOW + 3000);
    const { posted, post } = recorder();
    expect(await deliverDue(deps(repo, post))).toEqual({ attempts: 0, sent: 0, failed: 0, nextWakeAt: NOW + 3000 });
    expect(posted).toEqual([]);
    expect((await deliverDue(deps(handoffsRepo(freshDb()), post))).nextWakeAt).toBeUndefined();
  });

  it("a handoff that failed for good does not block that customer's next one", async () => {
    const repo = handoffsRepo(freshDb());
    await queue(repo, 'a', 'a1', 0);
    await queue(repo, 'a', 'a2', 1);
    const { posted, post } = recorder((p) =>
      p.id === 'a1' ? { kind: 'failed', httpStatus: 422, message: 'HTTP 422: bad case' } : SENT,
    );
    const run = await deliverDue(deps(repo, post));
    expect(run).toEqual({ attempts: 2, sent: 1, failed: 1, nextWakeAt: undefined });
    expect(posted).toEqual(['a1', 'a2']);
    expect(await repo.get('a1')).toMatchObject({
      status: 'failed',
      lastError: 'HTTP 422: bad case',
      lastHttpStatus: 422,
    });
    expect(await repo.get('a2')).toMatchObject({ status: 'sent' });
  });

  it('no webhook URL yet: nothing posted, nothing failed, the handoff waits for the settings to be saved', async () => {
    const repo = handoffsRepo(freshDb());
    await queue(repo, 'a', 'a1');
    const { post } = recorder();
    const run = await deliverDue(deps(repo, post, { settings: async () => settings({ webhookUrl: '' }) }));
    expect(post).not.toHaveBeenCalled();
    // No wake-up either: saving the settings (sendWaitingHandoffs) starts the next run.
    expect(run).toEqual({ attempts: 0, sent: 0, failed: 0 });
    expect(await repo.get('a1')).toMatchObject({ status: 'queued', attempts: 0 });
    expect((await repo.get('a1'))?.lastError).toBeUndefined();
  });

  it.each([
    ['rejects', (async () => Promise.reject(new Error('socket hang up'))) as Post],
    [
      'throws before returning a promise',
      (() => {
        throw new Error('socket hang up');
      }) as Post,
    ],
  ])('a post that %s is retried later, never lost', async (_name, post) => {
    const repo = handoffsRepo(freshDb());
    await queue(repo, 'a', 'a1');
    await queue(repo, 'b', 'b1');
    const run = await deliverDue(deps(repo, post));
    expect(run).toEqual({ attempts: 2, sent: 0, failed: 0, nextWakeAt: NOW + 1000 });
    expect(await repo.get('a1')).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAt: NOW + 1000 });
    expect((await repo.get('a1'))?.lastError).toContain('socket hang up');
    expect(await repo.get('b1')).toMatchObject({ status: 'queued', attempts: 1 });
  });
});

describe('deliverDue: at-least-once with one id', () => {
  it('two overlapping runs on one database post every handoff exactly once, in order', async () => {
    const name = `delivery-shared-${Math.random()}`;
    // Two connections, as two extension contexts (or a restarted worker) would have.
    const first = handoffsRepo(freshDb(name));
    const second = handoffsRepo(freshDb(name));
    const ids: string[] = [];
    for (const c of ['a', 'b', 'c'])
      for (let i = 0; i < 3; i++) ids.push((await queue(first, c, `${c}${i}`, i * 10 + c.charCodeAt(0))).id);
    const { posted, post } = recorder();
    const runs = await Promise.all([
      deliverDue(deps(first, post, { concurrency: 2 })),
      deliverDue(deps(second, post, { concurrency: 3 })),
    ]);
    expect(runs[0]!.sent + runs[1]!.sent).toBe(ids.length);
    const counts = Object.fromEntries(ids.map((id) => [id, posted.filter((p) => p === id).length]));
    expect(counts).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
    for (const c of ['a', 'b', 'c']) expect(posted.filter((p) => p.startsWith(c))).toEqual([`${c}0`, `${c}1`, `${c}2`]);
    expect(await first.pending()).toEqual([]);
  });

  it('a late answer from an attempt that was taken over does not undo the newer attempt', async () => {
    const repo = handoffsRepo(freshDb());
    await queue(repo, 'a', 'a1');
    let t = NOW;
    const answer: ((o: DeliveryOutcome) => void)[] = [];
    const post: Post = () => new Promise((resolve) => answer.push(resolve));
    const stalled = deliverDue(deps(repo, post, { now: () => t }));
    await vi.waitFor(() => expect(answer).toHaveLength(1));
    t = NOW + LEASE; // the first attempt's lease ran out: the next run takes the handoff over
    const takeover = deliverDue(deps(repo, post, { now: () => t }));
    await vi.waitFor(() => expect(answer).toHaveLength(2));
    answer[0]!({ kind: 'retry', message: 'The receiver did not answer in time' });
    await stalled;
    expect(await repo.get('a1')).toMatchObject({ status: 'sending', attempts: 2 });
    answer[1]!({ kind: 'sent', httpStatus: 201, ticketId: 'T-2' });
    await takeover;
    expect(await repo.get('a1')).toMatchObject({ status: 'sent', attempts: 2, ticketId: 'T-2' });
  });

  it('an attempt whose worker stopped is posted again after the lease, with the same payload and id', async () => {
    const repo = handoffsRepo(freshDb());
    const created = await queue(repo, 'a', 'a1');
    await queue(repo, 'a', 'a2', 1);
    // The crash: claimed (the POST may have reached the receiver), never settled.
    expect(await repo.claim('a1', NOW, LEASE)).toBeDefined();
    const got: HandoffPayload[] = [];
    const { post } = recorder((p) => (got.push(p), { kind: 'sent', httpStatus: 200, ticketId: 'T-1' }));
    const early = await deliverDue(deps(repo, post, { now: () => NOW + LEASE - 1 }));
    expect(early).toEqual({ attempts: 0, sent: 0, failed: 0, nextWakeAt: NOW + LEASE });
    expect(got).toEqual([]);
    const leases: number[] = [];
    const later = await deliverDue(
      deps(repo, post, { now: () => NOW + LEASE, onLease: (until) => void leases.push(until) }),
    );
    expect(later).toMatchObject({ attempts: 2, sent: 2 });
    expect(got.map((p) => p.id)).toEqual(['a1', 'a2']);
    expect(got[0]).toEqual(created.payload);
    expect(leases).toEqual([NOW + 2 * LEASE, NOW + 2 * LEASE]);
    expect(await repo.get('a1')).toMatchObject({ status: 'sent', attempts: 2, ticketId: 'T-1' });
  });
});
