import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/testing';
import { AgentRow, ApiError, InviteResponse, Session } from '../../utils/team/wire';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('joining and leaving', () => {
  it('exchanges an invite code once for a token that says who the agent is', async () => {
    const { teamId, leadCode } = await server.createTeam('SKT care', '지민');
    const joined = await server.join(leadCode);
    expect(joined.team).toEqual({ id: teamId, name: 'SKT care' });
    expect(joined.agent).toMatchObject({ name: '지민', role: 'lead' });
    expect(joined.settings).toEqual({
      cacheHours: 24,
      retentionDays: 1095,
      responseTargetMinutes: 60,
      claimMinutes: 15,
    });
    expect(joined.token).toMatch(/^clt_[\w-]{43}$/);

    const me = await server.api('/me', { token: joined.token });
    expect(me.status).toBe(200);
    expect(Session.parse(await me.json())).toEqual({
      team: joined.team,
      agent: joined.agent,
      settings: joined.settings,
    });

    const again = await server.api('/join', { body: { inviteCode: leadCode } });
    expect(again.status).toBe(401);
    expect(ApiError.parse(await again.json()).error).toBe('invalid-invite');
  });

  it('refuses an unknown or expired code and a missing or made-up token', async () => {
    const unknown = await server.api('/join', { body: { inviteCode: 'cli_not-a-real-code' } });
    expect(unknown.status).toBe(401);
    const noToken = await server.api('/me');
    expect(noToken.status).toBe(401);
    expect(((await noToken.json()) as ApiError).error).toBe('unauthorized');
    const madeUp = await server.api('/me', { token: 'clt_made-up' });
    expect(((await madeUp.json()) as ApiError).error).toBe('unauthorized');
  });

  it('leave revokes only the own token: it answers 401 revoked afterwards', async () => {
    const { teamId, leadCode } = await server.createTeam();
    const lead = await server.join(leadCode);
    const agent = await server.join(await server.invite(teamId, '서연'));
    const left = await server.api('/leave', { token: agent.token, body: {} });
    expect(left.status).toBe(200);
    const after = await server.api('/me', { token: agent.token });
    expect(after.status).toBe(401);
    expect(((await after.json()) as ApiError).error).toBe('revoked');
    expect((await server.api('/me', { token: lead.token })).status).toBe(200);
  });

  it('rejects a malformed body with a 400 ApiError naming the field', async () => {
    const bad = await server.api('/join', { body: { inviteCode: 42 } });
    expect(bad.status).toBe(400);
    const error = ApiError.parse(await bad.json());
    expect(error.error).toBe('bad-request');
    expect(error.message).toContain('inviteCode');
    const notJson = await server.api('/join', { body: '{not json', headers: { 'content-type': 'application/json' } });
    expect(notJson.status).toBe(400);
    expect(ApiError.parse(await notJson.json()).error).toBe('bad-request');
  });
});

describe('lead tools', () => {
  it('a lead invites, lists and revokes agents; settings round-trip', async () => {
    const { teamId, leadCode } = await server.createTeam('KT', 'Lead');
    const lead = await server.join(leadCode);
    const invited = await server.api('/invites', { token: lead.token, body: { name: '서연' } });
    expect(invited.status).toBe(200);
    const invite = InviteResponse.parse(await invited.json());
    const days = (Date.parse(invite.expiresAt) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(7);
    const seoyeon = await server.join(invite.code);
    expect(seoyeon.agent).toMatchObject({ name: '서연', role: 'agent' });
    expect(seoyeon.team.id).toBe(teamId);

    const agents = AgentRow.array().parse(await (await server.api('/agents', { token: lead.token })).json());
    expect(agents.map((a) => [a.name, a.role, a.active])).toEqual([
      ['Lead', 'lead', true],
      ['서연', 'agent', true],
    ]);

    const revoked = await server.api('/agents/revoke', { token: lead.token, body: { agentId: seoyeon.agent.id } });
    expect(revoked.status).toBe(200);
    expect(((await (await server.api('/me', { token: seoyeon.token })).json()) as ApiError).error).toBe('revoked');
    const after = AgentRow.array().parse(await (await server.api('/agents', { token: lead.token })).json());
    expect(after.find((a) => a.id === seoyeon.agent.id)?.active).toBe(false);

    const put = await server.api('/settings', {
      token: lead.token,
      method: 'PUT',
      body: { cacheHours: 8, retentionDays: 400 },
    });
    expect(put.status).toBe(200);
    expect(await (await server.api('/settings', { token: lead.token })).json()).toEqual({
      cacheHours: 8,
      retentionDays: 400,
      responseTargetMinutes: 60,
      claimMinutes: 15,
    });
    const badSettings = await server.api('/settings', {
      token: lead.token,
      method: 'PUT',
      body: { cacheHours: 0, retentionDays: 400 },
    });
    expect(badSettings.status).toBe(400);
  });

  it('an agent may not use lead tools; an invite of a revoked agent no longer works', async () => {
    const { teamId, leadCode } = await server.createTeam();
    const lead = await server.join(leadCode);
    const agent = await server.join(await server.invite(teamId, '민수'));
    for (const [path, body] of [
      ['/invites', { name: 'x' }],
      ['/agents/revoke', { agentId: lead.agent.id }],
    ] as const) {
      const refused = await server.api(path, { token: agent.token, body });
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as ApiError).error).toBe('lead-only');
    }
    expect((await server.api('/agents', { token: agent.token })).status).toBe(403);

    const pending = InviteResponse.parse(
      await (await server.api('/invites', { token: lead.token, body: { name: '대기' } })).json(),
    );
    const agents = AgentRow.array().parse(await (await server.api('/agents', { token: lead.token })).json());
    const waiting = agents.find((a) => a.name === '대기');
    expect(waiting?.joinedAt).toBeNull();
    await server.api('/agents/revoke', { token: lead.token, body: { agentId: waiting?.id } });
    expect((await server.api('/join', { body: { inviteCode: pending.code } })).status).toBe(401);
  });
});
