/**
 * Incidents: one outage, one approved holding reply, and once it is fixed, the fixed reply to every
 * post attached to it. A post belongs to one incident at most (the primary key of incident_posts).
 * Handing out the fixed replies: each agent asking for the next post is given a different one, held
 * for the team's claim minutes. The pick locks its row and skips rows other transactions have
 * locked (FOR UPDATE SKIP LOCKED), so two agents asking at once never get the same post; the pick is
 * a materialised CTE because a subquery under UPDATE may be run again per row and pick a second one.
 */
import type { Queryable } from '../db/db';
import type { AuthSession } from '../http/env';
import type { Incident, IncidentPost } from '../../utils/team/desk-wire';
import { iso, isoOrNull, single } from './rows';

type IncidentRow = {
  id: string;
  title: string;
  holding_reply: string;
  fixed_reply: string | null;
  topic: string | null;
  place: string | null;
  status: 'open' | 'resolved';
  opened_at: unknown;
  opened_by: string;
  resolved_at: unknown;
  posts: number;
  fixed: number;
};

const INCIDENT_COLUMNS = `i.id::text AS id, i.title, i.holding_reply, i.fixed_reply, i.topic, i.place, i.status,
  i.opened_at, a.name AS opened_by, i.resolved_at,
  (SELECT count(*) FROM incident_posts p WHERE p.team_id = i.team_id AND p.incident_id = i.id)::int AS posts,
  (SELECT count(*) FROM incident_posts p WHERE p.team_id = i.team_id AND p.incident_id = i.id
      AND p.fixed_at IS NOT NULL)::int AS fixed`;
const FROM_INCIDENTS = 'FROM incidents i JOIN agents a ON a.id = i.opened_by';

function toIncident(r: IncidentRow): Incident {
  return {
    id: r.id,
    title: r.title,
    holdingReply: r.holding_reply,
    fixedReply: r.fixed_reply,
    topic: r.topic,
    place: r.place,
    status: r.status,
    openedAt: iso(r.opened_at),
    openedBy: r.opened_by,
    resolvedAt: isoOrNull(r.resolved_at),
    posts: r.posts,
    fixed: r.fixed,
  };
}

export async function getIncident(tx: Queryable, teamId: string, id: string): Promise<Incident | null> {
  const [row] = await tx.query<IncidentRow>(
    `SELECT ${INCIDENT_COLUMNS} ${FROM_INCIDENTS} WHERE i.team_id = $1 AND i.id = $2`,
    [teamId, id],
  );
  return row ? toIncident(row) : null;
}

/** Incidents running in [start, end): opened before its end and not resolved before its start. Newest first. */
export async function incidentsDuring(tx: Queryable, teamId: string, start: Date, end: Date): Promise<Incident[]> {
  const rows = await tx.query<IncidentRow>(
    `SELECT ${INCIDENT_COLUMNS} ${FROM_INCIDENTS}
      WHERE i.team_id = $1 AND i.opened_at < $3 AND (i.resolved_at IS NULL OR i.resolved_at >= $2)
      ORDER BY i.opened_at DESC LIMIT 200`,
    [teamId, start, end],
  );
  return rows.map(toIncident);
}

export interface OpenIncident {
  title: string;
  holdingReply: string;
  topic?: string;
  place?: string;
}

export async function openIncident(
  tx: Queryable,
  session: AuthSession,
  req: OpenIncident,
  now: Date,
): Promise<Incident> {
  const { id } = single(
    await tx.query<{ id: string }>(
      `INSERT INTO incidents (team_id, title, holding_reply, topic, place, opened_at, opened_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text AS id`,
      [session.teamId, req.title, req.holdingReply, req.topic ?? null, req.place ?? null, now, session.agentId],
    ),
  );
  return (await getIncident(tx, session.teamId, id))!;
}

export type Refusal = 'not-found' | 'resolved' | 'not-resolved' | 'fixed-by-colleague';

export async function resolveIncident(
  tx: Queryable,
  session: AuthSession,
  id: string,
  fixedReply: string,
  now: Date,
): Promise<Incident | Refusal> {
  const done = await tx.query(
    `UPDATE incidents SET status = 'resolved', fixed_reply = $3, resolved_at = $4, resolved_by = $5
      WHERE team_id = $1 AND id = $2 AND status = 'open' RETURNING 1`,
    [session.teamId, id, fixedReply, now, session.agentId],
  );
  const incident = await getIncident(tx, session.teamId, id);
  if (!incident) return 'not-found';
  return done.length ? incident : 'resolved';
}

/** Attaches posts not attached to any incident yet; the others are left as they were. */
export async function attachPosts(
  tx: Queryable,
  session: AuthSession,
  id: string,
  posts: readonly IncidentPost[],
  now: Date,
): Promise<{ attached: number; already: number } | Refusal> {
  if (!(await getIncident(tx, session.teamId, id))) return 'not-found';
  const inserted = await tx.query(
    `INSERT INTO incident_posts (team_id, status_id, incident_id, handle, attached_at, attached_by)
     SELECT $1, p.status_id, $2, p.handle, $3, $4 FROM unnest($5::text[], $6::text[]) AS p(status_id, handle)
     ON CONFLICT (team_id, status_id) DO NOTHING RETURNING 1`,
    [session.teamId, id, now, session.agentId, posts.map((p) => p.statusId), posts.map((p) => p.handle)],
  );
  return { attached: inserted.length, already: posts.length - inserted.length };
}

async function owed(tx: Queryable, teamId: string, id: string): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM incident_posts WHERE team_id = $1 AND incident_id = $2 AND fixed_at IS NULL',
    [teamId, id],
  );
  return row?.n ?? 0;
}

async function resolvedOrRefusal(tx: Queryable, teamId: string, id: string): Promise<Refusal | null> {
  const [row] = await tx.query<{ status: string }>('SELECT status FROM incidents WHERE team_id = $1 AND id = $2', [
    teamId,
    id,
  ]);
  if (!row) return 'not-found';
  return row.status === 'resolved' ? null : 'not-resolved';
}

/**
 * The post this agent holds (held again for the claim minutes), or else the oldest attached post
 * owed the fixed reply that nobody holds, now held for this agent; null when none is free.
 */
export async function nextFix(
  tx: Queryable,
  session: AuthSession,
  id: string,
  claimMinutes: number,
  now: Date,
): Promise<{ post: (IncidentPost & { url: string }) | null; left: number } | Refusal> {
  const refusal = await resolvedOrRefusal(tx, session.teamId, id);
  if (refusal) return refusal;
  const until = new Date(now.getTime() + claimMinutes * 60_000);
  const params = [session.teamId, id, session.agentId, until, now];
  let [post] = await tx.query<{ status_id: string; handle: string }>(
    `WITH mine AS MATERIALIZED (
       SELECT status_id FROM incident_posts
        WHERE team_id = $1 AND incident_id = $2 AND fixed_at IS NULL AND holder = $3 AND held_until > $5
        ORDER BY attached_at, status_id LIMIT 1 FOR UPDATE)
     UPDATE incident_posts p SET held_until = $4 FROM mine
      WHERE p.team_id = $1 AND p.status_id = mine.status_id
      RETURNING p.status_id, p.handle`,
    params,
  );
  post ??= (
    await tx.query<{ status_id: string; handle: string }>(
      `WITH free AS MATERIALIZED (
         SELECT status_id FROM incident_posts
          WHERE team_id = $1 AND incident_id = $2 AND fixed_at IS NULL AND (held_until IS NULL OR held_until <= $5)
          ORDER BY attached_at, status_id LIMIT 1 FOR UPDATE SKIP LOCKED)
       UPDATE incident_posts p SET holder = $3, held_until = $4 FROM free
        WHERE p.team_id = $1 AND p.status_id = free.status_id
        RETURNING p.status_id, p.handle`,
      params,
    )
  )[0];
  const left = await owed(tx, session.teamId, id);
  if (!post) return { post: null, left };
  const url = `https://x.com/${post.handle}/status/${post.status_id}`;
  return { post: { statusId: post.status_id, handle: post.handle, url }, left };
}

/** The agent sent the fixed reply to this post. Saying so twice is harmless; after a colleague, a refusal. */
export async function markFixed(
  tx: Queryable,
  session: AuthSession,
  id: string,
  statusId: string,
  now: Date,
): Promise<{ left: number } | Refusal> {
  const refusal = await resolvedOrRefusal(tx, session.teamId, id);
  if (refusal) return refusal;
  const done = await tx.query(
    `UPDATE incident_posts SET fixed_by = $4, fixed_at = $5, holder = NULL, held_until = NULL
      WHERE team_id = $1 AND incident_id = $2 AND status_id = $3 AND fixed_at IS NULL RETURNING 1`,
    [session.teamId, id, statusId, session.agentId, now],
  );
  if (!done.length) {
    const [row] = await tx.query<{ fixed_by: string }>(
      'SELECT fixed_by::text AS fixed_by FROM incident_posts WHERE team_id = $1 AND incident_id = $2 AND status_id = $3',
      [session.teamId, id, statusId],
    );
    if (!row) return 'not-found';
    if (row.fixed_by !== session.agentId) return 'fixed-by-colleague';
  }
  return { left: await owed(tx, session.teamId, id) };
}
