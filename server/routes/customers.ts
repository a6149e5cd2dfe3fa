/** Looking a customer up (POST, so the handle never sits in a URL). Every lookup is in the access log. */
import { createRoute } from '@hono/zod-openapi';
import { asTeam } from '../db/team-scope';
import { requireRole } from '../auth/middleware';
import { logAccess } from '../store/access-log';
import { findCustomer } from '../store/customers';
import { customerEvents, customerTags } from '../store/events';
import { errorResponses } from '../http/errors';
import { bearer, jsonAnswer, jsonBody } from '../http/openapi';
import type { AppDeps, TeamApp } from '../http/env';
import { LOOKUP_EVENTS, LookupRequest, LookupResponse } from '../../utils/team/wire';

export function registerCustomerRoutes(app: TeamApp, deps: AppDeps): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/customers/lookup',
      summary: "A customer's record, newest events and tag state (null when the team has no record)",
      security: bearer,
      middleware: [requireRole(deps, 'agent')],
      request: { body: jsonBody(LookupRequest) },
      responses: { 200: jsonAnswer(LookupResponse, 'The customer'), ...errorResponses(400, 401, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const { customer: ref } = c.req.valid('json');
      const answer = await asTeam(deps.db, session.teamId, async (tx): Promise<LookupResponse> => {
        const customer = await findCustomer(tx, session.teamId, ref);
        await logAccess(tx, session, 'lookup', customer?.id ?? null);
        if (!customer) return { customer: null, events: [], tags: [] };
        return {
          customer,
          events: await customerEvents(tx, session.teamId, customer.id, LOOKUP_EVENTS),
          tags: await customerTags(tx, session.teamId, customer.id, customer.crmTags),
        };
      });
      return c.json(answer, 200);
    },
  );
}
