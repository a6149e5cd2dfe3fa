import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { customersRepo } from '@/utils/db/customers-repo';
import { handoffsRepo } from '@/utils/db/handoffs-repo';
import type { CustomerEventRecord, HandoffRecord } from '@/utils/db/types';
import { payload } from '../handoff/fixtures';
import { freshDbs } from '../fresh-db';

const freshDb = freshDbs('handoffs');

const T0 = Date.parse('2026-11-29T05:03:00.000Z');
const LEASE = 25_000;
const iso = (ms: number) => new Date(ms).toISOString();

function handoff(id: string, extra: Partial<HandoffRecord> = {}): Omit<HandoffRecord, 'eventId'> {
  const createdAt = extra.createdAt ?? iso(T0);
  return {
    id,
    customerHandle: '@Minji_Kim',
    createdAt,
    method: 'webhook',
    payload: payload({ id, createdAt }),
    status: 'queued',
    attempts: 0,
    nextAttemptAt: Date.parse(createdAt),
    ...extra,
  };
}

function event(extra: Partial<CustomerEventRecord> = {}): Omit<CustomerEventRecord, 'id'> {
  return {
    customerHandle: '@Minji_Kim',
    kind: 'handoff',
    at: iso(T0),
    agent: '박상담',
    text: '개통 · Activation: 유심 재발급',
    ...extra,
  };
}

async function setup(known = true) {
  const db = freshDb();
  if (known) await customersRepo(db).upsert({ handle: 'Minji_Kim', name: '김민지' });
  return { db, repo: handoffsRepo(db) };
}

describe('handoffsRepo.create', () => {
  it('writes the outbox row, its handoff event and the card summary together', async () => {
    const { db, repo } = await setup();
    const created = await repo.create(handoff('h1'), event());
    expect(created).toMatchObject({ id: 'h1', customerHandle: 'minji_kim', status: 'queued', attempts: 0 });
    expect(await repo.get('h1')).toEqual(created);
    const events = await db.events.toArray();
    expect(events).toEqual([
      expect.objectContaining({ id: created.eventId, customerHandle: 'minji_kim', kind: 'handoff', handoffId: 'h1' }),
    ]);
    expect((await customersRepo(db).get('minji_kim'))?.handoffs).toEqual([
      { id: 'h1', reason: '개통 · Activation', createdAt: iso(T0), status: 'queued' },
    ]);
  });

  it('creating the same id twice returns the first and logs no second event', async () => {
    const { db, repo } = await setup();
    const first = await repo.create(handoff('h1'), event());
    const again = await repo.create(
      handoff('h1', { createdAt: iso(T0 + 5000), payload: payload({ id: 'h1', note: 'second click' }) }),
      event({ text: 'again' }),
    );
    expect(again).toEqual(first);
    expect(await db.events.count()).toBe(1);
    expect(await db.handoffs.count()).toBe(1);
    expect((await customersRepo(db).get('minji_kim'))?.handoffs).toHaveLength(1);
  });

  it('creates the customer record, with the name X showed, for a handle Careline did not know', async () => {
    const { db, repo } = await setup(false);
    await repo.create(
      handoff('h1', { customerHandle: '@New_Person' }),
      event({ customerHandle: '@New_Person' }),
      '새 고객',
    );
    const customer = await customersRepo(db).get('new_person');
    expect(customer).toMatchObject({ handle: 'new_person', displayHandle: 'New_Person', name: '새 고객' });
    expect(customer?.handoffs?.map((s) => s.id)).toEqual(['h1']);
    expect((await db.events.toArray())[0]).toMatchObject({ customerHandle: 'new_person', handoffId: 'h1' });
  });

  it('leaves nothing behind when the event cannot be written', async () => {
    const { db, repo } = await setup(false);
    db.events.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(repo.create(handoff('h1'), event(), '김민지')).rejects.toThrow('disk full');
    expect(await db.handoffs.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    expect(await db.customers.count()).toBe(0);
  });

  it('rolls back the outbox row and the event when the card write (the last step) fails', async () => {
    const { db, repo } = await setup();
    const before = await customersRepo(db).get('minji_kim');
    db.customers.hook('updating', () => {
      throw new Error('quota');
    });
    await expect(repo.create(handoff('h1'), event())).rejects.toThrow('quota');
    expect(await db.handoffs.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    expect(await customersRepo(db).get('minji_kim')).toEqual(before);
  });
});

describe('handoffsRepo.claim', () => {
  it('claims only pending rows that are due', async () => {
    const { repo } = await setup();
    await repo.create(handoff('later', { nextAttemptAt: T0 + 60_000 }), event());
    await repo.create(handoff('sent', { status: 'sent' }), event());
    await repo.create(handoff('failed', { status: 'failed' }), event());
    expect(await repo.claim('later', T0, LEASE)).toBeUndefined();
    expect(await repo.claim('sent', T0, LEASE)).toBeUndefined();
    expect(await repo.claim('failed', T0, LEASE)).toBeUndefined();
    expect(await repo.claim('missing', T0, LEASE)).toBeUndefined();
    expect(await repo.claim('later', T0 + 60_000, LEASE)).toMatchObject({ status: 'sending', attempts: 1 });
  });

  it('holds a claimed row for the lease, then lets a later run take it over', async () => {
    const { db, repo } = await setup();
    await repo.create(handoff('h1'), event());
    const claimed = await repo.claim('h1', T0, LEASE);
    expect(claimed).toMatchObject({ status: 'sending', attempts: 1, nextAttemptAt: T0 + LEASE });
    // The card keeps "queued" until the answer: claims touch only the outbox row.
    expect((await customersRepo(db).get('minji_kim'))?.handoffs?.[0]?.status).toBe('queued');
    // The worker holding it was stopped: nobody else may start an attempt until the lease ends.
    expect(await repo.claim('h1', T0 + 1, LEASE)).toBeUndefined();
    expect(await repo.claim('h1', T0 + LEASE - 1, LEASE)).toBeUndefined();
    const takenOver = await repo.claim('h1', T0 + LEASE, LEASE);
    expect(takenOver).toMatchObject({ status: 'sending', attempts: 2, nextAttemptAt: T0 + 2 * LEASE });
    expect(takenOver?.payload).toEqual(claimed?.payload);
  });
});

describe('handoffsRepo.settle', () => {
  it('sent: the ticket goes onto the row, a "handed off" history event and the card', async () => {
    const { db, repo } = await setup();
    const created = await repo.create(handoff('h1'), event());
    await repo.claim('h1', T0, LEASE);
    await repo.settle('h1', { kind: 'retry', httpStatus: 503, message: 'HTTP 503' }, T0 + 10, T0 + 2000);
    await repo.claim('h1', T0 + 2000, LEASE);
    const sent = await repo.settle('h1', { kind: 'sent', httpStatus: 201, ticketId: 'CC-2026-0042' }, T0 + 3000);
    expect(sent).toMatchObject({
      status: 'sent',
      ticketId: 'CC-2026-0042',
      sentAt: iso(T0 + 3000),
      attempts: 2,
      lastHttpStatus: 201,
    });
    expect(sent?.lastError).toBeUndefined();
    expect(await repo.get('h1')).toEqual(sent);
    // History logs each step when it happened: queued when made, handed off (with the ticket) now.
    const queued = await db.events.get(created.eventId!);
    expect(queued).toMatchObject({ kind: 'handoff', handoffId: 'h1', at: iso(T0) });
    expect(queued?.ticketId).toBeUndefined();
    const logged = (await db.events.toArray())
      .filter((e) => e.handoffId === 'h1')
      .map(({ kind, at, ticketId, text }) => ({ kind, at, ticketId, text }));
    expect(logged).toEqual([
      { kind: 'handoff', at: iso(T0), ticketId: undefined, text: '개통 · Activation: 유심 재발급' },
      // The retry in between logged nothing: the handoff was still queued.
      { kind: 'handoff-sent', at: iso(T0 + 3000), ticketId: 'CC-2026-0042', text: undefined },
    ]);
    expect((await customersRepo(db).get('minji_kim'))?.handoffs).toEqual([
      { id: 'h1', reason: '개통 · Activation', createdAt: iso(T0), status: 'sent', ticketId: 'CC-2026-0042' },
    ]);
  });

  it('is ignored when the row is no longer sending (a late answer after a takeover)', async () => {
    const { db, repo } = await setup();
    await repo.create(handoff('h1'), event());
    expect(await repo.settle('h1', { kind: 'sent', httpStatus: 200, ticketId: 'X' }, T0)).toMatchObject({
      status: 'queued',
    });
    await repo.claim('h1', T0, LEASE);
    await repo.settle('h1', { kind: 'sent', httpStatus: 200, ticketId: 'T-1' }, T0 + 1);
    const late = await repo.settle('h1', { kind: 'failed', httpStatus: 400, message: 'HTTP 400' }, T0 + 2);
    expect(late).toMatchObject({ status: 'sent', ticketId: 'T-1' });
    expect(await repo.get('h1')).toMatchObject({ status: 'sent', ticketId: 'T-1' });
    expect((await customersRepo(db).get('minji_kim'))?.handoffs?.[0]).toMatchObject({
      status: 'sent',
      ticketId: 'T-1',
    });
    expect(await repo.settle('missing', { kind: 'sent', httpStatus: 200 }, T0)).toBeUndefined();
  });

  it('is ignored when given the attempt that was taken over, applied for the attempt holding it', async () => {
    const { repo } = await setup();
    await repo.create(handoff('h1'), event());
    await repo.claim('h1', T0, LEASE);
    await repo.claim('h1', T0 + LEASE, LEASE);
    expect(
      await repo.settle('h1', { kind: 'retry', message: 'timeout' }, T0 + LEASE + 1, T0 + LEASE + 1000, 1),
    ).toMatchObject({ status: 'sending', attempts: 2 });
    expect(
      await repo.settle('h1', { kind: 'sent', httpStatus: 201, ticketId: 'T-2' }, T0 + LEASE + 2, undefined, 2),
    ).toMatchObject({ status: 'sent', ticketId: 'T-2' });
  });

  it('retry: queued again for retryAt with the reason, on the row and the card', async () => {
    const { db, repo } = await setup();
    await repo.create(handoff('h1'), event());
    await repo.claim('h1', T0, LEASE);
    const next = await repo.settle(
      'h1',
      { kind: 'retry', httpStatus: 503, message: 'HTTP 503: busy' },
      T0 + 100,
      T0 + 4100,
    );
    expect(next).toMatchObject({
      status: 'queued',
      nextAttemptAt: T0 + 4100,
      attempts: 1,
      lastError: 'HTTP 503: busy',
      lastHttpStatus: 503,
    });
    expect((await customersRepo(db).get('minji_kim'))?.handoffs?.[0]).toMatchObject({
      status: 'queued',
      lastError: 'HTTP 503: busy',
    });
    expect((await repo.pending()).map((h) => h.id)).toEqual(['h1']);
  });

  it('failed: failed for good with the message, out of the queue, listed as failed', async () => {
    const { db, repo } = await setup();
    await repo.create(handoff('h1'), event());
    await repo.claim('h1', T0, LEASE);
    const next = await repo.settle(
      'h1',
      { kind: 'failed', httpStatus: 404, message: 'HTTP 404: unknown queue' },
      T0 + 100,
    );
    expect(next).toMatchObject({ status: 'failed', lastError: 'HTTP 404: unknown queue', lastHttpStatus: 404 });
    expect((await customersRepo(db).get('minji_kim'))?.handoffs?.[0]).toMatchObject({
      status: 'failed',
      lastError: 'HTTP 404: unknown queue',
    });
    expect(await repo.pending()).toEqual([]);
    expect((await repo.failed()).map((h) => h.id)).toEqual(['h1']);
    // History says it failed, and why; never that it was handed off.
    const kinds = (await db.events.toArray()).map(({ kind, text }) => ({ kind, text }));
    expect(kinds).toEqual([
      { kind: 'handoff', text: '개통 · Activation: 유심 재발급' },
      { kind: 'handoff-failed', text: 'HTTP 404: unknown queue' },
    ]);
  });
});

describe('handoffsRepo.requeueWaiting (delivery settings saved)', () => {
  it('makes queued handoffs due now; failed webhook ones only when asked; never touches one in flight', async () => {
    const { db, repo } = await setup();
    await repo.create(handoff('later', { nextAttemptAt: T0 + 60_000 }), event());
    await repo.create(handoff('failed'), event());
    await repo.create(handoff('flight'), event());
    await repo.create(handoff('mail', { method: 'email', status: 'sent' }), event({ kind: 'handoff-sent' }));
    await repo.claim('failed', T0, LEASE);
    await repo.settle('failed', { kind: 'failed', httpStatus: 401, message: 'HTTP 401' }, T0 + 1);
    await repo.claim('flight', T0, LEASE);

    expect(await repo.requeueWaiting(T0 + 10, false)).toBe(1);
    expect(await repo.get('later')).toMatchObject({ status: 'queued', nextAttemptAt: T0 + 10 });
    expect(await repo.get('failed')).toMatchObject({ status: 'failed' });

    expect(await repo.requeueWaiting(T0 + 20, true)).toBe(2);
    expect(await repo.get('failed')).toMatchObject({
      status: 'queued',
      nextAttemptAt: T0 + 20,
      payload: { id: 'failed' },
    });
    expect((await customersRepo(db).get('minji_kim'))?.handoffs?.find((h) => h.id === 'failed')).toMatchObject({
      status: 'queued',
    });
    expect(await repo.get('flight')).toMatchObject({ status: 'sending', nextAttemptAt: T0 + LEASE });
    expect(await repo.get('mail')).toMatchObject({ status: 'sent' });
  });
});

describe('handoffsRepo.retry', () => {
  it('queues a failed handoff again under the same id, and nothing else', async () => {
    const { repo } = await setup();
    await repo.create(handoff('queued'), event());
    await repo.create(handoff('h1'), event());
    await repo.claim('h1', T0, LEASE);
    await repo.settle('h1', { kind: 'failed', message: 'HTTP 400' }, T0 + 1);
    expect(await repo.retry('queued', T0 + 50)).toMatchObject({ status: 'queued', nextAttemptAt: T0 });
    const again = await repo.retry('h1', T0 + 50);
    expect(again).toMatchObject({ id: 'h1', status: 'queued', nextAttemptAt: T0 + 50 });
    expect(again?.payload.id).toBe('h1');
    expect(await repo.claim('h1', T0 + 50, LEASE)).toMatchObject({ status: 'sending', attempts: 2 });
    expect(await repo.retry('h1', T0 + 60)).toMatchObject({ status: 'sending' });
  });
});

describe('the card summary (customer.handoffs)', () => {
  it('keeps the newest five, newest first, one entry per id', async () => {
    const { db, repo } = await setup();
    // Created out of order (a slow tab): the card still shows them by creation time.
    for (const i of [3, 0, 6, 1, 5, 2, 4])
      await repo.create(handoff(`h${i}`, { createdAt: iso(T0 + i * 1000) }), event());
    const ids = async () => (await customersRepo(db).get('minji_kim'))?.handoffs?.map((s) => s.id);
    expect(await ids()).toEqual(['h6', 'h5', 'h4', 'h3', 'h2']);
    // State changes replace the entry in place, for listed and unlisted handoffs alike.
    await repo.claim('h4', T0 + 10_000, LEASE);
    await repo.settle('h4', { kind: 'sent', httpStatus: 200, ticketId: 'T-4' }, T0 + 10_001);
    await repo.claim('h0', T0 + 10_000, LEASE);
    await repo.settle('h0', { kind: 'failed', message: 'HTTP 400' }, T0 + 10_001);
    expect(await ids()).toEqual(['h6', 'h5', 'h4', 'h3', 'h2']);
    const card = await customersRepo(db).get('minji_kim');
    expect(card?.handoffs?.[2]).toMatchObject({ id: 'h4', status: 'sent', ticketId: 'T-4' });
  });

  it('lists pending oldest first and one customer newest first', async () => {
    const { repo } = await setup();
    for (const i of [2, 0, 1]) await repo.create(handoff(`h${i}`, { createdAt: iso(T0 + i) }), event());
    await repo.create(
      handoff('other', { customerHandle: 'jordan', createdAt: iso(T0 - 1) }),
      event({ customerHandle: 'jordan' }),
    );
    expect((await repo.pending()).map((h) => h.id)).toEqual(['other', 'h0', 'h1', 'h2']);
    expect((await repo.forCustomer('@MINJI_KIM')).map((h) => h.id)).toEqual(['h2', 'h1', 'h0']);
  });
});
