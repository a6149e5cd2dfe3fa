/**
 * Topics and incidents: an agent sets a post's topic; a lead opens and resolves incidents; agents
 * attach posts and, once resolved, are handed the attached posts one at a time for the fixed reply.
 * Every change to an incident is told to the team live ({type: 'incident', id}) so panels refresh.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { asTeam } from '../db/team-scope';
import { requireRole } from '../auth/middleware';
import { errorResponses, fail } from '../http/errors';
import { bearer, jsonAnswer, jsonBody } from '../http/openapi';
import type { AppDeps, TeamApp } from '../http/env';
import {
  attachPosts,
  incidentsDuring,
  markFixed,
  nextFix,
  openIncident,
  resolveIncident,
  type Refusal,
} from '../store/incidents';
import { getSettings } from '../store/teams';
import { setPostTopic } from '../store/topics';
import {
  AttachPostsRequest,
  AttachPostsResponse,
  FixedRequest,
  FixedResponse,
  Incident,
  IncidentList,
  NextFixResponse,
  OpenIncidentRequest,
  PostTopic,
  ResolveIncidentRequest,
  SetTopicRequest,
} from '../../utils/team/desk-wire';

/** Incidents resolved longer ago than this drop out of GET /v1/incidents (the report still has them). */
export const INCIDENT_LIST_DAYS = 30;

const IncidentParams = z.object({ id: z.uuid() });

function refuse(c: Context, refusal: Refusal) {
  switch (refusal) {
    case 'not-found':
      return fail(c, 404, 'not-found', 'There is no such incident, or the post is not attached to it.');
    case 'resolved':
      return fail(c, 409, 'resolved', 'This incident is resolved already.');
    case 'not-resolved':
      return fail(c, 409, 'not-resolved', 'This incident is not resolved yet: it has no fixed reply.');
    case 'fixed-by-colleague':
      return fail(c, 409, 'fixed', 'A colleague sent the fixed reply to this post already.');
  }
}

export function registerIncidentRoutes(app: TeamApp, deps: AppDeps): void {
  const agent = [requireRole(deps, 'agent')];
  const lead = [requireRole(deps, 'lead')];
  const news = (teamId: string, id: string) => deps.live.broadcast(teamId, { type: 'incident', id });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/topics',
      summary: 'Set or change what a post is about (its topic, place and brand account)',
      security: bearer,
      middleware: agent,
      request: { body: jsonBody(SetTopicRequest) },
      responses: { 200: jsonAnswer(PostTopic, 'The topic as stored'), ...errorResponses(400, 401, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const req = c.req.valid('json');
      const topic = await asTeam(deps.db, session.teamId, (tx) => setPostTopic(tx, session, req, deps.now()));
      return c.json(topic, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/incidents',
      summary: `Open incidents and those resolved in the last ${INCIDENT_LIST_DAYS} days, newest first`,
      security: bearer,
      middleware: agent,
      responses: { 200: jsonAnswer(IncidentList, 'The incidents'), ...errorResponses(401, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const now = deps.now();
      const since = new Date(now.getTime() - INCIDENT_LIST_DAYS * 24 * 60 * 60 * 1000);
      const incidents = await asTeam(deps.db, session.teamId, (tx) =>
        incidentsDuring(tx, session.teamId, since, new Date(now.getTime() + 1)),
      );
      return c.json({ incidents }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/incidents',
      summary: 'Open an incident with its approved holding reply (lead)',
      security: bearer,
      middleware: lead,
      request: { body: jsonBody(OpenIncidentRequest) },
      responses: { 200: jsonAnswer(Incident, 'Opened'), ...errorResponses(400, 401, 403, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const req = c.req.valid('json');
      const incident = await asTeam(deps.db, session.teamId, (tx) => openIncident(tx, session, req, deps.now()));
      news(session.teamId, incident.id);
      return c.json(incident, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/incidents/{id}/resolve',
      summary: 'Resolve an incident with its approved fixed reply (lead); every attached post is owed it',
      security: bearer,
      middleware: lead,
      request: { params: IncidentParams, body: jsonBody(ResolveIncidentRequest) },
      responses: { 200: jsonAnswer(Incident, 'Resolved'), ...errorResponses(400, 401, 403, 404, 409, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const { id } = c.req.valid('param');
      const { fixedReply } = c.req.valid('json');
      const outcome = await asTeam(deps.db, session.teamId, (tx) =>
        resolveIncident(tx, session, id, fixedReply, deps.now()),
      );
      if (typeof outcome === 'string') return refuse(c, outcome);
      news(session.teamId, id);
      return c.json(outcome, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/incidents/{id}/posts',
      summary: 'Attach posts to an incident; a post already attached (here or elsewhere) stays where it is',
      security: bearer,
      middleware: agent,
      request: { params: IncidentParams, body: jsonBody(AttachPostsRequest) },
      responses: { 200: jsonAnswer(AttachPostsResponse, 'Attached'), ...errorResponses(400, 401, 404, 409, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const { id } = c.req.valid('param');
      const { posts } = c.req.valid('json');
      const outcome = await asTeam(deps.db, session.teamId, (tx) => attachPosts(tx, session, id, posts, deps.now()));
      if (typeof outcome === 'string') return refuse(c, outcome);
      if (outcome.attached) news(session.teamId, id);
      return c.json(outcome, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/incidents/{id}/next',
      summary: "The next attached post owed the fixed reply, held for this agent for the team's claim minutes",
      security: bearer,
      middleware: agent,
      request: { params: IncidentParams },
      responses: { 200: jsonAnswer(NextFixResponse, 'The post, or null'), ...errorResponses(400, 401, 404, 409, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const { id } = c.req.valid('param');
      const outcome = await asTeam(deps.db, session.teamId, async (tx) => {
        const { claimMinutes } = await getSettings(tx, session.teamId);
        return nextFix(tx, session, id, claimMinutes, deps.now());
      });
      if (typeof outcome === 'string') return refuse(c, outcome);
      return c.json(outcome, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/incidents/{id}/fixed',
      summary: 'This agent sent the fixed reply to this post (409 when a colleague did)',
      security: bearer,
      middleware: agent,
      request: { params: IncidentParams, body: jsonBody(FixedRequest) },
      responses: { 200: jsonAnswer(FixedResponse, 'Recorded'), ...errorResponses(400, 401, 404, 409, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const { id } = c.req.valid('param');
      const { statusId } = c.req.valid('json');
      const outcome = await asTeam(deps.db, session.teamId, (tx) => markFixed(tx, session, id, statusId, deps.now()));
      if (typeof outcome === 'string') return refuse(c, outcome);
      news(session.teamId, id);
      return c.json(outcome, 200);
    },
  );
}
