import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/testing';
import { seedIncident, seedPostId } from '../../server/testing-desk';
import {
  AttachPostsResponse,
  FixedResponse,
  Incident,
  IncidentList,
  NextFixResponse,
} from '../../utils/team/desk-wire';
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

const posts = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => ({ statusId: seedPostId(clock), handle: `user_${from + i}` }));

describe('incidents', () => {
  it('a lead opens and resolves; agents may not (403); the team hears of each change live', async () => {
    const { lead, agents } = await teamWithAgents(server, 'T', ['서연']);
    const agent = agents[0]!;
    const live = await server.live(agent.token);
    const body = {
      title: 'LTE 장애 강남',
      holdingReply: '강남 LTE 장애를 확인하고 있습니다.',
      topic: 'outage',
      place: '강남',
    };
    expect((await server.api('/incidents', { token: agent.token, body })).status).toBe(403);
    const opened = Incident.parse(await json(server.api('/incidents', { token: lead.token, body })));
    expect(opened).toMatchObject({ title: 'LTE 장애 강남', status: 'open', fixedReply: null, openedBy: 'Lead' });
    expect(opened).toMatchObject({ openedAt: clock.toISOString(), resolvedAt: null, posts: 0, fixed: 0 });
    await live.next('incident', (m) => m.id === opened.id);

    const resolve = { fixedReply: '복구되었습니다.' };
    const path = `/incidents/${opened.id}/resolve`;
    expect((await server.api(path, { token: agent.token, body: resolve })).status).toBe(403);
    clock = new Date('2026-12-07T10:00:00Z');
    const resolved = Incident.parse(await json(server.api(path, { token: lead.token, body: resolve })));
    expect(resolved).toMatchObject({
      status: 'resolved',
      fixedReply: '복구되었습니다.',
      resolvedAt: clock.toISOString(),
    });
    await live.next('incident', (m) => m.id === opened.id);
    expect((await server.api(path, { token: lead.token, body: resolve })).status).toBe(409);
    const listed = IncidentList.parse(await json(server.api('/incidents', { token: agent.token })));
    expect(listed.incidents).toEqual([resolved]);
    await live.close();
  });

  it('refuses bad input and unknown incidents without changing anything', async () => {
    const { lead, agents } = await teamWithAgents(server);
    const token = agents[0]!.token;
    expect((await server.api('/incidents', { token: lead.token, body: { title: '', holdingReply: 'x' } })).status).toBe(
      400,
    );
    expect((await server.api('/incidents/not-a-uuid/next', { token, method: 'POST' })).status).toBe(400);
    const unknown = '/incidents/00000000-0000-4000-8000-000000000000';
    expect((await server.api(`${unknown}/next`, { token, method: 'POST' })).status).toBe(404);
    expect((await server.api(`${unknown}/posts`, { token, body: { posts: posts(1) } })).status).toBe(404);
    const { incident } = await seedIncident(server, lead.token, { title: 'A', holdingReply: 'h' });
    const bad = { posts: [{ statusId: '12x', handle: 'a' }] };
    expect((await server.api(`/incidents/${incident.id}/posts`, { token, body: bad })).status).toBe(400);
    // Before it is resolved, nobody is handed a post for the fixed reply.
    expect((await server.api(`/incidents/${incident.id}/next`, { token, method: 'POST' })).status).toBe(409);
    const listed = IncidentList.parse(await json(server.api('/incidents', { token })));
    expect(listed.incidents.map((i) => i.posts)).toEqual([0]);
  });

  it('a post belongs to one incident at most; attaching again changes nothing', async () => {
    const { lead, agents } = await teamWithAgents(server);
    const token = agents[0]!.token;
    const a = await seedIncident(server, lead.token, { title: 'A', holdingReply: 'h' });
    const b = await seedIncident(server, lead.token, { title: 'B', holdingReply: 'h' });
    const three = posts(3);
    const first = AttachPostsResponse.parse(
      await json(server.api(`/incidents/${a.incident.id}/posts`, { token, body: { posts: three.slice(0, 2) } })),
    );
    expect(first).toEqual({ attached: 2, already: 0 });
    const second = AttachPostsResponse.parse(
      await json(server.api(`/incidents/${b.incident.id}/posts`, { token, body: { posts: three } })),
    );
    expect(second).toEqual({ attached: 1, already: 2 });
    const listed = IncidentList.parse(await json(server.api('/incidents', { token })));
    expect(Object.fromEntries(listed.incidents.map((i) => [i.title, i.posts]))).toEqual({ A: 2, B: 1 });
  });

  it('/next holds a post for the claim minutes and gives it again to its holder; /fixed once, 409 for a colleague', async () => {
    const { lead, agents } = await teamWithAgents(server, 'T', ['a', 'b']);
    const [a, b] = agents;
    const { incident, posts: attached } = await seedIncident(server, lead.token, {
      title: 'USIM',
      holdingReply: 'h',
      posts: posts(2),
      fixedReply: 'fixed',
    });
    const next = (token: string) =>
      json(server.api(`/incidents/${incident.id}/next`, { token, method: 'POST' })).then((r) =>
        NextFixResponse.parse(r),
      );
    const fixed = (token: string, statusId: string) =>
      server.api(`/incidents/${incident.id}/fixed`, { token, body: { statusId } });

    const forA = await next(a!.token);
    expect(forA.post).toEqual({ ...attached[0], url: `https://x.com/user_1/status/${attached[0]!.statusId}` });
    expect(forA.left).toBe(2);
    expect((await next(a!.token)).post?.statusId).toBe(attached[0]!.statusId);
    const forB = await next(b!.token);
    expect(forB.post?.statusId).toBe(attached[1]!.statusId);

    // Past the claim minutes (15), a held post no one fixed is anyone's again, oldest first.
    clock = new Date(clock.getTime() + 16 * 60_000);
    expect((await next(b!.token)).post?.statusId).toBe(attached[0]!.statusId);
    expect((await next(b!.token)).post?.statusId).toBe(attached[0]!.statusId);

    // The first holder sent the fixed reply meanwhile: recorded once; the colleague's word comes too late.
    const done = await fixed(a!.token, attached[0]!.statusId);
    expect(FixedResponse.parse(await done.json())).toEqual({ left: 1 });
    expect((await fixed(a!.token, attached[0]!.statusId)).status).toBe(200);
    const colleague = await fixed(b!.token, attached[0]!.statusId);
    expect(colleague.status).toBe(409);
    expect(await colleague.json()).toMatchObject({ error: 'fixed' });
    expect((await fixed(b!.token, '42')).status).toBe(404);
    expect((await next(b!.token)).post?.statusId).toBe(attached[1]!.statusId);
    expect(FixedResponse.parse(await (await fixed(b!.token, attached[1]!.statusId)).json())).toEqual({ left: 0 });
    expect(await next(a!.token)).toEqual({ post: null, left: 0 });
    const listed = IncidentList.parse(await json(server.api('/incidents', { token: a!.token })));
    expect(listed.incidents[0]).toMatchObject({ posts: 2, fixed: 2 });
  });

  it('two agents walking 50 posts at once: no post handed out twice, all 50 fixed', async () => {
    const { lead, agents } = await teamWithAgents(server, 'T', ['서연', '지민']);
    const { incident } = await seedIncident(server, lead.token, {
      title: 'USIM 유출',
      holdingReply: 'h',
      posts: posts(50),
      fixedReply: 'fixed',
    });
    const handed = new Map<string, string[]>();
    const walk = async (token: string, name: string) => {
      for (;;) {
        const { post } = NextFixResponse.parse(
          await json(server.api(`/incidents/${incident.id}/next`, { token, method: 'POST' })),
        );
        if (!post) return;
        handed.set(post.statusId, [...(handed.get(post.statusId) ?? []), name]);
        const done = await server.api(`/incidents/${incident.id}/fixed`, { token, body: { statusId: post.statusId } });
        expect(done.status).toBe(200);
      }
    };
    await Promise.all([walk(agents[0]!.token, '서연'), walk(agents[1]!.token, '지민')]);
    expect(handed.size).toBe(50);
    expect([...handed.values()].filter((names) => names.length > 1)).toEqual([]);
    const listed = IncidentList.parse(await json(server.api('/incidents', { token: lead.token })));
    expect(listed.incidents[0]).toMatchObject({ posts: 50, fixed: 50 });
  });
});
