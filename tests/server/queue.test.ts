import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/testing';
import { QueueMarksResponse } from '../../utils/team/live-wire';
import { json, newEvent, teamWithAgents } from './helpers';

let clock = new Date('2026-12-07T09:00:00Z');
let server: TestServer;
beforeEach(async () => {
  clock = new Date('2026-12-07T09:00:00Z');
  server = await startTestServer({ now: () => clock });
});
afterEach(async () => {
  await server.close();
});

const daysAgo = (n: number) => new Date(clock.getTime() - n * 24 * 60 * 60 * 1000).toISOString();

describe('queue marks', () => {
  it("answers the team's replies and handoffs naming a post, from the last 7 days, after the cursor", async () => {
    const { agents } = await teamWithAgents(server, 'T', ['서연', '지민']);
    const [a, b] = agents;
    const who = { xUserId: '42' };
    await json(
      server.api('/events', {
        token: a!.token,
        body: {
          events: [
            newEvent(who, 'reply-sent', { text: 'hi', statusId: '101', at: daysAgo(1) }),
            newEvent(who, 'handoff', { statusId: '102', handoffId: 'h1', at: daysAgo(2) }),
            newEvent(who, 'reply-sent', { text: 'old', statusId: '103', at: daysAgo(8) }),
            newEvent(who, 'reply-sent', { text: 'no post' }),
            newEvent(who, 'note', { text: 'note', statusId: '104' }),
          ],
        },
      }),
    );
    await json(server.api('/claims', { token: b!.token, body: { postId: '105' } }));
    const first = QueueMarksResponse.parse(
      await json(server.api('/queue/marks', { token: b!.token, body: { after: '0' } })),
    );
    expect(first.marks).toEqual([
      { postId: '101', state: 'answered', at: daysAgo(1), agentName: '서연' },
      { postId: '102', state: 'handed-off', at: daysAgo(2), agentName: '서연' },
    ]);
    expect(first.claims).toMatchObject([{ postId: '105', agentName: '지민' }]);
    expect(first).toMatchObject({ targetMinutes: 60, now: clock.toISOString() });

    const none = QueueMarksResponse.parse(
      await json(server.api('/queue/marks', { token: b!.token, body: { after: first.cursor } })),
    );
    expect(none.marks).toEqual([]);
    expect(none.cursor).toBe(first.cursor);
    await json(
      server.api('/events', {
        token: b!.token,
        body: { events: [newEvent(who, 'reply-sent', { text: 'x', statusId: '106', at: clock.toISOString() })] },
      }),
    );
    const later = QueueMarksResponse.parse(
      await json(server.api('/queue/marks', { token: a!.token, body: { after: first.cursor } })),
    );
    expect(later.marks.map((m) => [m.postId, m.agentName])).toEqual([['106', '지민']]);
  });

  it("sees only its own team's marks and claims, and the lead's target", async () => {
    const one = await teamWithAgents(server, 'One', ['서연']);
    const two = await teamWithAgents(server, 'Two', ['지민']);
    await json(
      server.api('/events', {
        token: one.agents[0]!.token,
        body: { events: [newEvent({ xUserId: '1' }, 'reply-sent', { text: 'a', statusId: '201' })] },
      }),
    );
    await json(server.api('/claims', { token: one.agents[0]!.token, body: { postId: '202' } }));
    const settings = await json<Record<string, number>>(server.api('/settings', { token: two.lead.token }));
    await json(
      server.api('/settings', {
        token: two.lead.token,
        method: 'PUT',
        body: { ...settings, responseTargetMinutes: 30 },
      }),
    );
    const seen = QueueMarksResponse.parse(
      await json(server.api('/queue/marks', { token: two.agents[0]!.token, body: { after: '0' } })),
    );
    expect(seen).toMatchObject({ marks: [], claims: [], targetMinutes: 30 });
  });

  it('refuses a cursor that is not a number', async () => {
    const { agents } = await teamWithAgents(server);
    const r = await server.api('/queue/marks', { token: agents[0]!.token, body: { after: 'x' } });
    expect(r.status).toBe(400);
  });
});
