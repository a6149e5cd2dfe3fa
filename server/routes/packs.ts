/**
 * Team packs: a lead publishes a pack file (checked as an import checks it), every agent downloads
 * the team's current version with If-None-Match (an unchanged pack costs one 304), a lead lists the
 * versions, rolls back and approves a version that changes a sensitive template.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { requireRole } from '../auth/middleware';
import { asTeam } from '../db/team-scope';
import { errorResponses, fail } from '../http/errors';
import { bearer, jsonAnswer, jsonBody } from '../http/openapi';
import type { AppDeps, TeamApp } from '../http/env';
import {
  approvePack,
  currentPackFile,
  listPacks,
  PackRefusal,
  publishPack,
  rollBackPack,
  versionsOf,
} from '../store/team-packs';
import { parsePack } from '../../utils/templates/pack/parse';
import {
  PackVersionRequest,
  PublishPackRequest,
  TeamPackId,
  TeamPackList,
  TeamPackVersions,
} from '../../utils/team/packs-wire';

const PackParams = z.object({ packId: TeamPackId.openapi({ param: { name: 'packId', in: 'path' } }) });

/** An If-None-Match header names this ETag (a list, or `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const wanted = header.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  return wanted.includes('*') || wanted.includes(etag);
}

export function registerPackRoutes(app: TeamApp, deps: AppDeps): void {
  const agent = [requireRole(deps, 'agent')];
  const lead = [requireRole(deps, 'lead')];
  const refused = (c: Parameters<typeof fail>[0], error: unknown) => {
    if (error instanceof PackRefusal) return fail(c, error.status, error.code, error.message);
    throw error;
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/packs',
      summary: "The team's packs and the version agents get now",
      security: bearer,
      middleware: agent,
      responses: { 200: jsonAnswer(TeamPackList, 'The packs'), ...errorResponses(401, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      return c.json({ packs: await asTeam(deps.db, session.teamId, (tx) => listPacks(tx, session.teamId)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/packs',
      summary: 'Publish a pack file as the next version (waits for approval when it changes a sensitive template)',
      security: bearer,
      middleware: lead,
      request: { body: jsonBody(PublishPackRequest) },
      responses: { 200: jsonAnswer(TeamPackVersions, 'Published'), ...errorResponses(400, 401, 403, 413, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const parsed = parsePack(c.req.valid('json').file, undefined, deps.now().toISOString());
      if (!parsed.ok) return fail(c, 400, 'bad-pack', parsed.error);
      const versions = await asTeam(deps.db, session.teamId, (tx) => publishPack(tx, session, parsed.pack, deps.now()));
      if (!versions) throw new Error('a pack just published is missing');
      return c.json(versions, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/packs/{packId}',
      summary: 'The pack file agents get now; If-None-Match with its ETag answers 304',
      security: bearer,
      middleware: agent,
      request: { params: PackParams },
      responses: {
        200: { description: 'The pack file', content: { 'application/json': { schema: z.unknown() } } },
        304: { description: 'Unchanged' },
        ...errorResponses(401, 404, 429),
      },
    }),
    async (c) => {
      const session = c.get('session');
      const { packId } = c.req.valid('param');
      const current = await asTeam(deps.db, session.teamId, (tx) => currentPackFile(tx, session.teamId, packId));
      if (!current) return fail(c, 404, 'not-found', 'The team has no released version of this pack.');
      // no-cache: a cache may keep it, but must ask again each time (the token is per agent anyway).
      const headers = { etag: current.etag, 'cache-control': 'private, no-cache' };
      if (matchesEtag(c.req.header('if-none-match'), current.etag)) return c.body(null, 304, headers);
      return c.body(current.file, 200, { ...headers, 'content-type': 'application/json; charset=utf-8' });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/packs/{packId}/versions',
      summary: 'Every version of the pack, newest first, with its state and the sensitive templates it changes',
      security: bearer,
      middleware: lead,
      request: { params: PackParams },
      responses: { 200: jsonAnswer(TeamPackVersions, 'The versions'), ...errorResponses(401, 403, 404, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const { packId } = c.req.valid('param');
      const versions = await asTeam(deps.db, session.teamId, (tx) => versionsOf(tx, session.teamId, packId));
      if (!versions) return fail(c, 404, 'not-found', 'The team has no pack with this id.');
      return c.json(versions, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/packs/{packId}/rollback',
      summary: "An earlier released version's text again, as the next version, released at once",
      security: bearer,
      middleware: lead,
      request: { params: PackParams, body: jsonBody(PackVersionRequest) },
      responses: { 200: jsonAnswer(TeamPackVersions, 'Rolled back'), ...errorResponses(400, 401, 403, 404, 409, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const { packId } = c.req.valid('param');
      const { version } = c.req.valid('json');
      try {
        const versions = await asTeam(deps.db, session.teamId, (tx) =>
          rollBackPack(tx, session, packId, version, deps.now()),
        );
        return c.json(single(versions), 200);
      } catch (error) {
        return refused(c, error);
      }
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/packs/{packId}/approve',
      summary: 'Release a version that waits; its publisher may approve only when the team has no other lead',
      security: bearer,
      middleware: lead,
      request: { params: PackParams, body: jsonBody(PackVersionRequest) },
      responses: { 200: jsonAnswer(TeamPackVersions, 'Released'), ...errorResponses(400, 401, 403, 404, 409, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const { packId } = c.req.valid('param');
      const { version } = c.req.valid('json');
      try {
        const versions = await asTeam(deps.db, session.teamId, (tx) =>
          approvePack(tx, session, packId, version, deps.now()),
        );
        return c.json(single(versions), 200);
      } catch (error) {
        return refused(c, error);
      }
    },
  );
}

function single<T>(value: T | null): T {
  if (value === null) throw new Error('a pack just written is missing');
  return value;
}
