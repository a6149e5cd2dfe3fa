import { createHmac, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/testing';
import { TicketSecretCreated, TicketSecretInfo, TicketStatusStored } from '../../utils/team/desk-wire';
import { QueueMarksResponse } from '../../utils/team/live-wire';
import { LookupResponse, SyncResponse, type ApiError } from '../../utils/team/wire';
import { json, newEvent, teamWithAgents } from './helpers';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const sign = (secret: string, body: string) => 'sha256=' + createHmac('sha256', secret).update(body).digest('hex');

function postStatus(teamId: string, body: string, signature: string) {
  return server.api('/tickets/status', {
    body,
    headers: { 'x-careline-team': teamId, 'x-careline-signature': signature },
  });
}

function update(handoffId: string, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    format: 'careline-ticket-status',
    version: 1,
    handoffId,
    ticketId: 'T-1042',
    status: 'solved',
    note: '기지국 교체 완료',
    at: '2026-12-07T10:00:00+09:00',
    ...extra,
  });
}

/** A team whose agent handed post 555 of customer 42 off, and a ticket secret from the lead. */
async function handedOff() {
  const { teamId, lead, agents } = await teamWithAgents(server, 'T', ['서연']);
  const agent = agents[0]!;
  const handoffId = randomUUID();
  await json(
    server.api('/events', {
      token: agent.token,
      body: { events: [newEvent({ xUserId: '42' }, 'handoff', { statusId: '555', handoffId, text: 'LTE 끊김' })] },
    }),
  );
  const created = TicketSecretCreated.parse(await json(server.api('/tickets/secret', { token: lead.token, body: {} })));
  return { teamId, lead, agent, handoffId, secret: created.secret };
}

describe('ticket status from the call center', () => {
  it('a signed update is stored once on the handoff customer and reaches lookup, sync and the queue marks', async () => {
    const { teamId, agent, handoffId, secret } = await handedOff();
    const body = update(handoffId);
    const first = TicketStatusStored.parse(await json(postStatus(teamId, body, sign(secret, body))));
    expect(first.duplicate).toBe(false);
    const again = TicketStatusStored.parse(await json(postStatus(teamId, body, sign(secret, body))));
    expect(again).toEqual({ seq: first.seq, duplicate: true });

    const looked = LookupResponse.parse(
      await json(server.api('/customers/lookup', { token: agent.token, body: { customer: { xUserId: '42' } } })),
    );
    const tickets = looked.events.filter((e) => e.kind === 'ticket-status');
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({
      seq: first.seq,
      handoffId,
      statusId: '555',
      ticketStatus: 'solved',
      ticketId: 'T-1042',
      text: '기지국 교체 완료',
      at: '2026-12-07T01:00:00.000Z',
    });
    const synced = SyncResponse.parse(
      await json(
        server.api('/sync', { token: agent.token, body: { customerIds: [tickets[0]!.customerId], after: '0' } }),
      ),
    );
    expect(synced.events.map((e) => e.kind)).toEqual(['handoff', 'ticket-status']);

    const marks = QueueMarksResponse.parse(
      await json(server.api('/queue/marks', { token: agent.token, body: { after: '0' } })),
    );
    expect(marks.marks.map((m) => [m.postId, m.state, m.ticketStatus])).toEqual([
      ['555', 'handed-off', undefined],
      ['555', 'handed-off', 'solved'],
    ]);
  });

  it('a bad or missing signature, an unknown team or a rotated-away secret is 401 and stores nothing', async () => {
    const { teamId, lead, handoffId, secret } = await handedOff();
    const body = update(handoffId);
    const refused = async (response: Promise<Response>) => {
      const r = await response;
      expect(r.status).toBe(401);
      expect(((await r.json()) as ApiError).error).toBe('bad-signature');
    };
    await refused(postStatus(teamId, body, sign('not-the-secret-not-the-secret-xx', body)));
    await refused(postStatus(teamId, body, ''));
    await refused(postStatus(teamId, update(handoffId, { status: 'closed' }), sign(secret, body)));
    await refused(postStatus(randomUUID(), body, sign(secret, body)));
    await json(server.api('/tickets/secret', { token: lead.token, body: {} }));
    await refused(postStatus(teamId, body, sign(secret, body)));
    expect(await server.db.query("SELECT 1 FROM events WHERE kind = 'ticket-status'")).toEqual([]);
  });

  it('an unknown handoff is 404, a body that is not a TicketStatusUpdate is 400', async () => {
    const { teamId, handoffId, secret } = await handedOff();
    const unknown = update(randomUUID());
    const missing = await postStatus(teamId, unknown, sign(secret, unknown));
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ApiError).error).toBe('no-such-handoff');
    const wrong = update(handoffId, { status: 'maybe' });
    const bad = await postStatus(teamId, wrong, sign(secret, wrong));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ApiError).message).toMatch(/^status:/);
    expect(await server.db.query("SELECT 1 FROM events WHERE kind = 'ticket-status'")).toEqual([]);
  });

  it("another team's handoff is unknown to this team's secret", async () => {
    const mine = await handedOff();
    const { teamId: otherTeam, lead: otherLead } = await teamWithAgents(server, 'Other', []);
    const other = TicketSecretCreated.parse(
      await json(server.api('/tickets/secret', { token: otherLead.token, body: {} })),
    );
    const body = update(mine.handoffId);
    expect((await postStatus(otherTeam, body, sign(other.secret, body))).status).toBe(404);
  });

  it('only the lead sets the secret; the team sees when it was set, never the secret again', async () => {
    const { teamId, lead, agents } = await teamWithAgents(server, 'T', ['서연']);
    expect(TicketSecretInfo.parse(await json(server.api('/tickets/secret', { token: lead.token })))).toEqual({
      teamId,
      setAt: null,
    });
    expect((await server.api('/tickets/secret', { token: agents[0]!.token, body: {} })).status).toBe(403);
    const a = TicketSecretCreated.parse(await json(server.api('/tickets/secret', { token: lead.token, body: {} })));
    const b = TicketSecretCreated.parse(await json(server.api('/tickets/secret', { token: lead.token, body: {} })));
    expect(a.secret).not.toBe(b.secret);
    const info = TicketSecretInfo.parse(await json(server.api('/tickets/secret', { token: lead.token })));
    expect(info).toEqual({ teamId, setAt: b.setAt });
    expect(JSON.stringify(info)).not.toContain(b.secret);
  });

  it('an agent cannot push a ticket-status event', async () => {
    const { agents } = await teamWithAgents(server, 'T', ['서연']);
    const forged = newEvent({ xUserId: '42' }, 'ticket-status', { handoffId: 'h', text: 'solved' });
    const r = await server.api('/events', { token: agents[0]!.token, body: { events: [forged] } });
    expect(r.status).toBe(400);
    expect(((await r.json()) as ApiError).message).toBe(
      'events.0.kind: ticket-status events come only from the call center',
    );
  });
});
