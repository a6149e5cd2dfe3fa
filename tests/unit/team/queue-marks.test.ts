import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QUEUE_REFRESH_MS, queueMarks, resetQueueMarks } from '@/utils/team/queue-marks';
import { teamMachines } from './setup';

const machine = teamMachines();
beforeEach(() => {
  fakeBrowser.reset();
  resetQueueMarks();
});

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const iso = (ms: number) => new Date(ms).toISOString();

describe("the background's copy of the queue marks", () => {
  it('marks what colleagues answered, handed off and claimed, with post ids and states only', async () => {
    const m = await machine();
    const jimin = m.server.addAgent('a-2', '지민');
    const c = m.server.addCustomer({ handle: 'minji_kim' });
    const now = Date.now();
    m.server.colleagueEvent(jimin, c.id, { kind: 'reply-sent', statusId: '101', at: iso(now - 5 * MIN), text: '확인' });
    m.server.colleagueEvent(jimin, c.id, { kind: 'handoff', statusId: '102', at: iso(now - 2 * MIN) });
    m.server.colleagueEvent(jimin, c.id, { kind: 'note', statusId: null, text: '메모' });
    const claim = { customerId: null, agentId: 'a-2', agentName: '지민' };
    m.server.queue.claims = [
      { ...claim, postId: '103', until: iso(now + 10 * MIN) },
      // A post both answered and claimed is done: the answer wins.
      { ...claim, postId: '101', until: iso(now + 10 * MIN) },
      { ...claim, postId: '104', until: iso(now - MIN) },
      { ...claim, postId: null, customerId: 'cust-1', until: iso(now + 10 * MIN) },
    ];
    m.server.queue.targetMinutes = 30;
    m.server.queue.clockAheadMs = 90_000;

    const answer = await queueMarks(undefined, { sessions: m.sessions, now: () => now });
    expect(answer).toMatchObject({ state: 'connected', targetMinutes: 30 });
    expect(answer.marks).toEqual([
      { postId: '101', state: 'answered', at: now - 5 * MIN },
      { postId: '102', state: 'handed-off', at: now - 2 * MIN },
      { postId: '103', state: 'claimed', at: now + 10 * MIN },
    ]);
    expect(Math.abs(answer.clockOffsetMs - 90_000)).toBeLessThan(5_000);
    expect(JSON.stringify(answer)).not.toMatch(/지민|a-2|cust-1|확인/);
    expect(m.server.queue.bodies).toEqual([{ after: '0' }]);
  });

  it('asks the server at most every few seconds, then only for what came after its cursor', async () => {
    const m = await machine();
    const jimin = m.server.addAgent('a-2', '지민');
    const c = m.server.addCustomer({ handle: 'minji_kim' });
    const now = Date.now();
    m.server.colleagueEvent(jimin, c.id, { kind: 'reply-sent', statusId: '101', at: iso(now) });
    const first = await queueMarks(undefined, { sessions: m.sessions, now: () => now });
    // Held: nothing asked of the server, and a current version gets no marks at all.
    const held = await queueMarks(first.version, { sessions: m.sessions, now: () => now + 1000 });
    expect(held.version).toBe(first.version);
    expect(held).not.toHaveProperty('marks');
    expect(m.server.queue.bodies).toHaveLength(1);

    m.server.colleagueEvent(jimin, c.id, { kind: 'reply-sent', statusId: '105', at: iso(now + 2000) });
    const later = await queueMarks(first.version, { sessions: m.sessions, now: () => now + QUEUE_REFRESH_MS + 1 });
    expect(m.server.queue.bodies).toEqual([{ after: '0' }, { after: '1' }]);
    expect(later.version).not.toBe(first.version);
    expect(later.marks?.map((e) => e.postId)).toEqual(['101', '105']);
    // Nothing new: the same version, no marks sent again.
    const same = await queueMarks(later.version, { sessions: m.sessions, now: () => now + 2 * QUEUE_REFRESH_MS + 2 });
    expect(m.server.queue.bodies).toHaveLength(3);
    expect(same.version).toBe(later.version);
    expect(same).not.toHaveProperty('marks');
  });

  it(`forgets answers older than the queue's seven days`, async () => {
    const m = await machine();
    const jimin = m.server.addAgent('a-2', '지민');
    const c = m.server.addCustomer({ handle: 'minji_kim' });
    const now = Date.now();
    m.server.colleagueEvent(jimin, c.id, { kind: 'reply-sent', statusId: '101', at: iso(now - 6 * DAY) });
    expect((await queueMarks(undefined, { sessions: m.sessions, now: () => now })).marks).toHaveLength(1);
    // Two days on by the server's clock (the one the marks are aged by).
    m.server.queue.clockAheadMs = 2 * DAY;
    const weekLater = await queueMarks(undefined, { sessions: m.sessions, now: () => now + QUEUE_REFRESH_MS });
    expect(weekLater.marks).toEqual([]);
  });

  it('answers solo without asking anyone, offline without hammering, and stops when revoked', async () => {
    const m = await machine();
    await m.sessions.update({ state: 'revoked' });
    expect(await queueMarks(undefined, { sessions: m.sessions })).toMatchObject({ state: 'solo', marks: [] });
    expect(m.server.calls).toEqual([]);

    await m.sessions.update({ state: 'connected' });
    const now = Date.now();
    m.server.setOffline(true);
    expect(await queueMarks(undefined, { sessions: m.sessions, now: () => now })).toMatchObject({ state: 'offline' });
    expect(await queueMarks(undefined, { sessions: m.sessions, now: () => now + 100 })).toMatchObject({
      state: 'offline',
    });
    m.server.setOffline(false);
    expect(m.server.queue.bodies).toEqual([]);

    m.server.revoke(m.agent);
    const revoked = await queueMarks(undefined, { sessions: m.sessions, now: () => now + QUEUE_REFRESH_MS + 1 });
    expect(revoked).toMatchObject({ state: 'revoked', marks: [] });
    expect((await m.sessions.get())?.state).toBe('revoked');
  });
});
