import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { leaveTeamKeepLocal } from '@/utils/team/leave';
import { pushDue } from '@/utils/team/push';
import { lookupCustomer, pullOnce } from '@/utils/team/sync';
import { fakeTeamServer } from './fake-server';
import { teamMachines } from './setup';

const machine = teamMachines();
beforeEach(() => fakeBrowser.reset());

const HOUR = 60 * 60 * 1000;
const at = '2026-12-07T01:00:00.000Z';

async function push(m: Awaited<ReturnType<typeof machine>>) {
  const session = await m.sessions.get();
  if (!session) throw new Error('no session');
  return pushDue({ outbox: m.outbox, sessions: m.sessions, session, retryDelay: () => 1000 });
}

describe('looking a customer up', () => {
  it("keeps the team's record for the team's cache time, with colleagues' entries saying who", async () => {
    const m = await machine();
    const jimin = m.server.addAgent('a-2', '지민');
    const c = m.server.addCustomer({ handle: 'Minji_Kim', name: '김민지', crmId: 'C-1', crmTags: ['요금문의'] });
    m.server.colleagueEvent(jimin, c.id, { kind: 'note', text: '오전에 통화함', at });
    const now = Date.now();
    expect(await lookupCustomer({ handle: 'Minji_Kim' }, m.repos, now)).toEqual({ state: 'connected', found: true });
    const record = await m.customers.get('minji_kim');
    expect(record).toMatchObject({
      name: '김민지',
      customerId: 'C-1',
      tags: ['요금문의'],
      teamId: c.id,
      cachedUntil: now + 24 * HOUR,
      displayHandle: 'Minji_Kim',
    });
    expect(record?.recentNotes).toMatchObject([{ text: '오전에 통화함', by: { agentId: 'a-2', name: '지민' } }]);
    expect(await lookupCustomer({ handle: 'nobody' }, m.repos)).toEqual({ state: 'connected', found: false });
    expect(await m.customers.get('nobody')).toBeUndefined();
  });

  it('never sweeps a customer the agent had before joining, and keeps their unsent tag on top', async () => {
    const m = await machine();
    await m.customers.upsert({ handle: 'jihoon', name: '박지훈' });
    await m.customers.changeTag('jihoon', '콜백', true, { at, by: m.by });
    m.server.addCustomer({ handle: 'jihoon', crmTags: ['VIP'] });
    await lookupCustomer({ handle: 'jihoon' }, m.repos);
    const record = await m.customers.get('jihoon');
    expect(record?.tags).toEqual(['VIP', '콜백']);
    expect(record?.cachedUntil).toBeUndefined();
    expect(await m.cache.sweep(Date.now() + 1000 * HOUR)).toBe(0);
  });
});

describe('pulling', () => {
  it("adds colleagues' events once, skips this agent's own, advances the cursor", async () => {
    const server = fakeTeamServer().install();
    const me = await machine('a-1', '서연', server);
    const jimin = server.addAgent('a-2', '지민');
    const c = server.addCustomer({ handle: 'minji_kim' });
    await lookupCustomer({ handle: 'minji_kim' }, me.repos);
    await me.customers.addNote({ customerHandle: 'minji_kim', at, text: '내 메모', by: me.by });
    await push(me);
    server.colleagueEvent(jimin, c.id, { kind: 'note', text: '지민 메모', at: '2026-12-07T02:00:00.000Z' });
    expect(await pullOnce(0, me.repos)).toEqual({ state: 'connected', changed: true });
    expect(await pullOnce(0, me.repos)).toEqual({ state: 'connected', changed: false });
    const notes = (await me.customers.get('minji_kim'))?.recentNotes ?? [];
    expect(notes.map((n) => [n.text, n.by?.name])).toEqual([
      ['지민 메모', '지민'],
      ['내 메모', '서연'],
    ]);
    expect(await me.db.events.count()).toBe(2);
    expect((await me.sessions.get())?.cursor).toBe('2');
  });

  it('decides a tag by server order, the same on both machines', async () => {
    const server = fakeTeamServer().install();
    const a = await machine('a-1', '서연', server);
    const b = await machine('a-2', '지민', server);
    server.addCustomer({ handle: 'minji_kim' });
    await lookupCustomer({ handle: 'minji_kim' }, a.repos);
    await lookupCustomer({ handle: 'minji_kim' }, b.repos);
    // Both tag, then B removes it before A's push arrives: the server's last word is A's add.
    await b.customers.changeTag('minji_kim', 'VIP', true, { at, by: b.by });
    await b.customers.changeTag('minji_kim', 'VIP', false, { at, by: b.by });
    await push(b);
    await a.customers.changeTag('minji_kim', 'VIP', true, { at, by: a.by });
    // A pulls B's add and remove before its own add is pushed: its own later word stands.
    await pullOnce(0, a.repos);
    expect((await a.customers.get('minji_kim'))?.tags).toEqual(['VIP']);
    await push(a);
    await pullOnce(0, a.repos);
    await pullOnce(0, b.repos);
    expect((await a.customers.get('minji_kim'))?.tags).toEqual(['VIP']);
    expect((await b.customers.get('minji_kim'))?.tags).toEqual(['VIP']);
  });

  it('deletes an erased customer here, history and queue too', async () => {
    const m = await machine();
    const c = m.server.addCustomer({ handle: 'minji_kim' });
    await lookupCustomer({ handle: 'minji_kim' }, m.repos);
    await m.customers.addNote({ customerHandle: 'minji_kim', at, text: 'note', by: m.by });
    m.server.erase(c.id);
    expect(await pullOnce(0, m.repos)).toEqual({ state: 'connected', changed: true });
    expect(await m.customers.get('minji_kim')).toBeUndefined();
    expect(await m.db.events.count()).toBe(0);
    expect(await m.outbox.all()).toEqual([]);
  });

  it('stops on a revoked token and keeps everything here', async () => {
    const m = await machine();
    m.server.addCustomer({ handle: 'minji_kim' });
    await lookupCustomer({ handle: 'minji_kim' }, m.repos);
    m.server.revoke(m.agent);
    expect(await pullOnce(0, m.repos)).toEqual({ state: 'revoked' });
    expect(await lookupCustomer({ handle: 'minji_kim' }, m.repos)).toEqual({ state: 'revoked' });
    expect(await m.customers.get('minji_kim')).toMatchObject({ handle: 'minji_kim' });
  });
});

describe('the cache', () => {
  it('sweeps copies whose time ran out, except those with events still to push', async () => {
    const m = await machine();
    m.server.addCustomer({ handle: 'minji_kim' });
    m.server.addCustomer({ handle: 'jihoon' });
    await lookupCustomer({ handle: 'minji_kim' }, m.repos);
    await lookupCustomer({ handle: 'jihoon' }, m.repos);
    await m.customers.addNote({ customerHandle: 'jihoon', at, text: 'unsent', by: m.by });
    expect(await m.cache.sweep(Date.now() + HOUR)).toBe(0);
    expect(await m.cache.sweep(Date.now() + 25 * HOUR)).toBe(1);
    expect(await m.customers.get('minji_kim')).toBeUndefined();
    expect(await m.customers.get('jihoon')).toMatchObject({ handle: 'jihoon' });
  });

  it('leaving keeps a local copy: no team id, never swept, the session gone and the token revoked', async () => {
    const m = await machine();
    m.server.addCustomer({ handle: 'minji_kim' });
    await lookupCustomer({ handle: 'minji_kim' }, m.repos);
    expect(await leaveTeamKeepLocal(m.repos)).toEqual({ keptLocal: 1, serverTold: true });
    const record = await m.customers.get('minji_kim');
    expect(record?.teamId).toBeUndefined();
    expect(record?.cachedUntil).toBeUndefined();
    expect(await m.sessions.get()).toBeUndefined();
    expect(m.server.calls.at(-1)).toBe('/v1/leave');
    expect(await m.cache.sweep(Date.now() + 1000 * HOUR)).toBe(0);
  });
});
