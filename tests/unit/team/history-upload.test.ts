import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { declineHistoryUpload, uploadLocalHistory } from '@/utils/team/history-upload';
import { pushDue } from '@/utils/team/push';
import { teamMachines } from './setup';

const machine = teamMachines();
beforeEach(() => fakeBrowser.reset());

describe("uploading the agent's local history once, after joining", () => {
  it('queues their own shared events oldest first, pushes each once, and is not offered again', async () => {
    const m = await machine();
    await m.customers.addNote({ customerHandle: 'minji_kim', at: '2026-11-02T00:00:00.000Z', text: 'second' });
    await m.customers.addNote({ customerHandle: 'minji_kim', at: '2026-11-01T00:00:00.000Z', text: 'first' });
    await m.customers.changeTag('minji_kim', 'VIP', true, { at: '2026-11-03T00:00:00.000Z' });
    await m.db.events.add({ customerHandle: 'minji_kim', kind: 'linked', at: '2026-11-04T00:00:00.000Z' });
    let kicked = 0;
    const repos = { sessions: m.sessions, outbox: m.outbox };
    expect(await uploadLocalHistory(repos, () => kicked++)).toEqual({ done: true, queued: 3 });
    expect(kicked).toBe(1);
    expect(await uploadLocalHistory(repos, () => kicked++)).toEqual({ done: false, reason: 'answered' });
    expect((await m.sessions.get())?.historyOffer).toBe('uploaded');
    // Pushed twice over (an answer lost): stored once each, in the order they happened.
    m.server.loseNextAnswer('/v1/events');
    const session = await m.sessions.get();
    if (!session) throw new Error('no session');
    const deps = { outbox: m.outbox, sessions: m.sessions, session, retryDelay: () => 0 };
    await pushDue(deps);
    await pushDue(deps);
    expect(m.server.events.map((e) => e.text ?? e.tag)).toEqual(['first', 'second', 'VIP']);
    expect(m.server.events.every((e) => e.agentName === '서연')).toBe(true);
    // On the card, they are the agent's own entries in the team now.
    expect((await m.db.events.toArray()).filter((e) => e.by?.name === '서연')).toHaveLength(3);
  });

  it('declining is remembered; without a connected session nothing is queued', async () => {
    const m = await machine();
    await m.customers.addNote({ customerHandle: 'minji_kim', at: '2026-11-01T00:00:00.000Z', text: 'mine' });
    await m.sessions.update({ state: 'revoked' });
    expect(await uploadLocalHistory({ sessions: m.sessions, outbox: m.outbox }, () => undefined)).toEqual({
      done: false,
      reason: 'not-joined',
    });
    await m.sessions.update({ state: 'connected' });
    await declineHistoryUpload(m.sessions);
    expect(await uploadLocalHistory({ sessions: m.sessions, outbox: m.outbox }, () => undefined)).toEqual({
      done: false,
      reason: 'answered',
    });
    expect(await m.outbox.all()).toEqual([]);
  });
});
