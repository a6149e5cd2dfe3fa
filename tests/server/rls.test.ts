import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asTeam } from '../../server/db/team-scope';
import { startTestServer, type TestServer } from '../../server/testing';
import { AgentRow, LookupResponse, PushResponse, SyncResponse, type ApiError } from '../../utils/team/wire';
import { json, newEvent, teamWithAgents } from './helpers';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

/** Team A with a customer, a note and a tag; team B with its own agent. */
async function twoTeams() {
  const a = await teamWithAgents(server, 'Team A', ['에이']);
  const b = await teamWithAgents(server, 'Team B', ['비']);
  const pushed = PushResponse.parse(
    await json(
      server.api('/events', {
        token: a.agents[0]!.token,
        body: {
          events: [
            newEvent({ xUserId: '500', handle: 'shared_name' }, 'note', { text: 'A의 메모' }),
            newEvent({ xUserId: '500' }, 'tag-added', { tag: 'vip' }),
          ],
        },
      }),
    ),
  );
  return { a, b, customerA: pushed.results[0]!.customerId };
}

describe("team B's token against team A's data", () => {
  it('reads nothing of team A: lookup, sync, agents, settings', async () => {
    const { a, b, customerA } = await twoTeams();
    const tokenB = b.agents[0]!.token;
    const looked = LookupResponse.parse(
      await json(server.api('/customers/lookup', { token: tokenB, body: { customer: { xUserId: '500' } } })),
    );
    expect(looked).toEqual({ customer: null, events: [], tags: [] });
    const synced = SyncResponse.parse(
      await json(server.api('/sync', { token: tokenB, body: { customerIds: [customerA], after: '0' } })),
    );
    expect(synced.events).toEqual([]);
    expect(synced.erased).toEqual([]);
    const agents = AgentRow.array().parse(await json(server.api('/agents', { token: b.lead.token })));
    expect(agents.map((x) => x.name).sort()).toEqual(['Lead', '비']);
    expect(agents.map((x) => x.id)).not.toContain(a.agents[0]!.agent.id);
  });

  it('writes nothing into team A: a push about the same person lands in B, revoke and settings stay in B', async () => {
    const { a, b, customerA } = await twoTeams();
    const tokenB = b.agents[0]!.token;
    const pushed = PushResponse.parse(
      await json(
        server.api('/events', {
          token: tokenB,
          body: { events: [newEvent({ xUserId: '500', handle: 'shared_name' }, 'tag-removed', { tag: 'vip' })] },
        }),
      ),
    );
    expect(pushed.results[0]!.customerId).not.toBe(customerA);

    const revoke = await server.api('/agents/revoke', {
      token: b.lead.token,
      body: { agentId: a.agents[0]!.agent.id },
    });
    expect(revoke.status).toBe(404);
    expect(((await revoke.json()) as ApiError).error).toBe('no-such-agent');
    expect((await server.api('/me', { token: a.agents[0]!.token })).status).toBe(200);

    await json(
      server.api('/settings', {
        token: b.lead.token,
        method: 'PUT',
        body: { cacheHours: 2, retentionDays: 60, responseTargetMinutes: 5, claimMinutes: 30 },
      }),
    );
    expect(await json(server.api('/settings', { token: a.lead.token }))).toEqual({
      cacheHours: 24,
      retentionDays: 1095,
      responseTargetMinutes: 60,
      claimMinutes: 15,
    });

    const lookedA = LookupResponse.parse(
      await json(
        server.api('/customers/lookup', { token: a.agents[0]!.token, body: { customer: { xUserId: '500' } } }),
      ),
    );
    expect(lookedA.tags).toEqual(['vip']);
    expect(lookedA.events.map((e) => e.agentName)).toEqual(['에이', '에이']);
  });
});

describe('row-level security under asTeam', () => {
  it('a query without WHERE sees only its own team in every table', async () => {
    const { a, b } = await twoTeams();
    await json(
      server.api('/events', { token: b.agents[0]!.token, body: { events: [newEvent({ handle: 'b_only' }, 'note')] } }),
    );
    const tables = ['agents', 'invites', 'tokens', 'customers', 'events', 'access_log'];
    for (const [teamId, other] of [
      [b.teamId, a.teamId],
      [a.teamId, b.teamId],
    ]) {
      for (const table of tables) {
        const rows = await asTeam(server.db, teamId!, (tx) =>
          tx.query<{ team_id: string }>(`SELECT team_id FROM ${table}`),
        );
        expect(new Set(rows.map((r) => r.team_id)), table).not.toContain(other);
      }
      const teams = await asTeam(server.db, teamId!, (tx) => tx.query<{ id: string }>('SELECT id FROM teams'));
      expect(teams.map((t) => t.id)).toEqual([teamId]);
    }
    // The owner sees both, so the filtering above is the policy's doing.
    const owner = await server.db.query<{ n: number }>('SELECT count(DISTINCT team_id)::int AS n FROM events');
    expect(owner[0]!.n).toBe(2);
  });

  it('refuses to write a row into another team, and an UPDATE without WHERE touches only its own', async () => {
    const { a, b, customerA } = await twoTeams();
    await expect(
      asTeam(server.db, b.teamId, (tx) =>
        tx.query(`INSERT INTO customers (team_id, handle) VALUES ($1, 'planted')`, [a.teamId]),
      ),
    ).rejects.toThrow(/row-level security/);
    await asTeam(server.db, b.teamId, (tx) => tx.query(`UPDATE customers SET note = 'overwritten'`));
    const rows = await server.db.query<{ note: string | null }>('SELECT note FROM customers WHERE id = $1', [
      customerA,
    ]);
    expect(rows).toEqual([{ note: null }]);
    await expect(asTeam(server.db, b.teamId, (tx) => tx.query('DELETE FROM events'))).rejects.toThrow(
      /permission denied/,
    );
    expect((await server.db.query('SELECT 1 FROM events WHERE team_id = $1', [a.teamId])).length).toBe(2);
  });
});
