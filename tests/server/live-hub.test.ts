import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createLiveHub,
  PRESENCE_EXPIRY_MS,
  REANNOUNCE_MS,
  type LiveConnection,
  type LiveHub,
} from '../../server/live/hub';
import { PAYLOAD_MAX_BYTES } from '../../server/live/fanout';
import { openTestDatabase, type TestDatabase } from '../../server/test-database';
import type { LiveServerMessage } from '../../utils/team/live-wire';

const SUBJECT = 'a'.repeat(32);
let database: TestDatabase;
let clock = 0;
const hubs: LiveHub[] = [];

beforeEach(async () => {
  database = await openTestDatabase();
  clock = 1_000_000;
});
afterEach(async () => {
  for (const hub of hubs.splice(0)) await hub.close();
  await database.close();
});

async function hub(): Promise<LiveHub> {
  const h = createLiveHub(database.db, { now: () => clock, reannounceMs: 3_600_000 });
  await h.start();
  hubs.push(h);
  return h;
}

function connection(agentId: string, name: string, teamId = 'team-1') {
  const received: LiveServerMessage[] = [];
  const conn: LiveConnection & { received: LiveServerMessage[]; closedWith?: number } = {
    teamId,
    agentId,
    agentName: name,
    received,
    send: (m) => void received.push(m),
    close: (code) => void (conn.closedWith = code),
  };
  return conn;
}

/** Notifications arrive asynchronously: wait until `check` holds (the test fails on its timeout otherwise). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 5));
}

/** `from`'s notifications arrive in order: once its news reaches `to`, everything it sent before has too. */
async function fence(from: LiveHub, to: { received: LiveServerMessage[] }): Promise<void> {
  const postId = String(Math.floor(Math.random() * 1e9));
  from.broadcast('team-1', { type: 'claim-released', postId, customerId: null });
  await until(() => to.received.some((m) => m.type === 'claim-released' && m.postId === postId));
}

const lastPeople = (c: { received: LiveServerMessage[] }) =>
  c.received
    .filter((m) => m.type === 'presence')
    .at(-1)
    ?.people.map((p) => p.name);

describe('the live hub', () => {
  it("forgets another process's presence 45 s after its last announcement, not while it re-announces", async () => {
    const [one, two] = [await hub(), await hub()];
    const seoyeon = connection('a1', '서연');
    const jimin = connection('a2', '지민');
    one.attach(seoyeon);
    two.attach(jimin);
    two.setPresence(jimin, [SUBJECT], 'viewing');
    await until(() => one.stats().presenceEntries === 1);
    one.setPresence(seoyeon, [SUBJECT], 'viewing');
    expect(lastPeople(seoyeon)).toEqual(['지민']);

    // `two` keeps announcing: still present after more than 45 s.
    clock += REANNOUNCE_MS;
    two.tick();
    await fence(two, seoyeon);
    clock += PRESENCE_EXPIRY_MS - REANNOUNCE_MS + 1;
    one.tick();
    expect(lastPeople(seoyeon)).toEqual(['지민']);

    // `two` goes silent (its process died): gone once 45 s pass without a word.
    clock += PRESENCE_EXPIRY_MS + 1;
    one.tick();
    expect(lastPeople(seoyeon)).toEqual([]);
  });

  it('one person per agent (replying wins), never the agent itself; a revoke closes 4403 on every process', async () => {
    const [one, two] = [await hub(), await hub()];
    const seoyeon = connection('a1', '서연');
    const jiminHere = connection('a2', '지민');
    const jiminThere = connection('a2', '지민');
    const jiminOwn = connection('a2', '지민');
    one.attach(seoyeon);
    one.attach(jiminHere);
    two.attach(jiminThere);
    two.attach(jiminOwn);
    one.setPresence(seoyeon, [SUBJECT], 'viewing');
    one.setPresence(jiminHere, [SUBJECT], 'viewing');
    two.setPresence(jiminThere, [SUBJECT], 'replying');
    two.setPresence(jiminOwn, [SUBJECT], 'viewing');
    await until(() => one.stats().presenceEntries === 4);
    const people = seoyeon.received.filter((m) => m.type === 'presence').at(-1);
    expect(people).toMatchObject({ people: [{ agentId: 'a2', name: '지민', state: 'replying' }] });
    await until(() => lastPeople(jiminOwn)?.join() === '서연');

    one.revoke('team-1', 'a2');
    expect(jiminHere.received.at(-1)).toEqual({ type: 'revoked' });
    expect(jiminHere.closedWith).toBe(4403);
    await until(() => jiminThere.closedWith === 4403 && jiminOwn.closedWith === 4403);
    expect(lastPeople(seoyeon)).toEqual([]);
    expect(one.stats()).toEqual({ connections: 1, presenceEntries: 1 });
  });

  it('keeps each notification under PostgreSQL’s 8000 bytes: presence in chunks, a long answer without its text', async () => {
    const [one, two] = [await hub(), await hub()];
    const far = connection('far', 'Far');
    two.attach(far);
    const many = Array.from({ length: 60 }, (_, i) => connection(`agent-${i}`, '아주 긴 이름의 상담원 '.repeat(3) + i));
    const sizes: number[] = [];
    const notify = database.db.notify.bind(database.db);
    database.db.notify = (channel, payload) => {
      sizes.push(Buffer.byteLength(payload));
      return notify(channel, payload);
    };
    for (const c of many) {
      one.attach(c);
      one.setPresence(c, [SUBJECT, 'b'.repeat(32), 'c'.repeat(32), 'd'.repeat(32)], 'viewing');
    }
    sizes.length = 0;
    one.tick();
    await until(() => sizes.length > 1);
    two.setPresence(far, [SUBJECT], 'viewing');
    await until(() => lastPeople(far)?.length === 60);
    one.broadcast('team-1', {
      type: 'answered',
      postId: '1',
      state: 'answered',
      agentId: 'x',
      agentName: '서연',
      at: new Date(0).toISOString(),
      text: '\u0001'.repeat(1300),
    });
    await until(() => far.received.some((m) => m.type === 'answered'));
    expect(far.received.find((m) => m.type === 'answered')).toMatchObject({ text: null });
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PAYLOAD_MAX_BYTES);
  });
});
