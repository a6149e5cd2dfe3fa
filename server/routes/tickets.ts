/**
 * The call center's way back: signed ticket status updates (no agent token: the signature with the
 * team's ticket secret is the proof), and the lead's route to set or rotate that secret.
 */
import { createRoute } from '@hono/zod-openapi';
import { asTeam } from '../db/team-scope';
import { requireRole } from '../auth/middleware';
import {
  rotateTicketSecret,
  signatureMatches,
  storeTicketStatus,
  ticketSecretOf,
  ticketSecretSetAt,
} from '../store/tickets';
import { describeIssues, errorResponses, fail } from '../http/errors';
import { bearer, jsonAnswer } from '../http/openapi';
import type { AppDeps, TeamApp } from '../http/env';
import {
  TicketSecretCreated,
  TicketSecretInfo,
  TicketStatusStored,
  TicketStatusUpdate,
} from '../../utils/team/desk-wire';

export function registerTicketRoutes(app: TeamApp, deps: AppDeps): void {
  const lead = [requireRole(deps, 'lead')];

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tickets/status',
      summary:
        "The call center's status of a handoff's ticket: X-Careline-Team names the team, X-Careline-Signature is " +
        'sha256=<hex HMAC-SHA256 of the raw body with the team ticket secret>; the body is a TicketStatusUpdate ' +
        '(utils/team/desk-wire.ts), checked only once the signature matches; the same update twice is stored once',
      responses: {
        200: jsonAnswer(TicketStatusStored, 'Stored (or already stored: duplicate true)'),
        ...errorResponses(400, 401, 404, 413, 429),
      },
    }),
    async (c) => {
      // The signature covers the bytes sent, so it is checked on the raw body before anything reads it.
      const body = await c.req.text();
      const teamId = c.req.header('x-careline-team') ?? '';
      const signature = c.req.header('x-careline-signature') ?? '';
      const secret = await ticketSecretOf(deps.db, teamId);
      if (!secret || !signatureMatches(secret, body, signature)) {
        return fail(c, 401, 'bad-signature', 'The signature does not match the team ticket secret.');
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return fail(c, 400, 'bad-request', 'The body is not JSON.');
      }
      const update = TicketStatusUpdate.safeParse(parsed);
      if (!update.success) return fail(c, 400, 'bad-request', describeIssues(update.error));
      const stored = await asTeam(deps.db, teamId, (tx) => storeTicketStatus(tx, teamId, update.data, deps.now()));
      if (!stored.found) return fail(c, 404, 'no-such-handoff', 'The team has no handoff with this id.');
      if (!stored.duplicate) deps.notifier.notify(teamId, [stored.customerId]);
      return c.json({ seq: stored.seq, duplicate: stored.duplicate }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tickets/secret',
      summary: 'Whether the team has a ticket secret and since when (never the secret)',
      security: bearer,
      middleware: lead,
      responses: { 200: jsonAnswer(TicketSecretInfo, 'The secret state'), ...errorResponses(401, 403, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const setAt = await asTeam(deps.db, session.teamId, (tx) => ticketSecretSetAt(tx, session.teamId));
      return c.json({ teamId: session.teamId, setAt }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tickets/secret',
      summary: 'Create or rotate the ticket secret: shown this once; updates signed with the old one are refused',
      security: bearer,
      middleware: lead,
      responses: { 200: jsonAnswer(TicketSecretCreated, 'The new secret'), ...errorResponses(401, 403, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const now = deps.now();
      const secret = await asTeam(deps.db, session.teamId, (tx) => rotateTicketSecret(tx, session.teamId, now));
      return c.json({ teamId: session.teamId, secret, setAt: now.toISOString() }, 200);
    },
  );
}
