/** Joining with an invite code, who am I, and leaving (the agent's own token is revoked). */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { asTeam } from '../db/team-scope';
import type { Queryable } from '../db/db';
import { requireRole } from '../auth/middleware';
import { inviteTeam, redeemInvite, revokeToken } from '../store/agents';
import { getSettings } from '../store/teams';
import { errorResponses, fail } from '../http/errors';
import { bearer, jsonAnswer, jsonBody } from '../http/openapi';
import type { AppDeps, TeamApp } from '../http/env';
import { JoinRequest, JoinResponse, Session, type Role } from '../../utils/team/wire';

export async function loadSession(tx: Queryable, teamId: string, agentId: string): Promise<Session> {
  const [row] = await tx.query<{ team_name: string; agent_name: string; role: Role }>(
    `SELECT teams.name AS team_name, agents.name AS agent_name, agents.role
       FROM agents JOIN teams ON teams.id = agents.team_id WHERE agents.id = $1`,
    [agentId],
  );
  if (!row) throw new Error('the agent of a valid token is missing');
  return {
    team: { id: teamId, name: row.team_name },
    agent: { id: agentId, name: row.agent_name, role: row.role },
    settings: await getSettings(tx, teamId),
  };
}

export function registerSessionRoutes(app: TeamApp, deps: AppDeps): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/join',
      summary: 'Exchange a one-time invite code for a bearer token (shown once)',
      request: { body: jsonBody(JoinRequest) },
      responses: { 200: jsonAnswer(JoinResponse, 'Joined'), ...errorResponses(400, 401, 429) },
    }),
    async (c) => {
      const { inviteCode } = c.req.valid('json');
      const refused = () =>
        fail(c, 401, 'invalid-invite', 'This invite code is not valid: it may be used, expired or mistyped.');
      const teamId = await inviteTeam(deps.db, inviteCode);
      if (!teamId) return refused();
      const joined = await asTeam(deps.db, teamId, async (tx) => {
        const redeemed = await redeemInvite(tx, teamId, inviteCode, deps.now());
        return redeemed && { token: redeemed.token, ...(await loadSession(tx, teamId, redeemed.agentId)) };
      });
      if (!joined) return refused();
      return c.json(joined satisfies JoinResponse, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/me',
      summary: 'The team, agent and team settings this token stands for',
      security: bearer,
      middleware: [requireRole(deps, 'agent')],
      responses: { 200: jsonAnswer(Session, 'The session'), ...errorResponses(401, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      return c.json(
        await asTeam(deps.db, session.teamId, (tx) => loadSession(tx, session.teamId, session.agentId)),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/leave',
      summary: "Revoke this agent's own token (the agent stays in the team and may be invited again)",
      security: bearer,
      middleware: [requireRole(deps, 'agent')],
      responses: { 200: jsonAnswer(z.object({ left: z.boolean() }), 'Left'), ...errorResponses(401, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const token = /^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
      await asTeam(deps.db, session.teamId, (tx) => revokeToken(tx, token, deps.now()));
      return c.json({ left: true }, 200);
    },
  );
}
