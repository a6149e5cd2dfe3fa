import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/testing';
import { LIVE_CLOSE, LiveTicketResponse, presenceSubject } from '../../utils/team/live-wire';
import { json, newEvent, teamWithAgents } from './helpers';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('the live connection', () => {
  it('opens with a one-time ticket and welcomes the agent it belongs to', async () => {
    const { teamId, agents } = await teamWithAgents(server);
    const token = agents[0]!.token;
    const ticket = LiveTicketResponse.parse(await json(server.api('/live/ticket', { token, method: 'POST' })));
    const client = await server.live(token, { hello: { type: 'hello', ticket: ticket.ticket }, awaitWelcome: true });
    expect(client.agentId).toBe(agents[0]!.agent.id);
    expect(client.teamId).toBe(teamId);
    await client.close();

    const again = await server.live(token, { hello: { type: 'hello', ticket: ticket.ticket }, awaitWelcome: false });
    expect((await again.closed).code).toBe(LIVE_CLOSE.badTicket);
  });

  it('refuses web pages, unknown tickets and messages that are not the protocol', async () => {
    const { agents } = await teamWithAgents(server);
    const token = agents[0]!.token;
    await expect(server.live(token, { origin: 'https://x.com' })).rejects.toThrow(/403/);
    const noOrigin = await server.live(token, { origin: null });
    await noOrigin.close();

    const made = await server.live(null, {
      hello: { type: 'hello', ticket: 'cll_' + 'a'.repeat(43) },
      awaitWelcome: false,
    });
    expect((await made.closed).code).toBe(LIVE_CLOSE.badTicket);

    const noHello = await server.live(token, { hello: { type: 'ping' }, awaitWelcome: false });
    expect((await noHello.closed).code).toBe(LIVE_CLOSE.badTicket);

    const client = await server.live(token);
    client.send({ type: 'presence', subjects: ['not-a-hash'], state: 'viewing' });
    expect((await client.closed).code).toBe(LIVE_CLOSE.badMessage);
  });

  it('shows who else is on a subject, with their state, and clears them when they leave', async () => {
    const { teamId, agents } = await teamWithAgents(server, 'T', ['서연', '지민', '민준']);
    const [a, b, c] = await Promise.all(agents.map((x) => server.live(x.token)));
    const post = await presenceSubject(teamId, 'post', '1800000000000000001');
    const other = await presenceSubject(teamId, 'post', '1800000000000000002');

    a!.send({ type: 'presence', subjects: [post], state: 'viewing' });
    await a!.roundTrip();
    b!.send({ type: 'presence', subjects: [post], state: 'replying' });
    const seenByB = await b!.next('presence', (m) => m.subject === post);
    expect(seenByB.people).toEqual([{ agentId: agents[0]!.agent.id, name: '서연', state: 'viewing' }]);
    const seenByA = await a!.next('presence', (m) => m.people.length > 0);
    expect(seenByA).toEqual({
      type: 'presence',
      subject: post,
      people: [{ agentId: agents[1]!.agent.id, name: '지민', state: 'replying' }],
    });
    // c is elsewhere: it hears nothing about `post`.
    c!.send({ type: 'presence', subjects: [other], state: 'viewing' });
    await c!.roundTrip();
    expect(c!.pending.filter((m) => m.type === 'presence')).toEqual([]);

    await b!.close();
    expect(await a!.next('presence', (m) => m.people.length === 0)).toMatchObject({ subject: post, people: [] });
    await Promise.all([a!.close(), c!.close()]);
  });

  it('tells the whole team when a reply or handoff naming a post is stored, and claims as they change', async () => {
    const { agents } = await teamWithAgents(server, 'T', ['서연', '지민']);
    const watcher = await server.live(agents[1]!.token);
    const token = agents[0]!.token;
    const reply = newEvent({ xUserId: '42' }, 'reply-sent', {
      text: '확인해 드릴게요',
      statusId: '1800000000000000009',
    });
    await json(server.api('/events', { token, body: { events: [reply, newEvent({ xUserId: '42' }, 'note')] } }));
    expect(await watcher.next('answered')).toMatchObject({
      postId: '1800000000000000009',
      state: 'answered',
      agentId: agents[0]!.agent.id,
      agentName: '서연',
      text: '확인해 드릴게요',
    });
    await json(server.api('/claims', { token, body: { postId: '1800000000000000010' } }));
    expect((await watcher.next('claim')).claim).toMatchObject({ postId: '1800000000000000010', agentName: '서연' });
    await json(server.api('/claims/release', { token, body: { postId: '1800000000000000010' } }));
    expect(await watcher.next('claim-released')).toMatchObject({ postId: '1800000000000000010', customerId: null });
    await watcher.roundTrip();
    expect(watcher.pending).toEqual([]);
    await watcher.close();
  });
});
