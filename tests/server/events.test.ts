import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/testing';
import { LookupResponse, PushResponse, SyncResponse, type ApiError } from '../../utils/team/wire';
import { json, newEvent, teamWithAgents } from './helpers';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('push, lookup and sync', () => {
  it('an unknown customer is created from the ref; a retried clientId is stored once', async () => {
    const { agents } = await teamWithAgents(server);
    const token = agents[0]!.token;
    const note = newEvent({ xUserId: '1234', handle: 'Kim_Care' }, 'note', { text: '요금제 변경 문의' });
    const first = PushResponse.parse(await json(server.api('/events', { token, body: { events: [note] } })));
    expect(first.results).toHaveLength(1);
    expect(first.results[0]!.duplicate).toBe(false);
    const retry = PushResponse.parse(await json(server.api('/events', { token, body: { events: [note] } })));
    expect(retry.results[0]).toEqual({ ...first.results[0], duplicate: true });

    const looked = LookupResponse.parse(
      await json(server.api('/customers/lookup', { token, body: { customer: { handle: 'kim_care' } } })),
    );
    expect(looked.customer).toMatchObject({ xUserId: '1234', handle: 'kim_care', displayHandle: 'Kim_Care' });
    expect(looked.events.map((e) => [e.text, e.agentName, e.seq])).toEqual([
      ['요금제 변경 문의', '서연', first.results[0]!.seq],
    ]);
  });

  it('tag state follows server order, the same for every agent', async () => {
    const { agents } = await teamWithAgents(server, 'T', ['서연', '지민']);
    const [a, b] = agents;
    const who = { xUserId: '77' };
    const steps: [typeof a, 'tag-added' | 'tag-removed', string][] = [
      [a, 'tag-added', 'vip'],
      [a, 'tag-added', 'angry'],
      [b, 'tag-removed', 'angry'],
      [a, 'tag-added', 'later'],
      [b, 'tag-removed', 'vip'],
      [a, 'tag-added', 'vip'],
    ];
    for (const [agent, kind, tag] of steps) {
      await json(server.api('/events', { token: agent!.token, body: { events: [newEvent(who, kind, { tag })] } }));
    }
    for (const token of [a!.token, b!.token]) {
      const looked = LookupResponse.parse(
        await json(server.api('/customers/lookup', { token, body: { customer: who } })),
      );
      expect(looked.tags).toEqual(['later', 'vip']);
    }
  });

  it('an unknown customer looks up as null and is still logged', async () => {
    const { agents } = await teamWithAgents(server);
    const looked = await json(
      server.api('/customers/lookup', { token: agents[0]!.token, body: { customer: { handle: 'nobody' } } }),
    );
    expect(looked).toEqual({ customer: null, events: [], tags: [] });
    const rows = await server.db.query<{ action: string; customer_id: string | null }>(
      'SELECT action, customer_id FROM access_log',
    );
    expect(rows).toEqual([{ action: 'lookup', customer_id: null }]);
  });

  it('refuses a tag event without a tag, storing nothing of the batch', async () => {
    const { agents } = await teamWithAgents(server);
    const bad = await server.api('/events', {
      token: agents[0]!.token,
      body: { events: [newEvent({ handle: 'a' }, 'note'), newEvent({ handle: 'a' }, 'tag-added')] },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ApiError).message).toBe('events.1.tag: required for a tag-added event');
    expect(await server.db.query('SELECT 1 FROM events')).toEqual([]);
  });

  it('sync returns what changed after the cursor, and a long-poll wakes on a push', async () => {
    const { agents } = await teamWithAgents(server, 'T', ['서연', '지민']);
    const [a, b] = agents;
    const who = { handle: 'customer1' };
    const pushed = PushResponse.parse(
      await json(
        server.api('/events', { token: a!.token, body: { events: [newEvent(who, 'note', { text: 'one' })] } }),
      ),
    );
    const customerId = pushed.results[0]!.customerId;
    const first = SyncResponse.parse(
      await json(server.api('/sync', { token: b!.token, body: { customerIds: [customerId], after: '0' } })),
    );
    expect(first.events.map((e) => e.text)).toEqual(['one']);
    expect(first.cursor).toBe(pushed.results[0]!.seq);

    const waiting = server.api('/sync', {
      token: b!.token,
      body: { customerIds: [customerId], after: first.cursor, waitMs: 20_000 },
    });
    await json(server.api('/events', { token: a!.token, body: { events: [newEvent(who, 'note', { text: 'two' })] } }));
    const woken = SyncResponse.parse(await json(waiting));
    expect(woken.events.map((e) => [e.text, e.agentName])).toEqual([['two', '서연']]);

    const nothing = SyncResponse.parse(
      await json(server.api('/sync', { token: b!.token, body: { customerIds: [customerId], after: woken.cursor } })),
    );
    expect(nothing).toEqual({ events: [], erased: [], cursor: woken.cursor });
  });
});
