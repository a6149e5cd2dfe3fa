/**
 * Pushing the team outbox: due events go to the server in batches, oldest first per customer, each
 * under its client-made id, so a batch sent twice (an answer lost, a worker stopped mid-request) is
 * stored once. A batch the server refuses as malformed is retried one event at a time, so one bad
 * event is set aside instead of holding back the rest.
 */
import type { TeamSessionRecord, TeamSessionRepo } from '@/utils/db/team-session-repo';
import type { TeamOutboxRepo } from '@/utils/db/team-outbox-repo';
import { errorText } from '@/utils/error-text';
import { TeamError, teamFetch } from './client';
import { stopIfRevoked } from './session';
import { PushResponse } from './wire';

export const PUSH_BATCH = 500;

export interface PushDeps {
  outbox: TeamOutboxRepo;
  sessions: TeamSessionRepo;
  session: TeamSessionRecord;
  retryDelay: (attempts: number) => number;
  now?: () => number;
}

export interface PushRun {
  pushed: number;
  failed: number;
  /** The session's token was refused: nothing more is pushed until the agent joins again. */
  revoked: boolean;
  /** Epoch ms of the next queued event's attempt; undefined when none waits. */
  nextWakeAt?: number;
}

/** Malformed for the server: sending it again would be refused again. */
const refusedForGood = (error: unknown) =>
  error instanceof TeamError &&
  error.code === 'refused' &&
  error.status !== undefined &&
  error.status >= 400 &&
  error.status < 500 &&
  error.status !== 408 &&
  error.status !== 429;

export async function pushDue(deps: PushDeps): Promise<PushRun> {
  const now = deps.now ?? Date.now;
  const run: PushRun = { pushed: 0, failed: 0, revoked: false };
  let batch = PUSH_BATCH;
  for (;;) {
    const rows = await deps.outbox.due(now(), batch);
    if (rows.length === 0) break;
    try {
      const answer = await teamFetch({
        serverUrl: deps.session.serverUrl,
        path: '/events',
        token: deps.session.token,
        body: { events: rows.map((r) => r.event) },
        answer: PushResponse,
      });
      await deps.outbox.settle(answer.results);
      run.pushed += answer.results.length;
      const answered = new Set(answer.results.map((r) => r.clientId));
      const missing = rows.filter((r) => !answered.has(r.clientId)).map((r) => r.clientId);
      if (missing.length) {
        await deps.outbox.retry(missing, now(), deps.retryDelay, 'the team server did not answer for this event');
        break;
      }
    } catch (error) {
      if (await stopIfRevoked(error, deps.session, deps.sessions)) {
        run.revoked = true;
        return run;
      }
      if (refusedForGood(error)) {
        if (rows.length > 1) {
          batch = 1;
          continue;
        }
        const [row] = rows;
        if (row) await deps.outbox.fail(row.clientId, errorText(error));
        run.failed++;
        continue;
      }
      await deps.outbox.retry(
        rows.map((r) => r.clientId),
        now(),
        deps.retryDelay,
        errorText(error),
      );
      break;
    }
  }
  run.nextWakeAt = await deps.outbox.nextAttemptAt();
  return run;
}
