import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pushDue } from '@/utils/team/push';
import { teamMachines } from './setup';

const machine = teamMachines();
beforeEach(() => fakeBrowser.reset());

const at = '2026-12-07T01:00:00.000Z';

async function push(m: Awaited<ReturnType<typeof machine>>, now = Date.now()) {
  const session = await m.sessions.get();
  if (!session) throw new Error('no session');
  return pushDue({
    outbox: m.outbox,
    sessions: m.sessions,
    session,
    retryDelay: (attempts) => attempts * 1000,
    now: () => now,
  });
}

describe('the team outbox', () => {
  it('queues a note made while joined with its event, and nothing made solo', async () => {
    const m = await machine();
    await m.customers.addNote({ customerHandle: 'Minji_Kim', at, text: '솔로 메모' });
    expect(await m.outbox.all()).toEqual([]);
    await m.customers.addNote({ customerHandle: 'Minji_Kim', at, text: '팀 메모', by: m.by });
    await m.customers.changeTag('Minji_Kim', 'VIP', true, { at, by: m.by });
    const rows = await m.outbox.all();
    expect(rows.map((r) => [r.event.kind, r.event.text ?? r.event.tag, r.event.customer])).toEqual([
      ['note', '팀 메모', { handle: 'Minji_Kim' }],
      ['tag-added', 'VIP', { handle: 'Minji_Kim' }],
    ]);
    const events = await m.db.events.toArray();
    // Every shared event has its id, solo or not; the queued ones are the events' own ids.
    expect(events.every((e) => /^[0-9a-f-]{36}$/.test(e.clientId ?? ''))).toBe(true);
    expect(rows.map((r) => r.clientId)).toEqual(events.filter((e) => e.by).map((e) => e.clientId));
  });

  it('pushes once even when the answer is lost and the batch goes again', async () => {
    const m = await machine();
    await m.customers.addNote({ customerHandle: 'minji_kim', at, text: '한 번만', by: m.by });
    m.server.loseNextAnswer('/v1/events');
    const first = await push(m);
    expect(first).toMatchObject({ pushed: 0, revoked: false });
    expect(m.server.events).toHaveLength(1);
    const [waiting] = await m.outbox.all();
    expect(waiting).toMatchObject({ attempts: 1, lastError: 'the team server could not be reached' });
    const second = await push(m, Date.now() + 5_000);
    expect(second).toMatchObject({ pushed: 1, nextWakeAt: undefined });
    expect(m.server.events.map((e) => e.text)).toEqual(['한 번만']);
    expect(await m.outbox.all()).toEqual([]);
    const [event] = await m.db.events.toArray();
    expect(event?.teamSeq).toBe('1');
    // The server made the customer from the ref: the local record learns its team id (never swept: it was local).
    expect(await m.customers.get('minji_kim')).toMatchObject({ teamId: 'cust-1' });
    expect((await m.customers.get('minji_kim'))?.cachedUntil).toBeUndefined();
  });

  it("keeps each customer's order: a later event waits while an earlier one of the same customer is not due", async () => {
    const m = await machine();
    await m.customers.addNote({ customerHandle: 'minji_kim', at, text: 'first', by: m.by });
    await m.customers.addNote({ customerHandle: 'minji_kim', at, text: 'second', by: m.by });
    await m.customers.addNote({ customerHandle: 'jihoon', at, text: 'other', by: m.by });
    const [first] = await m.outbox.all();
    await m.outbox.retry([first?.clientId ?? ''], Date.now(), () => 60_000, 'offline');
    await push(m);
    expect(m.server.events.map((e) => e.text)).toEqual(['other']);
    await push(m, Date.now() + 61_000);
    expect(m.server.events.map((e) => e.text)).toEqual(['other', 'first', 'second']);
  });

  it('sets aside one event the server refuses for good, and pushes the rest', async () => {
    const m = await machine();
    await m.customers.addNote({ customerHandle: 'minji_kim', at, text: 'fine', by: m.by });
    await m.customers.addNote({ customerHandle: 'jihoon', at, text: 'REFUSE', by: m.by });
    const run = await push(m);
    expect(run).toMatchObject({ pushed: 1, failed: 1 });
    expect(m.server.events.map((e) => e.text)).toEqual(['fine']);
    expect(await m.outbox.all()).toMatchObject([{ status: 'failed', lastError: 'bad-event' }]);
  });

  it('stops on a revoked token: the session says so, the outbox and the history stay', async () => {
    const m = await machine();
    await m.customers.addNote({ customerHandle: 'minji_kim', at, text: '남는 메모', by: m.by });
    m.server.revoke(m.agent);
    const run = await push(m);
    expect(run.revoked).toBe(true);
    expect((await m.sessions.get())?.state).toBe('revoked');
    expect(await m.outbox.pendingCount()).toBe(1);
    expect((await m.customers.get('minji_kim'))?.recentNotes?.map((n) => n.text)).toEqual(['남는 메모']);
  });

  it('waits out a network failure with backoff, and everything becomes due when the server answers again', async () => {
    const m = await machine();
    await m.customers.addNote({ customerHandle: 'minji_kim', at, text: 'offline', by: m.by });
    m.server.setOffline(true);
    const now = Date.now();
    const run = await push(m, now);
    expect(run.nextWakeAt).toBe(now + 1000);
    m.server.setOffline(false);
    expect(await push(m, now)).toMatchObject({ pushed: 0 });
    expect(await m.outbox.dueNow(now)).toBe(1);
    expect(await push(m, now)).toMatchObject({ pushed: 1 });
    expect(m.server.events).toHaveLength(1);
  });
});
