// Two servers on one database: on PostgreSQL (CARELINE_TEST_DATABASE_URL set, as in CI) the second
// is a separate process, so presence, answers, claims and revocations must cross LISTEN/NOTIFY.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/testing';
import { testEngine } from '../../server/test-database';
import { LIVE_CLOSE, presenceSubject } from '../../utils/team/live-wire';
import { json, newEvent, teamWithAgents } from './helpers';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

describe(`live fan-out across two servers on one database (${testEngine()})`, () => {
  it('agents on different servers see each other, hear answers and claims, and a revoked one drops out', async () => {
    const peer = await server.startPeer();
    expect(peer.kind).toBe(testEngine() === 'postgres' ? 'process' : 'in-process');
    const { teamId, lead, agents } = await teamWithAgents(server, 'T', ['서연', '지민', '민준']);
    const [seoyeon, jimin, minjun] = agents;
    const post = await presenceSubject(teamId, 'post', '1800000000000000001');

    const a = await server.live(seoyeon!.token);
    const b = await peer.live(jimin!.token);
    const c = await peer.live(minjun!.token);
    b.send({ type: 'presence', subjects: [post], state: 'viewing' });
    a.send({ type: 'presence', subjects: [post], state: 'viewing' });
    const seenByB = await b.next('presence', (m) => m.people.length > 0, 30_000);
    expect(seenByB.people).toEqual([{ agentId: seoyeon!.agent.id, name: '서연', state: 'viewing' }]);
    b.send({ type: 'presence', subjects: [post], state: 'replying' });
    const seenByA = await a.next('presence', (m) => m.people.some((p) => p.state === 'replying'), 30_000);
    expect(seenByA.people).toEqual([{ agentId: jimin!.agent.id, name: '지민', state: 'replying' }]);
    c.send({ type: 'presence', subjects: [post], state: 'viewing' });
    await a.next('presence', (m) => m.people.length === 2, 30_000);

    // A reply stored through the first server reaches agents on the second.
    const reply = newEvent({ xUserId: '42' }, 'reply-sent', { text: '답변', statusId: '1800000000000000001' });
    await json(server.api('/events', { token: seoyeon!.token, body: { events: [reply] } }));
    expect(await c.next('answered', undefined, 30_000)).toMatchObject({ agentName: '서연', text: '답변' });
    // A claim taken on the second server reaches the first.
    const claimed = await fetch(`${peer.url}/v1/claims`, {
      method: 'POST',
      headers: { authorization: `Bearer ${jimin!.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ postId: '1800000000000000001' }),
    });
    expect(claimed.status).toBe(200);
    expect((await a.next('claim', undefined, 30_000)).claim).toMatchObject({ agentName: '지민' });

    // The lead revokes 지민 on the first server: the connection on the second closes with 4403, the
    // others see 지민 leave, and the claim is free again.
    await json(server.api('/agents/revoke', { token: lead.token, body: { agentId: jimin!.agent.id } }));
    await b.next('revoked', undefined, 30_000);
    expect((await b.closed).code).toBe(LIVE_CLOSE.revoked);
    const after = await a.next('presence', (m) => !m.people.some((p) => p.name === '지민'), 30_000);
    expect(after.people).toEqual([{ agentId: minjun!.agent.id, name: '민준', state: 'viewing' }]);
    expect(await a.next('claim-released', undefined, 30_000)).toMatchObject({ postId: '1800000000000000001' });
    await Promise.all([a.close(), c.close()]);
  });
});
