/**
 * The lead's desk: the report over Korean days (GET /v1/lead/desk) and the export of a topic's
 * posts as CSV (GET /v1/lead/topics/export). Lead only. Query strings carry days, a topic and a
 * brand account: no personal data.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireRole } from '../auth/middleware';
import { errorResponses, fail } from '../http/errors';
import { bearer, jsonAnswer } from '../http/openapi';
import type { AppDeps, TeamApp } from '../http/env';
import { daysBetween } from '../store/desk-figures';
import { deskReport } from '../store/desk-report';
import { exportTopicPosts } from '../store/topic-export';
import { DeskQuery, DeskReport, TopicCode } from '../../utils/team/desk-wire';
import { koreanDay } from './lead-data';

/** The longest report or export, in days. */
export const DESK_MAX_DAYS = 92;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const TopicExportQuery = z.object({ topic: TopicCode.optional(), from: Day, to: Day });

/** A range the report can answer: real days, `from` not after `to`, at most DESK_MAX_DAYS. */
function badRange(c: Context, from: string, to: string) {
  const real = (d: string) =>
    !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
  if (!real(from) || !real(to))
    return fail(c, 400, 'bad-request', 'from and to must be days of the calendar (YYYY-MM-DD).');
  const days = daysBetween(from, to).length;
  if (days === 0) return fail(c, 400, 'bad-request', 'from must not be after to.');
  if (days > DESK_MAX_DAYS) return fail(c, 400, 'bad-request', `The range is at most ${DESK_MAX_DAYS} days.`);
  return null;
}

export function registerLeadDeskRoutes(app: TeamApp, deps: AppDeps): void {
  const lead = [requireRole(deps, 'lead')];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/lead/desk',
      summary: "The lead's report over Korean days [from, to] (at most 92), of one brand account or all",
      security: bearer,
      middleware: lead,
      request: { query: DeskQuery },
      responses: { 200: jsonAnswer(DeskReport, 'The report'), ...errorResponses(400, 401, 403, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const { from, to, account } = c.req.valid('query');
      const refused = badRange(c, from, to);
      if (refused) return refused;
      const report = await deskReport(deps.db, session.teamId, from, to, account?.toLowerCase() ?? null);
      return c.json(report, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/lead/topics/export',
      summary:
        "A topic's answered posts over Korean days [from, to] as CSV (UTF-8 with BOM); written to the access log",
      security: bearer,
      middleware: lead,
      request: { query: TopicExportQuery },
      responses: {
        200: { description: 'The posts', content: { 'text/csv': { schema: z.string() } } },
        ...errorResponses(400, 401, 403, 429),
      },
    }),
    async (c) => {
      const session = c.get('session');
      const query = c.req.valid('query');
      const refused = badRange(c, query.from, query.to);
      if (refused) return refused;
      const { csv } = await exportTopicPosts(deps.db, session, query);
      const name = `careline-topic-${query.topic ?? 'all'}-${query.from}-${query.to}.csv`;
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
        'x-careline-exported-on': koreanDay(deps.now()),
      });
    },
  );
}
