import { afterEach, beforeEach, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/testing';
import { PushResponse, SyncResponse } from '../../utils/team/wire';
import { json, newEvent, teamWithAgents } from './helpers';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

/**
 * Resolves with the pull's abort signal once the pull has read, found nothing, and awaits the
 * notifier (the handler's `await` calls `then`). `endless`: the wait has no time limit, so only a
 * push or the agent going away can end it.
 */
function pullIsWaiting(on: TestServer, { endless = false } = {}): Promise<AbortSignal | undefined> {
  const notifier = on.deps.notifier;
  const original = notifier.wait.bind(notifier);
  return new Promise((resolve) => {
    notifier.wait = (teamId, ms, signal) => {
      const woken = original(teamId, endless ? 2 ** 31 - 1 : ms, signal);
      const thenable = {
        then: (ok?: () => unknown, ko?: (e: unknown) => unknown) => {
          resolve(signal);
          return woken.then(ok, ko);
        },
      };
      return thenable as Promise<void>;
    };
  });
}

async function push(token: string, events: ReturnType<typeof newEvent>[]) {
  return PushResponse.parse(await json(server.api('/events', { token, body: { events } }))).results;
}
async function sync(token: string, customerIds: string[], after: string, waitMs = 0) {
  return SyncResponse.parse(await json(server.api('/sync', { token, body: { customerIds, after, waitMs } })));
}

it('a long-poll that found nothing waits, and a push wakes it with the new event', async () => {
  const { agents } = await teamWithAgents(server, 'T', ['서연', '지민']);
  const [a, b] = agents;
  const [first] = await push(a!.token, [newEvent({ handle: 'c1' }, 'note', { text: 'one' })]);
  const waiting = pullIsWaiting(server);
  const pull = sync(b!.token, [first!.customerId], first!.seq, 20_000);
  await waiting;
  const [second] = await push(a!.token, [newEvent({ handle: 'c1' }, 'note', { text: 'two' })]);
  const woken = await pull;
  expect(woken.events.map((e) => [e.text, e.agentName, e.seq])).toEqual([['two', '서연', second!.seq]]);
  expect(woken.cursor).toBe(second!.seq);
});

it('a long-poll with nothing new answers empty with the cursor unchanged', async () => {
  const { agents } = await teamWithAgents(server);
  const [pushed] = await push(agents[0]!.token, [newEvent({ handle: 'quiet' }, 'note')]);
  const answer = await sync(agents[0]!.token, [pushed!.customerId], pushed!.seq, 50);
  expect(answer).toEqual({ events: [], erased: [], cursor: pushed!.seq });
});

it('erased lists tombstoned customers among those asked, however old the tombstone', async () => {
  const { teamId, agents } = await teamWithAgents(server);
  const token = agents[0]!.token;
  const [gone] = await push(token, [newEvent({ handle: 'gone' }, 'note')]);
  const [kept] = await push(token, [newEvent({ handle: 'kept' }, 'note')]);
  await server.db.query('DELETE FROM customers WHERE id = $1', [gone!.customerId]);
  await server.db.query('INSERT INTO tombstones (team_id, customer_id) VALUES ($1, $2)', [teamId, gone!.customerId]);
  const later = await push(token, [newEvent({ handle: 'kept' }, 'note')]);
  const answer = await sync(token, [gone!.customerId, kept!.customerId], later[0]!.seq);
  expect(answer.erased).toEqual([gone!.customerId]);
  expect(answer.events).toEqual([]);
});

it('parallel pushes and retries store each clientId once, and sync hands them out in seq order', async () => {
  const { agents } = await teamWithAgents(server, 'T', ['a', 'b', 'c']);
  const batches = agents.map((agent, i) => ({
    token: agent.token,
    events: Array.from({ length: 5 }, (_, j) => newEvent({ handle: `cust${j}` }, 'note', { text: `${i}-${j}` })),
  }));
  const sends = batches.flatMap((b) => [push(b.token, b.events), push(b.token, b.events)]);
  const results = (await Promise.all(sends)).flat();
  const stored = new Map<string, string>();
  for (const r of results) {
    if (stored.has(r.clientId)) expect(stored.get(r.clientId)).toBe(r.seq);
    stored.set(r.clientId, r.seq);
  }
  expect(stored.size).toBe(15);
  expect(results.filter((r) => !r.duplicate)).toHaveLength(15);
  const count = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
  expect(count[0]!.n).toBe(15);
  const customerIds = [...new Set(results.map((r) => r.customerId))];
  expect(customerIds).toHaveLength(5);
  const all = await sync(agents[0]!.token, customerIds, '0');
  const seqs = all.events.map((e) => BigInt(e.seq));
  expect(seqs).toEqual([...seqs].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
  expect(all.events).toHaveLength(15);
  expect(all.cursor).toBe(String(seqs.at(-1)));
});

it('hands a long history out in pages: the cursor of a full page is its last seq', async () => {
  const { agents } = await teamWithAgents(server);
  const token = agents[0]!.token;
  const who = { xUserId: '42' };
  let customerId = '';
  for (let i = 0; i < 3; i++) {
    const results = await push(
      token,
      Array.from({ length: 400 }, () => newEvent(who, 'reply-sent', { statusId: '1' })),
    );
    customerId = results[0]!.customerId;
  }
  const first = await sync(token, [customerId], '0');
  expect(first.events).toHaveLength(1000);
  expect(first.cursor).toBe(first.events.at(-1)!.seq);
  const second = await sync(token, [customerId], first.cursor);
  expect(second.events).toHaveLength(200);
  expect(new Set([...first.events, ...second.events].map((e) => e.clientId)).size).toBe(1200);
});

it('a long-poll whose agent went away stops waiting (its request signal aborts)', async () => {
  const { agents } = await teamWithAgents(server);
  const [pushed] = await push(agents[0]!.token, [newEvent({ handle: 'c2' }, 'note')]);
  const waiting = pullIsWaiting(server, { endless: true });
  const client = new AbortController();
  const pull = server
    .api('/sync', {
      token: agents[0]!.token,
      body: { customerIds: [pushed!.customerId], after: pushed!.seq, waitMs: 25_000 },
      signal: client.signal,
    })
    .catch((error: unknown) => error);
  const signal = (await waiting)!;
  expect(signal.aborted).toBe(false);
  client.abort();
  await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  expect(signal.aborted).toBe(true);
  expect(await pull).toBeInstanceOf(Error);
});
