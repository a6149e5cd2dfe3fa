import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/testing';
import { kst, seedHandoffs, seedIncident, seedReplies, type SeededAgent } from '../../server/testing-desk';
import { DeskReport } from '../../utils/team/desk-wire';
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

async function desk() {
  const { lead, agents } = await teamWithAgents(server, 'T', ['서연', '지민']);
  const [s, j] = agents.map((a): SeededAgent => ({ name: a.agent.name, agentId: a.agent.id, token: a.token }));
  const report = async (query: string) =>
    DeskReport.parse(await json(server.api(`/lead/desk?${query}`, { token: lead.token })));
  return { lead, s: s!, j: j!, report };
}

describe("the lead's report", () => {
  it('counts replies per agent per Korean day, first replies from the post time in its id, templates and accounts', async () => {
    const { s, j, report } = await desk();
    const ids = await seedReplies(server, [
      {
        agent: s,
        at: kst('2026-12-01', '10:00'),
        waitedMinutes: 10,
        account: 'acme_care',
        templateId: 't1',
        templateTitle: 'Refund',
      },
      {
        agent: s,
        at: kst('2026-12-01', '23:30'),
        waitedMinutes: 30,
        account: 'acme_care',
        templateId: 't2',
        templateTitle: 'Sorry',
      },
      {
        agent: s,
        at: kst('2026-12-02', '00:10'),
        waitedMinutes: 20,
        account: 'ACME_care',
        templateId: 't1',
        templateTitle: 'Refund (new)',
      },
      { agent: j, at: kst('2026-12-02', '09:00'), waitedMinutes: 5, account: 'acme_jobs', templateId: 't1' },
      { agent: j, at: kst('2026-12-03', '09:00'), waitedMinutes: 60 },
    ]);
    // A second reply to a post is a reply, not a first reply.
    await seedReplies(server, [{ agent: j, at: kst('2026-12-03', '10:00'), statusId: ids[0] }]);
    // A post first answered before the range: its reply in the range is no first reply.
    const [old] = await seedReplies(server, [{ agent: s, at: kst('2026-11-30', '22:00'), waitedMinutes: 1 }]);
    await seedReplies(server, [{ agent: s, at: kst('2026-12-01', '08:00'), statusId: old }]);
    // Midnight in Korea ends the range (UTC 15:00 the day before).
    await seedReplies(server, [{ agent: s, at: kst('2026-12-04', '00:00') }]);

    const all = await report('from=2026-12-01&to=2026-12-03');
    expect(all.days).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    expect(all.repliesPerAgent).toEqual([
      { agentId: s.agentId, agentName: '서연', perDay: [3, 1, 0], total: 4 },
      { agentId: j.agentId, agentName: '지민', perDay: [0, 1, 2], total: 3 },
    ]);
    // Waits 5, 10, 20, 30, 60: the median is the middle one, p90 the 5th of 5 (nearest rank).
    expect(all.firstReply).toEqual({ posts: 5, medianMinutes: 20, p90Minutes: 60 });
    expect(all.templates).toEqual([
      { templateId: 't1', title: 'Refund (new)', uses: 3 },
      { templateId: 't2', title: 'Sorry', uses: 1 },
    ]);
    expect(all.accounts).toEqual([
      { account: '', replies: 3 },
      { account: 'acme_care', replies: 3 },
      { account: 'acme_jobs', replies: 1 },
    ]);

    const care = await report('from=2026-12-01&to=2026-12-03&account=Acme_Care');
    expect(care.repliesPerAgent).toEqual([
      { agentId: s.agentId, agentName: '서연', perDay: [2, 1, 0], total: 3 },
      { agentId: j.agentId, agentName: '지민', perDay: [0, 0, 0], total: 0 },
    ]);
    // Waits 10, 20, 30: the 90th percentile is the 3rd of 3.
    expect(care.firstReply).toEqual({ posts: 3, medianMinutes: 20, p90Minutes: 30 });
    expect(care.accounts).toEqual([{ account: 'acme_care', replies: 3 }]);
    expect(care.templates.map((t) => [t.templateId, t.uses])).toEqual([
      ['t1', 2],
      ['t2', 1],
    ]);

    const even = await report('from=2026-12-02&to=2026-12-03');
    // Waits 5, 20, 60 (the 12-02 00:10 reply is on the 2nd in Korea): median 20; then without it, an even count.
    expect(even.firstReply).toEqual({ posts: 3, medianMinutes: 20, p90Minutes: 60 });
    const twoDays = await report('from=2026-12-03&to=2026-12-04');
    expect(twoDays.firstReply).toEqual({ posts: 2, medianMinutes: 35, p90Minutes: 60 });
  });

  it('lists open handoffs of the range (newest first) and the incidents running in it', async () => {
    const { lead, s, report } = await desk();
    const handoffIds = await seedHandoffs(server, [
      { agent: s, at: kst('2026-12-01', '10:00'), handle: 'Minji_Kim', account: 'acme_care' },
      { agent: s, at: kst('2026-12-02', '10:00'), handle: 'jun' },
      { agent: s, at: kst('2026-11-30', '10:00'), handle: 'early' },
    ]);
    clock = kst('2026-12-02', '12:00');
    const { incident } = await seedIncident(server, lead.token, {
      title: 'LTE 장애 강남',
      holdingReply: '확인 중입니다.',
      posts: 3,
    });
    clock = kst('2026-12-05', '12:00');
    await seedIncident(server, lead.token, { title: 'Later', holdingReply: 'h' });

    const got = await report('from=2026-12-01&to=2026-12-03');
    expect(got.openHandoffs).toEqual([
      {
        handoffId: handoffIds[1],
        customerHandle: 'jun',
        agentName: '서연',
        at: kst('2026-12-02', '10:00').toISOString(),
        status: null,
        note: null,
        updatedAt: null,
      },
      expect.objectContaining({ handoffId: handoffIds[0], customerHandle: 'Minji_Kim' }),
    ]);
    expect(got.incidents).toEqual([
      expect.objectContaining({ id: incident.id, title: 'LTE 장애 강남', posts: 3, fixed: 0 }),
    ]);
    const care = await report('from=2026-12-01&to=2026-12-03&account=acme_care');
    expect(care.openHandoffs.map((h) => h.handoffId)).toEqual([handoffIds[0]]);
  });

  it('is for leads only and refuses ranges it cannot answer', async () => {
    const { lead, s } = await desk();
    const ask = (query: string, token = lead.token) => server.api(`/lead/desk?${query}`, { token });
    expect((await ask('from=2026-12-01&to=2026-12-03', s.token)).status).toBe(403);
    expect((await ask('from=2026-12-03&to=2026-12-01')).status).toBe(400);
    expect((await ask('from=2026-08-31&to=2026-12-01')).status).toBe(400);
    expect((await ask('from=2026-09-01&to=2026-12-01')).status).toBe(200);
    expect((await ask('from=2026-02-30&to=2026-03-01')).status).toBe(400);
    expect((await ask('from=2026-12-01')).status).toBe(400);
    expect((await ask('from=2026-12-01&to=2026-12-01&account=no%20spaces')).status).toBe(400);
  });
});
