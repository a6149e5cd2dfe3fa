/**
 * The live team's HTTP routes: the queue's marks, taking and releasing claims, and the one-time
 * ticket that opens the live connection (server/live/socket.ts). Claims are told to the whole team
 * on the live connection as they change.
 */
import { createRoute } from '@hono/zod-openapi';
import { asTeam } from '../db/team-scope';
import { requireRole } from '../auth/middleware';
import { releaseClaim, runningClaims, takeClaim } from '../store/claims';
import { createLiveTicket } from '../store/live-tickets';
import { queueMarksSince } from '../store/queue-marks';
import { getSettings } from '../store/teams';
import { errorResponses } from '../http/errors';
import { bearer, jsonAnswer, jsonBody } from '../http/openapi';
import type { AppDeps, TeamApp } from '../http/env';
import {
  ClaimConflict,
  ClaimRequest,
  ClaimResponse,
  LiveTicketResponse,
  QueueMarksRequest,
  QueueMarksResponse,
  ReleaseResponse,
} from '../../utils/team/live-wire';

export function registerLiveRoutes(app: TeamApp, deps: AppDeps): void {
  const agent = [requireRole(deps, 'agent')];

  app.openapi(
    createRoute({
      method: 'post',
      path: '/queue/marks',
      summary: 'Posts the team answered or handed off (last 7 days) after the cursor, the running claims, the target',
      security: bearer,
      middleware: agent,
      request: { body: jsonBody(QueueMarksRequest) },
      responses: { 200: jsonAnswer(QueueMarksResponse, 'The marks'), ...errorResponses(400, 401, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const { after } = c.req.valid('json');
      const now = deps.now();
      const answer = await asTeam(deps.db, session.teamId, async (tx) => {
        const { marks, cursor } = await queueMarksSince(tx, session.teamId, after, now);
        const claims = await runningClaims(tx, session.teamId, now);
        const settings = await getSettings(tx, session.teamId);
        return { marks, claims, cursor, targetMinutes: settings.responseTargetMinutes, now: now.toISOString() };
      });
      return c.json(answer, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/claims',
      summary: "Take a post or customer for the team's claim minutes (or extend one's own claim)",
      security: bearer,
      middleware: agent,
      request: { body: jsonBody(ClaimRequest) },
      responses: {
        200: jsonAnswer(ClaimResponse, 'Taken'),
        409: jsonAnswer(ClaimConflict, 'A colleague holds it'),
        ...errorResponses(400, 401, 429),
      },
    }),
    async (c) => {
      const session = c.get('session');
      const req = c.req.valid('json');
      const outcome = await asTeam(deps.db, session.teamId, async (tx) => {
        const { claimMinutes } = await getSettings(tx, session.teamId);
        return takeClaim(tx, session, req, claimMinutes, deps.now());
      });
      if (!outcome.taken) {
        const until = outcome.claim.until.slice(11, 16);
        const message = `${outcome.claim.agentName} holds this until ${until} UTC.`;
        return c.json({ error: 'claimed' as const, message, claim: outcome.claim }, 409);
      }
      deps.live.broadcast(session.teamId, { type: 'claim', claim: outcome.claim });
      return c.json({ claim: outcome.claim }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/claims/release',
      summary: "Give a claim back (one's own; a lead may release anyone's)",
      security: bearer,
      middleware: agent,
      request: { body: jsonBody(ClaimRequest) },
      responses: { 200: jsonAnswer(ReleaseResponse, 'Released or not held'), ...errorResponses(400, 401, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const req = c.req.valid('json');
      const released = await asTeam(deps.db, session.teamId, (tx) => releaseClaim(tx, session, req));
      if (released) {
        deps.live.broadcast(session.teamId, {
          type: 'claim-released',
          postId: req.postId ?? null,
          customerId: req.customerId ?? null,
        });
      }
      return c.json({ released }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/live/ticket',
      summary: 'A one-time ticket (60 s) for the first message of the live connection',
      security: bearer,
      middleware: agent,
      responses: { 200: jsonAnswer(LiveTicketResponse, 'The ticket'), ...errorResponses(401, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const ticket = await asTeam(deps.db, session.teamId, (tx) =>
        createLiveTicket(tx, session.teamId, session.agentId, deps.now()),
      );
      return c.json(ticket, 200);
    },
  );
}
