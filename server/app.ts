/**
 * The team server's HTTP application: every route under /v1, defined with zod (the same schemas the
 * extension checks answers with) so the OpenAPI document at /v1/openapi.json is generated from them.
 * Around the routes: one log line per request, a rate limit per client, a request size limit, and
 * ApiError answers for everything that goes wrong.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { describeIssues, fail } from './http/errors';
import type { AppDeps, TeamApp, TeamEnv } from './http/env';
import { DEFAULT_RATE_LIMIT, rateLimit, requestLog, type RateLimit } from './http/limits';
import { registerAgentRoutes } from './routes/agents';
import { registerCustomerRoutes } from './routes/customers';
import { registerEventRoutes } from './routes/events';
import { registerIncidentRoutes } from './routes/incidents';
import { registerLeadDataRoutes } from './routes/lead-data';
import { registerLeadDeskRoutes } from './routes/lead-desk';
import { registerLiveRoutes } from './routes/live';
import { registerPackRoutes } from './routes/packs';
import { registerSessionRoutes } from './routes/session';
import { registerTicketRoutes } from './routes/tickets';
import { extensionCors } from './http/extension-cors';
import { registerOidcRoutes } from './oidc/routes';
import { API_PREFIX } from '../utils/team/wire';

export interface AppOptions {
  rateLimit?: RateLimit;
  /** Largest JSON body: a full push (500 events of 10,000 characters of Korean) fits. */
  jsonLimitBytes?: number;
  /** Largest CSV import. */
  importLimitBytes?: number;
}

export const JSON_LIMIT_BYTES = 16 * 1024 * 1024;
export const IMPORT_LIMIT_BYTES = 50 * 1024 * 1024;
const IMPORT_PATH = `${API_PREFIX}/customers/import`;

export function createApp(deps: AppDeps, options: AppOptions = {}): OpenAPIHono<TeamEnv> {
  const app = new OpenAPIHono<TeamEnv>({ defaultHook: invalidRequest });
  app.use('*', requestLog(deps.log));
  app.use(`${API_PREFIX}/*`, extensionCors);
  app.use(`${API_PREFIX}/*`, rateLimit(options.rateLimit ?? DEFAULT_RATE_LIMIT));
  const tooLarge = (limit: number) =>
    bodyLimit({
      maxSize: limit,
      onError: (c) => fail(c, 413, 'too-large', `The request body is larger than ${Math.round(limit / 1048576)} MB.`),
    });
  const jsonLimit = tooLarge(options.jsonLimitBytes ?? JSON_LIMIT_BYTES);
  const importLimit = tooLarge(options.importLimitBytes ?? IMPORT_LIMIT_BYTES);
  app.use(`${API_PREFIX}/*`, (c, next) => (c.req.path === IMPORT_PATH ? importLimit : jsonLimit)(c, next));

  app.get('/healthz', (c) => c.json({ ok: true }));

  const v1: TeamApp = new OpenAPIHono<TeamEnv>({ defaultHook: invalidRequest });
  registerSessionRoutes(v1, deps);
  registerAgentRoutes(v1, deps);
  registerCustomerRoutes(v1, deps);
  registerEventRoutes(v1, deps);
  registerLeadDataRoutes(v1, deps);
  registerLiveRoutes(v1, deps);
  registerIncidentRoutes(v1, deps);
  registerLeadDeskRoutes(v1, deps);
  registerPackRoutes(v1, deps);
  registerOidcRoutes(v1, deps);
  registerTicketRoutes(v1, deps);
  app.route(API_PREFIX, v1);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31(`${API_PREFIX}/openapi.json`, {
    openapi: '3.1.0',
    info: {
      title: 'Careline team server',
      version: '1',
      description: 'Personal data travels only in bodies (lookups are POST), never in URLs.',
    },
  });

  app.notFound((c) => fail(c, 404, 'not-found', 'There is no such route on the team server.'));
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      const status = (error.status >= 400 && error.status < 500 ? error.status : 400) as ContentfulStatusCode;
      return fail(c, status, 'bad-request', error.message || 'The request is not valid.');
    }
    // The error's message may quote SQL values (a customer's handle): log only its kind and code.
    const code = (error as { code?: unknown }).code;
    deps.log(`error ${c.req.method} ${error.name}${typeof code === 'string' ? ' ' + code : ''}`);
    return fail(c, 500, 'internal', 'The team server failed to answer; try again.');
  });
  return app;
}

function invalidRequest(
  result: { success: boolean; error?: unknown },
  c: Parameters<Parameters<TeamApp['notFound']>[0]>[0],
) {
  if (result.success) return;
  const error = result.error as Parameters<typeof describeIssues>[0];
  return fail(c, 400, 'bad-request', describeIssues(error));
}
