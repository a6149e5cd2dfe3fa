// @vitest-environment node
import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { startReceiver, type Receiver, type ReceiverOptions } from '../../../examples/handoff-receiver/server';
import type { HandoffPayload } from '@/utils/handoff/types';

const SECRET = 's3cret-키';
const open: Receiver[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

async function receiver(options: Partial<ReceiverOptions> = {}): Promise<Receiver> {
  const r = await startReceiver({ port: 0, ...options });
  open.push(r);
  return r;
}

function payload(overrides: Record<string, unknown> = {}): HandoffPayload & Record<string, unknown> {
  return {
    format: 'careline-handoff',
    version: 1,
    id: randomUUID(),
    createdAt: '2026-11-30T09:00:00.000Z',
    agent: { name: '상담원 A' },
    customer: { handle: 'minji_kim', name: '김민지', phone: '010-1234-5678', attributes: { 등급: 'VIP' } },
    conversation: {
      url: 'https://x.com/minji_kim/status/1',
      statusId: '1',
      text: '요금이 두 번 청구됐어요',
      lang: 'ko',
    },
    reason: '요금 · Billing',
    priority: 'high',
    note: '고객이 통화를 원함',
    history: [{ at: '2026-11-30T08:59:00.000Z', kind: 'reply', text: '확인하겠습니다' }],
    ...overrides,
  };
}

const sign = (body: string, secret = SECRET) =>
  `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;

interface PostOptions {
  body?: string;
  key?: string | null;
  headers?: Record<string, string>;
  secret?: string;
  timeoutMs?: number;
}

/** POSTs like Careline does: the Idempotency-Key is the payload's id unless a test says otherwise. */
function post(r: Receiver, data: HandoffPayload | Record<string, unknown>, opts: PostOptions = {}): Promise<Response> {
  const body = opts.body ?? JSON.stringify(data);
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...opts.headers };
  const key = opts.key === undefined ? (data as { id?: string }).id : opts.key;
  if (key !== null && key !== undefined) headers['Idempotency-Key'] = key;
  if (opts.secret) headers['X-Careline-Signature'] = sign(body, opts.secret);
  return fetch(r.webhookUrl, { method: 'POST', headers, body, signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000) });
}

describe('signature', () => {
  it('accepts a body signed with the secret, including non-ASCII text', async () => {
    const r = await receiver({ secret: SECRET });
    const res = await post(r, payload(), { secret: SECRET });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ ticketId: 'CL-000001' });
  });

  it('refuses a wrong signature and a missing one with 401, storing nothing', async () => {
    const r = await receiver({ secret: SECRET });
    const wrong = await post(r, payload(), { secret: 'other' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'signature does not match' });
    const missing = await post(r, payload());
    expect(missing.status).toBe(401);
    expect((await missing.json()).error).toMatch(/X-Careline-Signature.*missing/);
    expect(r.cases()).toHaveLength(0);
    expect(r.stats()).toMatchObject({ posts: 2, rejected: 2, stored: 0 });
  });

  it('checks the raw bytes: the same JSON re-serialised does not match', async () => {
    const r = await receiver({ secret: SECRET });
    const p = payload();
    const res = await post(r, p, {
      body: JSON.stringify(p, null, 2),
      headers: { 'X-Careline-Signature': sign(JSON.stringify(p)) },
    });
    expect(res.status).toBe(401);
  });
});

describe('idempotency', () => {
  it('answers a replay with the same ticket and keeps one case', async () => {
    const r = await receiver();
    const p = payload({ callbackPhone: '+82 10 9999 0000' });
    const first = await post(r, p);
    expect(first.status).toBe(201);
    const { ticketId } = (await first.json()) as { ticketId: string };
    const again = await post(r, p);
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.json()).toMatchObject({ ticketId, replayed: true, attempts: 2 });

    const cases = r.cases();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ ticketId, idempotencyKey: p.id, attempts: 2 });
    // Unknown fields are the call center's business: kept as sent.
    expect(cases[0]?.payload.callbackPhone).toBe('+82 10 9999 0000');
    expect(r.stats()).toMatchObject({ posts: 2, stored: 1, replays: 1 });
  });

  it('remembers the key across a restart when the cases are in a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'receiver-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const dbPath = join(dir, 'cases.sqlite');
    const p = payload();
    const before = await startReceiver({ port: 0, dbPath });
    const { ticketId } = (await (await post(before, p)).json()) as { ticketId: string };
    await before.close();
    const after = await receiver({ dbPath });
    expect(await (await post(after, p)).json()).toMatchObject({ ticketId, replayed: true });
    expect(after.cases()).toHaveLength(1);
  });

  it('numbers new cases with the prefix', async () => {
    const r = await receiver({ ticketPrefix: 'CC' });
    await post(r, payload());
    const second = await post(r, payload());
    expect(await second.json()).toMatchObject({ ticketId: 'CC-000002' });
  });
});

describe('refusals', () => {
  it('413 over 1 MB', async () => {
    const r = await receiver();
    const res = await post(r, payload({ note: 'x'.repeat(1024 * 1024) }));
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/larger than/);
  });

  it('415 when the body is not declared JSON', async () => {
    const r = await receiver();
    const res = await post(r, payload(), { headers: { 'Content-Type': 'text/plain' } });
    expect(res.status).toBe(415);
  });

  it('400 without an Idempotency-Key, and for a body that is not JSON', async () => {
    const r = await receiver();
    expect((await post(r, payload(), { key: null })).status).toBe(400);
    const bad = await post(r, {}, { body: '{"format": "careline-handoff",', key: randomUUID() });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/not valid JSON/);
  });

  it('422 naming the field for a wrong format, a wrong version or a missing handle', async () => {
    const r = await receiver();
    const format = await post(r, payload({ format: 'something-else' }));
    expect(format.status).toBe(422);
    expect(await format.json()).toMatchObject({ field: 'format', error: expect.stringContaining('format') });
    expect(await (await post(r, payload({ version: 2 }))).json()).toMatchObject({ field: 'version' });
    const noHandle = await post(r, payload({ customer: { name: '김민지', attributes: {} } }));
    expect(noHandle.status).toBe(422);
    expect((await noHandle.json()).error).toContain('customer.handle');
  });

  it('422 when the id is not the Idempotency-Key', async () => {
    const r = await receiver();
    const res = await post(r, payload(), { key: randomUUID() });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ field: 'id' });
    expect(r.cases()).toHaveLength(0);
  });
});

describe('pages', () => {
  it('lists cases newest first, escaped, in UTF-8 so Korean shows', async () => {
    const r = await receiver();
    await post(r, payload({ note: 'first' }));
    await post(
      r,
      payload({
        note: '<script>alert(1)</script> 전화 주세요',
        customer: { handle: 'evil"><img src=x>', attributes: {} },
      }),
    );
    const res = await fetch(`${r.url}/`);
    expect(res.headers.get('Content-Type')).toMatch(/text\/html; charset=utf-8/);
    const html = await res.text();
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; 전화 주세요');
    expect(html).toContain('김민지');
    expect(html).toContain('<a href="https://x.com/minji_kim/status/1"');
    expect(html.indexOf('CL-000002')).toBeLessThan(html.indexOf('CL-000001'));

    const json = (await (await fetch(`${r.url}/cases.json`)).json()) as { ticketId: string }[];
    expect(json.map((c) => c.ticketId)).toEqual(['CL-000002', 'CL-000001']);
    expect(await (await fetch(`${r.url}/health`)).text()).toBe('ok');
  });
});

describe('test handoffs', () => {
  it('checks a test like a case, then opens none: either mark is enough', async () => {
    const r = await receiver({ secret: SECRET });
    const both = payload({ test: true });
    const res = await post(r, both, { secret: SECRET, headers: { 'X-Careline-Test': '1' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ test: true });
    expect(await (await post(r, payload({ test: true }), { secret: SECRET })).json()).toMatchObject({ test: true });
    expect(
      await (await post(r, payload(), { secret: SECRET, headers: { 'X-Careline-Test': '1' } })).json(),
    ).toMatchObject({ test: true });
    expect(r.cases()).toEqual([]);
    expect(r.stats()).toMatchObject({ posts: 3, stored: 0, tests: 3, rejected: 0 });

    // Still a real check: a wrong signature fails the test (that is what a test is for).
    expect((await post(r, payload({ test: true }), { secret: 'wrong' })).status).toBe(401);
    // Only `true` and `1` mark a test: a real case is never swallowed by a look-alike.
    const real = await post(r, payload({ test: 'false' }), { secret: SECRET, headers: { 'X-Careline-Test': '0' } });
    expect(real.status).toBe(201);
    expect(r.cases()).toHaveLength(1);
    expect(r.stats()).toMatchObject({ tests: 3, stored: 1, rejected: 1 });
  });
});

describe('CORS', () => {
  it('answers a preflight, echoing the requested headers', async () => {
    const r = await receiver({ faults: { failRate: 1 } });
    const res = await fetch(r.webhookUrl, {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abc',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,idempotency-key,x-careline-signature,x-api-key',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Methods')).toBe('POST, GET, OPTIONS');
    expect(res.headers.get('Access-Control-Allow-Headers')).toBe(
      'content-type,idempotency-key,x-careline-signature,x-api-key',
    );
    expect(res.headers.get('Access-Control-Max-Age')).toBe('600');
    // Faults are for deliveries only: the page and the health check keep answering.
    expect((await fetch(`${r.url}/health`)).status).toBe(200);
    expect(r.stats().faults).toBe(0);
  });

  it('exposes Retry-After and Idempotent-Replayed on every answer', async () => {
    const r = await receiver();
    for (const res of [await post(r, payload()), await fetch(`${r.url}/health`), await fetch(`${r.url}/nope`)]) {
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(res.headers.get('Access-Control-Expose-Headers')).toBe('Retry-After, Idempotent-Replayed');
    }
  });
});

describe('faults', () => {
  /** What fetch rejects with when AbortSignal.timeout() fires (AbortError on runtimes that do not say why). */
  function isTimeout(error: unknown): boolean {
    const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
    return name === 'TimeoutError' || name === 'AbortError';
  }

  /** One outcome per POST: the status, or "timeout" for a hang. */
  async function schedule(r: Receiver, posts: number): Promise<string[]> {
    const outcomes: string[] = [];
    for (let i = 0; i < posts; i++) {
      try {
        // Generous: a slow answer on a loaded CI machine must not pass for a hang.
        const res = await post(r, payload(), { timeoutMs: 500 });
        outcomes.push(`${res.status}${res.headers.get('Retry-After') ? '+retry-after' : ''}`);
        await res.arrayBuffer();
      } catch (error) {
        // Only our own timeout means a hang; anything else (refused, reset, a bug) must fail the test.
        if (!isTimeout(error)) throw error;
        outcomes.push('timeout');
      }
    }
    return outcomes;
  }

  it('are the same for the same seed, and roughly at the given rates over 200 posts', async () => {
    const faults = { failRate: 0.2, hangRate: 0.05, failAfterStoreRate: 0.1, seed: 42 };
    const [a, b] = await Promise.all([receiver({ faults }), receiver({ faults })]);
    const [first, second] = await Promise.all([schedule(a!, 200), schedule(b!, 200)]);
    expect(second).toEqual(first);

    const count = (pred: (o: string) => boolean) => first.filter(pred).length;
    const failed = count((o) => o.startsWith('503'));
    const hung = count((o) => o === 'timeout');
    expect(failed).toBeGreaterThan(200 * 0.3 - 20);
    expect(failed).toBeLessThan(200 * 0.3 + 20);
    expect(hung).toBeGreaterThan(200 * 0.05 - 9);
    expect(hung).toBeLessThan(200 * 0.05 + 9);
    expect(count((o) => o.includes('retry-after'))).toBeGreaterThan(0);
    expect(count((o) => o === '503')).toBeGreaterThan(0);
    // Every fail-after-store post was stored though it answered 503.
    const stats = a!.stats();
    expect(stats.faults).toBe(failed + hung);
    expect(a!.cases()).toHaveLength(stats.stored);
    expect(stats.stored).toBeGreaterThan(count((o) => o === '201'));
  });

  it('a different seed gives a different schedule', async () => {
    const [a, b] = await Promise.all([
      receiver({ faults: { failRate: 0.5, seed: 1 } }),
      receiver({ faults: { failRate: 0.5, seed: 2 } }),
    ]);
    expect(await schedule(b!, 30)).not.toEqual(await schedule(a!, 30));
  });

  it('close() ends promptly while a request hangs', async () => {
    const r = await startReceiver({ port: 0, faults: { hangRate: 1 } });
    const pending = post(r, payload(), { timeoutMs: 30_000 }).then(
      () => 'answered',
      () => 'dropped',
    );
    await expect.poll(() => r.stats().faults).toBe(1);
    const started = Date.now();
    await r.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await pending).toBe('dropped');
  });

  it('a retry after failAfterStore gets the stored ticket: one case', async () => {
    const r = await receiver({ faults: { failAfterStoreRate: 1 } });
    const p = payload();
    const lost = await post(r, p);
    expect(lost.status).toBe(503);
    expect(r.cases()).toHaveLength(1);

    r.setFaults({});
    const retry = await post(r, p);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await retry.json()).toMatchObject({ ticketId: r.cases()[0]?.ticketId });
    expect(r.cases()).toHaveLength(1);
  });

  it('a retry after hangAfterStore also gets the stored ticket', async () => {
    const r = await receiver({ faults: { hangAfterStoreRate: 1 } });
    const p = payload();
    await expect(post(r, p, { timeoutMs: 200 })).rejects.toThrow();
    r.setFaults({});
    const retry = await post(r, p);
    expect(retry.status).toBe(200);
    expect(r.cases()).toHaveLength(1);
  });

  it('refuses impossible rates', async () => {
    await expect(startReceiver({ port: 0, faults: { failRate: 0.8, hangRate: 0.5 } })).rejects.toThrow(/more than 1/);
    await expect(startReceiver({ port: 0, faults: { failRate: -0.1 } })).rejects.toThrow(RangeError);
  });
});
