/**
 * Retention on the server, for every team: events older than the team's retention_days (by when
 * they happened on the agent's machine, so history uploaded late does not live longer), access log
 * entries older than one year, or two years once the team holds 50,000 customers or more (Korea's
 * standard on safety measures for personal information asks for these periods), and invites, claims
 * and live tickets past their expiry. Customers stay: they are the lead's CRM import, erased one by
 * one; tombstones stay too (ids only), so an agent offline for months still deletes an erased customer.
 *
 * Runs as the owner: the application role may not delete events or log entries. The owner is not
 * bound by row-level security, so every statement names its team (`WHERE team_id = $1`).
 * Events go in batches, one transaction each, so a first run over years of history never holds
 * locks for long.
 */
import type { Db } from '../db/db';

/** Customers from which a team's access log is kept two years instead of one. */
export const LARGE_TEAM_CUSTOMERS = 50_000;
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;
const EVENT_BATCH = 5_000;

export interface RetentionOutcome {
  teams: number;
  events: number;
  accessLog: number;
  invites: number;
}

export interface RetentionOptions {
  /** One team only (the CLI's --team; tests). */
  teamId?: string;
  largeTeamCustomers?: number;
  eventBatch?: number;
}

const yearsBefore = (now: Date, years: number) => {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
};

export async function runRetention(db: Db, now: Date, options: RetentionOptions = {}): Promise<RetentionOutcome> {
  const large = options.largeTeamCustomers ?? LARGE_TEAM_CUSTOMERS;
  const batch = options.eventBatch ?? EVENT_BATCH;
  const teams = await db.query<{ id: string; retention_days: number; large: boolean }>(
    `SELECT t.id, t.retention_days,
            (SELECT count(*) FROM (SELECT 1 FROM customers c WHERE c.team_id = t.id LIMIT $2) n) >= $2 AS large
       FROM teams t WHERE $1::uuid IS NULL OR t.id = $1`,
    [options.teamId ?? null, large],
  );
  const outcome: RetentionOutcome = { teams: teams.length, events: 0, accessLog: 0, invites: 0 };
  for (const team of teams) {
    const eventsBefore = new Date(now.getTime() - team.retention_days * 24 * 60 * 60 * 1000);
    for (;;) {
      const gone = await db.query(
        `DELETE FROM events WHERE seq IN (
           SELECT seq FROM events WHERE team_id = $1 AND at < $2 LIMIT $3)
         RETURNING 1`,
        [team.id, eventsBefore, batch],
      );
      outcome.events += gone.length;
      if (gone.length < batch) break;
    }
    const logBefore = yearsBefore(now, team.large ? 2 : 1);
    outcome.accessLog += (
      await db.query('DELETE FROM access_log WHERE team_id = $1 AND at < $2 RETURNING 1', [team.id, logBefore])
    ).length;
    outcome.invites += (
      await db.query('DELETE FROM invites WHERE team_id = $1 AND expires_at < $2 RETURNING 1', [team.id, now])
    ).length;
    // Claims past their time and unspent live tickets mean nothing any more.
    await db.query('DELETE FROM claims WHERE team_id = $1 AND until < $2', [team.id, now]);
    await db.query('DELETE FROM live_tickets WHERE team_id = $1 AND expires_at < $2', [team.id, now]);
  }
  return outcome;
}

/**
 * Runs retention now and then every hour, in the server process. Returns the function that stops it
 * (and waits for a run in progress, so the database can be closed after it). A failed run is logged
 * (the error's message only) and retried at the next tick.
 */
export function startRetentionTimer(
  db: Db,
  deps: { now: () => Date; log: (line: string) => void },
  intervalMs = RETENTION_INTERVAL_MS,
): () => Promise<void> {
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = runRetention(db, deps.now())
      .then((r) => {
        if (r.events || r.accessLog || r.invites) {
          deps.log(`retention: removed ${r.events} events, ${r.accessLog} access log entries, ${r.invites} invites`);
        }
      })
      .catch((error: unknown) => deps.log(`retention failed: ${error instanceof Error ? error.message : 'unknown'}`))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
