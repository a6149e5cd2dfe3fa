/** Pushing events (idempotent by clientId) and pulling what changed, long-polling when asked to. */
import { createRoute } from '@hono/zod-openapi';
import { asTeam } from '../db/team-scope';
import { requireRole } from '../auth/middleware';
import { changesSince, pushEvents } from '../store/events';
import { errorResponses, fail } from '../http/errors';
import { bearer, jsonAnswer, jsonBody } from '../http/openapi';
import type { AppDeps, AuthSession, TeamApp } from '../http/env';
import { LIVE_TEXT_MAX } from '../../utils/team/live-wire';
import { PushRequest, PushResponse, SyncRequest, SyncResponse, type NewEvent } from '../../utils/team/wire';

/** What an event of each kind must carry, beyond the common fields. */
function missingField(event: NewEvent): string | null {
  if (event.kind === 'ticket-status') return 'kind';
  if ((event.kind === 'tag-added' || event.kind === 'tag-removed') && !event.tag) return 'tag';
  if (event.kind === 'note' && !event.text) return 'text';
  return null;
}

/** Tells the team, live, about each reply or handoff just stored that names a post (queue marks, collision alert). */
function announceAnswers(
  deps: AppDeps,
  session: AuthSession,
  events: readonly NewEvent[],
  results: readonly PushResponse['results'][number][],
) {
  events.forEach((event, i) => {
    const result = results[i];
    if (!result || result.duplicate || result.erased) return;
    if (event.kind !== 'reply-sent' && event.kind !== 'handoff') return;
    if (!event.statusId || !/^\d{1,25}$/.test(event.statusId)) return;
    deps.live.broadcast(session.teamId, {
      type: 'answered',
      postId: event.statusId,
      state: event.kind === 'handoff' ? 'handed-off' : 'answered',
      agentId: session.agentId,
      agentName: session.agentName,
      at: new Date(event.at).toISOString(),
      text: event.kind === 'reply-sent' && event.text ? excerpt(event.text) : null,
    });
  });
}

/** At most LIVE_TEXT_MAX UTF-16 units, never half of a surrogate pair. */
function excerpt(text: string): string {
  if (text.length <= LIVE_TEXT_MAX) return text;
  const cut = text.slice(0, LIVE_TEXT_MAX);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

export function registerEventRoutes(app: TeamApp, deps: AppDeps): void {
  const agent = [requireRole(deps, 'agent')];

  app.openapi(
    createRoute({
      method: 'post',
      path: '/events',
      summary: 'Push events; a clientId the team already has is answered with its stored seq (duplicate: true)',
      security: bearer,
      middleware: agent,
      request: { body: jsonBody(PushRequest) },
      responses: { 200: jsonAnswer(PushResponse, 'Stored'), ...errorResponses(400, 401, 413, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const { events } = c.req.valid('json');
      for (const [i, event] of events.entries()) {
        const field = missingField(event);
        if (field === 'kind') {
          return fail(c, 400, 'bad-request', `events.${i}.kind: ticket-status events come only from the call center`);
        }
        if (field) return fail(c, 400, 'bad-request', `events.${i}.${field}: required for a ${event.kind} event`);
      }
      const results = await asTeam(deps.db, session.teamId, (tx) => pushEvents(tx, session, events, deps.now()));
      const stored = results.filter((r) => !r.duplicate && !r.erased).map((r) => r.customerId);
      if (stored.length) deps.notifier.notify(session.teamId, stored);
      announceAnswers(deps, session, events, results);
      return c.json({ results }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/sync',
      summary:
        'Events after the cursor for these customers, and which of them were erased; waits up to waitMs for news',
      security: bearer,
      middleware: agent,
      request: { body: jsonBody(SyncRequest) },
      responses: { 200: jsonAnswer(SyncResponse, 'The changes'), ...errorResponses(400, 401, 429) },
    }),
    async (c) => {
      const session = c.get('session');
      const { customerIds, after, waitMs } = c.req.valid('json');
      const deadline = Date.now() + waitMs;
      const signal = c.req.raw.signal;
      for (;;) {
        const remaining = deadline - Date.now();
        // Waiting starts before the read, so a push between the read and the wait still wakes this pull.
        const gate = new AbortController();
        const woken = deps.notifier.wait(
          session.teamId,
          remaining,
          AbortSignal.any([signal, gate.signal]),
          customerIds,
        );
        try {
          const changes = await asTeam(deps.db, session.teamId, (tx) =>
            changesSince(tx, session.teamId, customerIds, after),
          );
          if (changes.events.length || changes.erased.length || remaining <= 0 || signal.aborted) {
            return c.json(changes, 200);
          }
          await woken;
        } finally {
          gate.abort();
        }
      }
    },
  );
}
