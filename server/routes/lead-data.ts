/**
 * The lead's tools for the team's personal data: import the CRM's CSV, erase a customer, export the
 * customers, and the monthly access review. Lead only. The CSV travels in the body both ways (never
 * a URL); import problems are answered in the lead's language (Accept-Language), everything else of
 * the API in English.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { requireRole } from '../auth/middleware';
import { errorResponses } from '../http/errors';
import { bearer, jsonAnswer, jsonBody } from '../http/openapi';
import type { AppDeps, TeamApp } from '../http/env';
import { eraseCustomer } from '../store/erase';
import { exportCustomers } from '../store/export';
import { importCustomers } from '../store/import';
import { accessReview } from '../store/review';
import type { Locale } from '../../utils/i18n/locale';
import { AccessReview, AccessReviewQuery, EraseRequest, EraseResponse, ImportResponse } from '../../utils/team/wire';

/** The lead's language for import problems: Korean when Korean comes first, English otherwise. */
export function localeOf(acceptLanguage: string | undefined): Locale {
  return /^\s*ko\b/i.test(acceptLanguage ?? '') ? 'ko' : 'en';
}

/** Today in Korean time, as YYYY-MM-DD (no daylight saving time in Korea). */
export function koreanDay(now: Date): string {
  return new Date(now.getTime() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export function registerLeadDataRoutes(app: TeamApp, deps: AppDeps): void {
  const lead = [requireRole(deps, 'lead')];

  app.openapi(
    createRoute({
      method: 'post',
      path: '/customers/import',
      summary: "Import the CRM's customer CSV (UTF-8 or CP949, up to 50 MB): all rows, or none when any has a problem",
      security: bearer,
      middleware: lead,
      request: {
        body: { content: { 'text/csv': { schema: z.string().openapi({ format: 'binary' }) } }, required: true },
      },
      responses: {
        200: jsonAnswer(ImportResponse, 'Imported, or (imported 0) the problems that kept the file out'),
        ...errorResponses(401, 403, 413, 429),
      },
    }),
    async (c) => {
      const session = c.get('session');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const result = await importCustomers(deps.db, session, bytes, {
        locale: localeOf(c.req.header('accept-language')),
        now: deps.now(),
      });
      return c.json({ imported: result.imported, problems: result.problems }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/customers/erase',
      summary: 'Erase a customer and their history; every agent deletes their copy at the next sync',
      security: bearer,
      middleware: lead,
      request: { body: jsonBody(EraseRequest) },
      responses: { 200: jsonAnswer(EraseResponse, 'Erased, or not known'), ...errorResponses(400, 401, 403, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const { customer } = c.req.valid('json');
      const result = await eraseCustomer(deps.db, session, customer);
      // Agents long-polling for this team pick the tombstone up now.
      if (result.erased && result.customerId) deps.notifier.notify(session.teamId, [result.customerId]);
      return c.json({ erased: result.erased }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/customers/export',
      summary: 'Every customer of the team as CSV (UTF-8 with BOM, formula-defused); written to the access log',
      security: bearer,
      middleware: lead,
      responses: {
        200: { description: 'The customers', content: { 'text/csv': { schema: z.string() } } },
        ...errorResponses(401, 403, 429),
      },
    }),
    async (c) => {
      const session = c.get('session');
      const { csv } = await exportCustomers(deps.db, session);
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="careline-customers-${koreanDay(deps.now())}.csv"`,
        'cache-control': 'no-store',
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/access-review',
      summary: "The month's access log per agent (Korean time), with what stands out flagged",
      security: bearer,
      middleware: lead,
      request: { query: AccessReviewQuery },
      responses: { 200: jsonAnswer(AccessReview, 'The review'), ...errorResponses(400, 401, 403, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const month = c.req.valid('query').month ?? koreanDay(deps.now()).slice(0, 7);
      return c.json(await accessReview(deps.db, session.teamId, month), 200);
    },
  );
}
