import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/testing';
import { runRetention } from '../../server/store/retention';
import { ClaimConflict, ClaimResponse, ReleaseResponse } from '../../utils/team/live-wire';
import { json, teamWithAgents } from './helpers';

let clock = new Date('2026-12-07T09:00:00Z');
let server: TestServer;
beforeEach(async () => {
  clock = new Date('2026-12-07T09:00:00Z');
  server = await startTestServer({ now: () => clock });
});
afterEach(async () => {
  await server.close();
});

describe('claims', () => {
  it("holds a post for the team's claim minutes; a colleague gets 409 naming the holder until it runs out", async () => {
    const { agents } = await teamWithAgents(server, 'T', ['서연', '지민']);
    const [a, b] = agents;
    const post = { postId: '1800000000000000001' };
    const taken = ClaimResponse.parse(await json(server.api('/claims', { token: a!.token, body: post })));
    expect(taken.claim).toEqual({
      postId: post.postId,
      customerId: null,
      agentId: a!.agent.id,
      agentName: '서연',
      until: '2026-12-07T09:15:00.000Z',
    });
    const refused = await server.api('/claims', { token: b!.token, body: post });
    expect(refused.status).toBe(409);
    const conflict = ClaimConflict.parse(await refused.json());
    expect(conflict.claim.agentName).toBe('서연');
    expect(conflict.message).toContain('서연');

    // Taking again extends one's own claim.
    clock = new Date('2026-12-07T09:10:00Z');
    const extended = ClaimResponse.parse(await json(server.api('/claims', { token: a!.token, body: post })));
    expect(extended.claim.until).toBe('2026-12-07T09:25:00.000Z');

    // Past its time, anyone may take it.
    clock = new Date('2026-12-07T09:25:00Z');
    const next = ClaimResponse.parse(await json(server.api('/claims', { token: b!.token, body: post })));
    expect(next.claim).toMatchObject({ agentName: '지민', until: '2026-12-07T09:40:00.000Z' });
  });

  it("release gives back one's own claim only; a lead may release anyone's; customers are claimed alike", async () => {
    const { lead, agents } = await teamWithAgents(server, 'T', ['서연', '지민']);
    const [a, b] = agents;
    const customer = { customerId: '17' };
    await json(server.api('/claims', { token: a!.token, body: customer }));
    expect((await server.api('/claims', { token: b!.token, body: customer })).status).toBe(409);
    const notTheirs = ReleaseResponse.parse(
      await json(server.api('/claims/release', { token: b!.token, body: customer })),
    );
    expect(notTheirs.released).toBe(false);
    const byLead = ReleaseResponse.parse(
      await json(server.api('/claims/release', { token: lead.token, body: customer })),
    );
    expect(byLead.released).toBe(true);
    expect((await server.api('/claims', { token: b!.token, body: customer })).status).toBe(200);
  });

  it('refuses a request naming both or neither, and unknown tokens', async () => {
    const { agents } = await teamWithAgents(server);
    const token = agents[0]!.token;
    expect((await server.api('/claims', { token, body: {} })).status).toBe(400);
    expect((await server.api('/claims', { token, body: { postId: '1', customerId: '2' } })).status).toBe(400);
    expect((await server.api('/claims', { token, body: { postId: 'abc' } })).status).toBe(400);
    expect((await server.api('/claims', { token: 'nope', body: { postId: '1' } })).status).toBe(401);
  });

  it("uses the lead's claim minutes", async () => {
    const { lead, agents } = await teamWithAgents(server);
    const settings = await json<Record<string, number>>(server.api('/settings', { token: lead.token }));
    expect(settings).toMatchObject({ responseTargetMinutes: 60, claimMinutes: 15 });
    await json(server.api('/settings', { token: lead.token, method: 'PUT', body: { ...settings, claimMinutes: 30 } }));
    const taken = ClaimResponse.parse(
      await json(server.api('/claims', { token: agents[0]!.token, body: { postId: '5' } })),
    );
    expect(taken.claim.until).toBe('2026-12-07T09:30:00.000Z');
  });

  it('retention removes claims past their time, and the marks list only running ones', async () => {
    const { teamId, agents } = await teamWithAgents(server);
    const token = agents[0]!.token;
    await json(server.api('/claims', { token, body: { postId: '7' } }));
    clock = new Date('2026-12-07T09:20:00Z');
    await json(server.api('/claims', { token, body: { postId: '8' } }));
    const marks = await json<{ claims: { postId: string }[] }>(
      server.api('/queue/marks', { token, body: { after: '0' } }),
    );
    expect(marks.claims.map((c) => c.postId)).toEqual(['8']);
    await runRetention(server.db, clock, { teamId });
    const left = await server.db.query<{ post_id: string }>('SELECT post_id FROM claims WHERE team_id = $1', [teamId]);
    expect(left.map((r) => r.post_id)).toEqual(['8']);
  });
});
