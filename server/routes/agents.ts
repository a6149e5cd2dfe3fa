/** The lead's team administration: invite an agent, list the agents, revoke one, and the team settings. */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { asTeam } from '../db/team-scope';
import { requireRole } from '../auth/middleware';
import { createInvite, listAgents, revokeAgent } from '../store/agents';
import { getSettings, putSettings } from '../store/teams';
import { dropAgentClaims } from '../store/claims';
import { errorResponses, fail } from '../http/errors';
import { bearer, jsonAnswer, jsonBody } from '../http/openapi';
import type { AppDeps, TeamApp } from '../http/env';
import { AgentRow, InviteRequest, InviteResponse, TeamSettings } from '../../utils/team/wire';

const RevokeRequest = z.object({ agentId: z.string().min(1).max(100) });

export function registerAgentRoutes(app: TeamApp, deps: AppDeps): void {
  const lead = [requireRole(deps, 'lead')];

  app.openapi(
    createRoute({
      method: 'post',
      path: '/invites',
      summary: 'Invite an agent or lead: a one-time code, valid 7 days, shown once',
      security: bearer,
      middleware: lead,
      request: { body: jsonBody(InviteRequest) },
      responses: { 200: jsonAnswer(InviteResponse, 'The invite'), ...errorResponses(400, 401, 403, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const who = c.req.valid('json');
      const invite = await asTeam(deps.db, session.teamId, (tx) => createInvite(tx, session.teamId, who, deps.now()));
      return c.json({ code: invite.code, expiresAt: invite.expiresAt }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/agents',
      summary: "The team's agents and leads, revoked ones included",
      security: bearer,
      middleware: lead,
      responses: { 200: jsonAnswer(z.array(AgentRow), 'The agents'), ...errorResponses(401, 403, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      return c.json(await asTeam(deps.db, session.teamId, (tx) => listAgents(tx, session.teamId)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/agents/revoke',
      summary: 'Revoke an agent: every token of theirs stops working at once, and their invite if unused',
      security: bearer,
      middleware: lead,
      request: { body: jsonBody(RevokeRequest) },
      responses: {
        200: jsonAnswer(z.object({ revoked: z.boolean() }), 'Revoked'),
        ...errorResponses(400, 401, 403, 404, 429),
      },
    }),
    async (c) => {
      const session = c.get('session');
      const { agentId } = c.req.valid('json');
      if (agentId === session.agentId) {
        return fail(c, 400, 'self-revoke', 'A lead cannot revoke their own access here; use Leave team instead.');
      }
      const outcome = await asTeam(deps.db, session.teamId, async (tx) => {
        if (!(await revokeAgent(tx, agentId, deps.now()))) return null;
        return dropAgentClaims(tx, session.teamId, agentId);
      });
      if (!outcome) return fail(c, 404, 'no-such-agent', 'No agent with this id is in the team.');
      // Their live connections close on every server process, and their claims are free again.
      deps.live.revoke(session.teamId, agentId);
      for (const held of outcome) {
        deps.live.broadcast(session.teamId, {
          type: 'claim-released',
          postId: held.post_id,
          customerId: held.customer_id,
        });
      }
      return c.json({ revoked: true }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/settings',
      summary: "The team's settings (every agent also gets them from /me)",
      security: bearer,
      middleware: lead,
      responses: { 200: jsonAnswer(TeamSettings, 'The settings'), ...errorResponses(401, 403, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      return c.json(await asTeam(deps.db, session.teamId, (tx) => getSettings(tx, session.teamId)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/settings',
      summary: "Change the team's settings: how long browsers cache a customer, how long events are kept",
      security: bearer,
      middleware: lead,
      request: { body: jsonBody(TeamSettings) },
      responses: { 200: jsonAnswer(TeamSettings, 'The new settings'), ...errorResponses(400, 401, 403, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const settings = c.req.valid('json');
      await asTeam(deps.db, session.teamId, (tx) => putSettings(tx, session.teamId, settings));
      return c.json(settings, 200);
    },
  );
}
