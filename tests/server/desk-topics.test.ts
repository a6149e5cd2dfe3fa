import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/testing';
import { addDays } from '../../server/store/desk-figures';
import { kst, seedPostId, seedReplies, type SeedReply, type SeededAgent } from '../../server/testing-desk';
import { DeskReport, PostTopic } from '../../utils/team/desk-wire';
import { SyncResponse } from '../../utils/team/wire';
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

const times = (n: number, day: string, extra: Omit<SeedReply, 'at'>): SeedReply[] =>
  Array.from({ length: n }, (_, i) => ({ ...extra, at: kst(day, `1${i % 10}:00`) }));

describe('topics', () => {
  it('the first reply sets the topic, counted on the day the post was written; a jump is a spike with its place', async () => {
    const { s, j, report } = await desk();
    // Two outage posts a day for the week before, none on the 1st, six on the 2nd (four name 강남).
    const before = [1, 2, 3, 4, 5, 6, 7].flatMap((n) =>
      times(2, addDays('2026-12-01', -n), { agent: s, topic: 'outage' }),
    );
    await seedReplies(server, [
      ...before,
      ...times(4, '2026-12-02', { agent: s, topic: 'outage', place: '강남' }),
      ...times(2, '2026-12-02', { agent: j, topic: 'outage', place: '역삼' }),
      ...times(2, '2026-12-01', { agent: j, topic: 'billing' }),
      // Written at 23:55 on the 2nd, answered on the 3rd: a post of the 2nd.
      { agent: j, at: kst('2026-12-03', '00:05'), waitedMinutes: 10 },
    ]);
    const got = await report('from=2026-12-01&to=2026-12-03');
    expect(got.topics.perDay).toEqual([
      { topic: 'outage', counts: [0, 6, 0] },
      { topic: 'billing', counts: [2, 0, 0] },
      { topic: 'other', counts: [0, 1, 0] },
    ]);
    // 2026-12-01 is a Tuesday: its week is named by Monday the 30th.
    expect(got.topics.perWeek).toEqual([
      { week: '2026-11-30', topic: 'outage', count: 6 },
      { week: '2026-11-30', topic: 'billing', count: 2 },
      { week: '2026-11-30', topic: 'other', count: 1 },
    ]);
    // The usual level of the 2nd: (6 x 2 + 0) / 7 = 1.71; 6 is over 3 times that.
    expect(got.topics.spikes).toEqual([{ topic: 'outage', day: '2026-12-02', count: 6, usual: 1.7, place: '강남' }]);
  });

  it('an agent changes a topic in one request; a later reply by a colleague does not change it back', async () => {
    const { s, j, report } = await desk();
    const [first, second] = await seedReplies(server, [
      { agent: s, at: kst('2026-12-01', '10:00'), topic: 'billing', place: '강남역' },
      { agent: s, at: kst('2026-12-01', '11:00'), topic: 'billing' },
    ]);
    clock = kst('2026-12-01', '12:00');
    const changed = PostTopic.parse(
      await json(server.api('/topics', { token: j.token, body: { statusId: first, topic: 'outage', place: null } })),
    );
    expect(changed).toEqual({
      statusId: first,
      topic: 'outage',
      place: null,
      account: null,
      agentName: '지민',
      at: clock.toISOString(),
    });
    await seedReplies(server, [{ agent: j, at: kst('2026-12-01', '13:00'), statusId: second, topic: 'coverage' }]);
    // A topic set before any reply: the reply (the panel's latest choice) takes over; until then it is not counted.
    const early = seedPostId(kst('2026-12-01', '14:00'));
    await json(
      server.api('/topics', { token: s.token, body: { statusId: early, topic: 'roaming', account: 'Acme_Care' } }),
    );
    expect((await report('from=2026-12-01&to=2026-12-01')).topics.perDay.map((t) => t.topic)).toEqual([
      'billing',
      'outage',
    ]);
    await seedReplies(server, [{ agent: s, at: kst('2026-12-01', '14:30'), statusId: early, topic: 'billing' }]);
    const got = await report('from=2026-12-01&to=2026-12-01&account=acme_care');
    expect(got.topics.perDay).toEqual([{ topic: 'billing', counts: [1] }]);
    expect((await server.api('/topics', { token: s.token, body: { statusId: 'x1', topic: 'billing' } })).status).toBe(
      400,
    );
    expect((await server.api('/topics', { token: s.token, body: { statusId: '1', topic: 'Billing' } })).status).toBe(
      400,
    );
  });

  it('push keeps topic, place, account and template, and sync gives them to every agent', async () => {
    const { s, j } = await desk();
    const [statusId] = await seedReplies(server, [
      {
        agent: s,
        at: kst('2026-12-01', '10:00'),
        topic: 'outage',
        place: '강남',
        account: 'Acme_Care',
        templateId: 't9',
        templateTitle: 'LTE',
      },
    ]);
    const customerIds = (await server.db.query<{ id: string }>('SELECT id::text AS id FROM customers')).map(
      (c) => c.id,
    );
    const synced = SyncResponse.parse(
      await json(server.api('/sync', { token: j.token, body: { customerIds, after: '0' } })),
    );
    expect(synced.events).toEqual([
      expect.objectContaining({ statusId, topic: 'outage', place: '강남', account: 'acme_care', templateId: 't9' }),
    ]);
  });

  it("exports a topic's posts as CSV for the lead only, and writes the export to the access log", async () => {
    const { lead, s } = await desk();
    const ids = await seedReplies(server, [
      {
        agent: s,
        at: kst('2026-12-02', '10:00'),
        waitedMinutes: 15,
        topic: 'outage',
        place: '강남',
        account: 'acme_care',
      },
      { agent: s, at: kst('2026-12-02', '11:00'), topic: 'billing' },
      { agent: s, at: kst('2026-12-04', '11:00'), topic: 'outage' },
    ]);
    const path = '/lead/topics/export?topic=outage&from=2026-12-01&to=2026-12-03';
    expect((await server.api(path, { token: s.token })).status).toBe(403);
    const response = await server.api(path, { token: lead.token });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    // A BOM first, so Excel reads the Korean as UTF-8 (text() would drop it).
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(csv.split('\r\n')).toEqual([
      '\uFEFF"status_id","url","posted_kst","answered_kst","topic","place","account","topic_set_by"',
      `"${ids[0]}","https://x.com/i/web/status/${ids[0]}","2026-12-02 09:45","2026-12-02 10:00","outage","강남","acme_care","서연"`,
      '',
    ]);
    const logged = await server.db.query<{ action: string; detail: string }>('SELECT action, detail FROM access_log');
    expect(logged).toEqual([{ action: 'export', detail: 'topic outage 2026-12-01..2026-12-03: 1' }]);
    expect(
      (await server.api('/lead/topics/export?topic=Outage&from=2026-12-01&to=2026-12-03', { token: lead.token }))
        .status,
    ).toBe(400);
  });
});
